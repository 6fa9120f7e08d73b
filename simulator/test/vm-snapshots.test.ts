// Whole-VM snapshots and snapshot policies (004 §1.10 #1–12): the snapshot tree of a server, its
// transitional states, the count limit, and policies binding servers of one CAS platform.
import { describe, expect, it } from 'vitest';
import { nextRun } from '../src/areas/vm-snapshots/schedule.ts';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

const V = '/os/compute/v1/cloudos/virtual/snapshot';
const POLICIES = `${V}/strategy`;
let t: TestSim;
let admin: string;
let alice: string;
let bob: string;

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice, bob] = await sim.logins('admin', 'alice', 'bob');
});

const project = (token: string) => t.project(token);
const casZones = () =>
  new Set(
    t.sim.state.azones
      .filter((a) => a.virtType === 'CAS' && a.resourceType === 'nova')
      .map((a) => a.zone),
  );

/** A settled CAS server of the token's project with no snapshot yet. */
function freshServer(token: string, status = 'ACTIVE') {
  const cas = casZones();
  const s = t.sim.state.servers.find(
    (x) =>
      x.tenant_id === project(token) &&
      x.status === status &&
      x.task_state === null &&
      x.host &&
      cas.has(x.az) &&
      !t.sim.state.vmSnapTrees.some((tr) => tr.serverId === x.id && tr.snaps.length > 0) &&
      !t.sim.state.snapPolicies.some((p) => p.servers.includes(x.id)),
  );
  if (!s) throw new Error('no server');
  return s;
}

type Node = {
  name: string;
  isCurr: string;
  status: string;
  snapMem: string;
  snapshots: { snapshot: Node[] };
};
const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.snapshots.snapshot)]);
const tree = async (id: string, token = alice) => {
  const res = await t.req('GET', `${V}/${id}`, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.snapshot as Node[];
};
const snap = (id: string, body: Record<string, unknown>, token = alice) =>
  t.req('POST', `${V}/${id}`, { token, body: { snapMem: 'false', ...body } });
const server = (id: string) => t.sim.state.servers.find((s) => s.id === id);

describe('vm snapshots: create, tree, transitional state (004:L10987, L11088)', () => {
  it('accepts the documented example; creating → available with the server busy meanwhile', async () => {
    const s = freshServer(alice);
    const res = await t.req('POST', `${V}/${s.id}`, {
      token: alice,
      body: {
        name: 'napshot-001',
        desc: 'this is for testing....',
        snapMem: 'true',
        snapshotMode: '2',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({
      uuid: s.id,
      name: 'napshot-001',
      desc: 'this is for testing....',
      snapMem: 'true',
      snapshotMode: '2',
      noStopVirtSnapMem: 'true',
    });
    expect(server(s.id)?.task_state).toBe('image_snapshot');
    let [root] = await tree(s.id);
    expect(root).toMatchObject({
      name: 'napshot-001',
      isCurr: 'true',
      status: 'creating',
      snapMem: 'true',
    });
    // Busy while the hypervisor writes it.
    expectVendorError(await snap(s.id, { name: 'second' }), 409);
    t.settle();
    [root] = await tree(s.id);
    expect(root?.status).toBe('available');
    expect(server(s.id)?.task_state).toBeNull();
  });

  it('nests each new snapshot under the current one; one node is current', async () => {
    const s = freshServer(alice);
    for (const name of ['a', 'b', 'c']) {
      expect((await snap(s.id, { name })).status).toBe(200);
      t.settle();
    }
    const nodes = await tree(s.id);
    expect(nodes.map((n) => n.name)).toEqual(['a']);
    expect(flat(nodes).map((n) => n.name)).toEqual(['a', 'b', 'c']);
    expect(
      flat(nodes)
        .filter((n) => n.isCurr === 'true')
        .map((n) => n.name),
    ).toEqual(['c']);
    const raw = await t.req('GET', `${V}/${s.id}`, { token: alice });
    expect(raw.body.snapshot[0].creationTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(raw.body.snapshot[0].snapshotTitle).toContain('&nbsp;');
  });

  it('rejects bad input, duplicates, memory snapshots of a stopped server, others’ servers', async () => {
    const s = freshServer(alice);
    expectVendorError(await snap(s.id, { name: 'a,b' }), 400);
    expectVendorError(
      await t.req('POST', `${V}/${s.id}`, { token: alice, body: { name: 'x' } }),
      400,
    );
    expect((await snap(s.id, { name: 'dup' })).status).toBe(200);
    t.settle();
    expectVendorError(await snap(s.id, { name: 'dup' }), 409);
    const off = freshServer(alice, 'SHUTOFF');
    expectVendorError(await snap(off.id, { name: 'm', snapMem: 'true' }), 409);
    const res = await snap(s.id, { name: 'x' }, bob);
    expectVendorError(res, 404);
    expect(res.body.msg).toBe('not find server');
    expect((await snap(s.id, { name: 'by-admin' }, admin)).status).toBe(200);
  });

  it('enforces the count limit with its documented value; no compute node is a 500', async () => {
    const s = freshServer(alice);
    const limit = await t.req('GET', `${V}/count-limit/${s.id}`, { token: alice });
    expect(limit.status).toBe(200);
    expect(limit.body).toEqual({ limitCount: '10' });
    for (let i = 0; i < 10; i++) {
      expect((await snap(s.id, { name: `s${i}` })).status).toBe(200);
      t.settle();
    }
    const over = await snap(s.id, { name: 's10' });
    expectVendorError(over, 409);
    expect(over.body.msg).toContain('limitCount 10');
    const rec = server(s.id);
    if (rec) rec.host = null;
    const res = await t.req('GET', `${V}/count-limit/${s.id}`, { token: alice });
    expectVendorError(res, 500);
    expect(res.body.msg).toBe('get server compute node error');
    expectVendorError(await t.req('GET', `${V}/count-limit/nope`, { token: alice }), 404);
  });

  it('counts against the organisation’s whole-VM snapshot quota', async () => {
    const s = freshServer(alice);
    const limits = t.sim.state.projectLimits[project(alice)];
    if (!limits) throw new Error('no limits');
    const used = t.sim.state.vmSnapTrees
      .filter((tr) => server(tr.serverId)?.tenant_id === project(alice))
      .reduce((n, tr) => n + tr.snaps.filter((x) => !x.auto).length, 0);
    limits.max.maxComputeExtendVirtualSnaps = used;
    expectVendorError(await snap(s.id, { name: 'q' }), 403);
    limits.max.maxComputeExtendVirtualSnaps = used + 1;
    expect((await snap(s.id, { name: 'q' })).status).toBe(200);
  });
});

describe('vm snapshots: check name, rename, revert, delete (004:L11175–L11364)', () => {
  it('checks a name: true when free, false when taken, 400 without one', async () => {
    const s = freshServer(alice);
    await snap(s.id, { name: 'taken' });
    const check = (name: string) =>
      t.req('GET', `${V}/checkName/${s.id}?snapshotName=${encodeURIComponent(name)}`, {
        token: alice,
      });
    expect((await check('taken')).body).toBe(false);
    expect((await check('free')).body).toBe(true);
    expectVendorError(await t.req('GET', `${V}/checkName/${s.id}`, { token: alice }), 400);
  });

  it('renames with the documented body; the new name must be free', async () => {
    const s = freshServer(alice);
    await snap(s.id, { name: 'testzr' });
    await snap(s.id, { name: 'other' }).then(() => undefined);
    t.settle();
    await snap(s.id, { name: 'other' });
    t.settle();
    const body = { name: 'testzr', snapName: 'testzr-xiugai', desc: 'miaoshu-xg' };
    expect((await t.req('PUT', `${V}/${s.id}`, { token: alice, body })).status).toBe(200);
    const nodes = flat(await tree(s.id));
    expect(nodes.map((n) => n.name)).toEqual(['testzr-xiugai', 'other']);
    expectVendorError(await t.req('PUT', `${V}/${s.id}`, { token: alice, body }), 404);
    const clash = { name: 'other', snapName: 'testzr-xiugai', desc: '' };
    expectVendorError(await t.req('PUT', `${V}/${s.id}`, { token: alice, body: clash }), 409);
  });

  it('reverts: current moves, the server runs the revert, then is ACTIVE or SHUTOFF', async () => {
    const s = freshServer(alice);
    await snap(s.id, { name: 'disk' });
    t.settle();
    await snap(s.id, { name: 'mem', snapMem: 'true' });
    t.settle();
    const revert = (name: string) =>
      t.req('PUT', `${V}/resume/${s.id}`, { token: alice, body: { virtualSnapName: name } });
    expect((await revert('disk')).status).toBe(200);
    expect(server(s.id)?.task_state).toBe('snapshot_reverting');
    expectVendorError(await revert('mem'), 409);
    t.settle();
    expect(server(s.id)).toMatchObject({ status: 'SHUTOFF', task_state: null, power_state: 4 });
    expect(flat(await tree(s.id)).find((n) => n.isCurr === 'true')?.name).toBe('disk');
    expect((await revert('mem')).status).toBe(200);
    t.settle();
    expect(server(s.id)?.status).toBe('ACTIVE');
    expectVendorError(await revert('nope'), 404);
    expectVendorError(await t.req('PUT', `${V}/resume/${s.id}`, { token: alice, body: {} }), 400);
  });

  it('deletes the listed names; children move up, the parent becomes current', async () => {
    const s = freshServer(alice);
    for (const name of ['testzr-xiugai', 'testzr2', 'leaf']) {
      await snap(s.id, { name });
      t.settle();
    }
    const del = (q: string) => t.req('DELETE', `${V}/${s.id}?snapshotNames=${q}`, { token: alice });
    expectVendorError(await del('nope'), 404);
    expectVendorError(await del(','), 400);
    expect((await del('testzr2')).status).toBe(200);
    let nodes = await tree(s.id);
    expect(nodes[0]?.snapshots.snapshot.map((n) => n.name)).toEqual(['leaf']);
    expect((await del('testzr-xiugai,leaf')).status).toBe(200);
    nodes = await tree(s.id);
    expect(nodes).toEqual([]);
    expectVendorError(await t.req('DELETE', `${V}/${s.id}`, { token: alice }), 400);
  });

  it('refuses to delete a snapshot still being created', async () => {
    const s = freshServer(alice);
    await snap(s.id, { name: 'busy' });
    expectVendorError(
      await t.req('DELETE', `${V}/${s.id}?snapshotNames=busy`, { token: alice }),
      409,
    );
  });
});

type Policy = {
  uuid: string;
  id: string;
  name: string;
  tenantId: string;
  state: string;
  frequency: string;
  labelZones: string;
  snapStrategyVm: { uuid: string; name?: string }[];
};
const casZoneOf = (token: string) => {
  const s = freshServer(token);
  const z = t.sim.state.azones.find((a) => a.zone === s.az);
  if (!z) throw new Error('no zone');
  return { s, z };
};
const policyBody = (token: string, over: Record<string, unknown> = {}) => {
  const { s, z } = casZoneOf(token);
  return {
    name: 'nightly.p1',
    desc: 'd',
    maxSnapshotNum: '2',
    state: '1',
    flag: '0',
    labelZoneIds: z.id,
    frequency: '2',
    day: '1',
    hour: '2',
    minutes: '30',
    tenantId: project(token),
    tenantName: 'chengdu',
    snapStrategyVm: [{ uuid: s.id }],
    ...over,
  };
};

describe('snapshot policies (004:L10482–L10942)', () => {
  it('lists the seeded policies: the organisation’s, all for an admin, every frequency', async () => {
    const all = (await t.req('GET', POLICIES, { token: admin })).body as Policy[];
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((p) => p.frequency))).toEqual(new Set(['0', '1', '2']));
    expect(new Set(all.map((p) => p.state))).toEqual(new Set(['0', '1']));
    expect(all.some((p) => p.snapStrategyVm.length > 0)).toBe(true);
    const mine = (await t.req('GET', POLICIES, { token: alice })).body as Policy[];
    expect(mine.length).toBeLessThan(all.length);
    expect(mine.every((p) => p.tenantId === project(alice))).toBe(true);
    expectVendorError(await t.req('GET', POLICIES, {}), 401);
  });

  it('accepts the documented create example once its zone and server exist', async () => {
    const { s, z } = casZoneOf(admin);
    const example = {
      name: 'testaa1',
      desc: 'testaa1',
      maxSnapshotNum: '1',
      state: '0',
      flag: '0',
      labelZoneIds: '86d69d5f-e0ef-4ced-be7c-f82215bd95b4',
      frequency: '0',
      day: '1',
      hour: '0',
      minutes: '0',
      tenantId: project(admin),
      tenantName: 'root',
      snapStrategyVm: [{ uuid: 'cb41616f-caca-49ee-bedd-f6665a254129' }],
    };
    expectVendorError(await t.req('POST', POLICIES, { token: admin, body: example }), 400);
    z.id = '86d69d5f-e0ef-4ced-be7c-f82215bd95b4';
    s.id = 'cb41616f-caca-49ee-bedd-f6665a254129';
    const res = await t.req('POST', POLICIES, { token: admin, body: example });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      name: 'testaa1',
      labelZones: z.zone,
      snapStrategyVm: [{ uuid: s.id }],
    });
    expect(res.body.id).toMatch(/^\d+$/);
  });

  it('creates, shows, updates with the documented body, deletes', async () => {
    const body = policyBody(alice);
    const res = await t.req('POST', POLICIES, { token: alice, body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const p = res.body as Policy;
    expect(p.snapStrategyVm[0]).toMatchObject({
      uuid: body.snapStrategyVm[0]?.uuid,
      snapStrategyId: p.id,
    });
    const shown = await t.req('GET', `${POLICIES}/${p.uuid}`, { token: alice });
    expect(shown.body).toEqual(p);
    expectVendorError(await t.req('GET', `${POLICIES}/${p.uuid}`, { token: bob }), 404);
    const update = { ...p, name: 'testaa2', frequency: '1', day: '7', snapStrategyVm: [] };
    const up = await t.req('PUT', `${POLICIES}/${p.uuid}`, { token: alice, body: update });
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body).toMatchObject({
      name: 'testaa2',
      frequency: '1',
      day: '7',
      snapStrategyVm: [],
    });
    expect((await t.req('DELETE', `${POLICIES}/${p.uuid}`, { token: alice })).status).toBe(200);
    const gone = await t.req('GET', `${POLICIES}/${p.uuid}`, { token: alice });
    expectVendorError(gone, 404);
    expect(gone.body.msg).toBe('not find this snapshot strategy on cas');
  });

  it('rejects zones of different platforms, foreign servers, bad values, other organisations', async () => {
    const vmw = t.sim.state.azones.find((a) => a.virtType === 'VMware');
    const res = await t.req('POST', POLICIES, {
      token: alice,
      body: policyBody(alice, { labelZoneIds: vmw?.id }),
    });
    expectVendorError(res, 400);
    expect(res.body.msg).toBe('zones are not be a same cvm');
    const cas = t.sim.state.azones.filter((a) => a.virtType === 'CAS' && a.resourceType === 'nova');
    const both = cas.map((a) => a.id).join(';');
    expectVendorError(
      await t.req('POST', POLICIES, {
        token: alice,
        body: policyBody(alice, { labelZoneIds: both }),
      }),
      400,
    );
    const other = t.sim.state.servers.find((s) => s.tenant_id !== project(alice));
    expectVendorError(
      await t.req('POST', POLICIES, {
        token: alice,
        body: policyBody(alice, { snapStrategyVm: [{ uuid: other?.id }] }),
      }),
      404,
    );
    expectVendorError(
      await t.req('POST', POLICIES, {
        token: alice,
        body: policyBody(alice, { frequency: '1', day: '9' }),
      }),
      400,
    );
    expectVendorError(
      await t.req('POST', POLICIES, { token: alice, body: policyBody(alice, { name: 'a b' }) }),
      400,
    );
    expectVendorError(
      await t.req('POST', POLICIES, { token: alice, body: policyBody(alice, { hour: '24' }) }),
      400,
    );
    expectVendorError(
      await t.req('POST', POLICIES, {
        token: alice,
        body: policyBody(alice, { tenantId: project(bob) }),
      }),
      403,
    );
  });

  it('binds a server to one policy only; names are unique per organisation', async () => {
    const body = policyBody(alice);
    expect((await t.req('POST', POLICIES, { token: alice, body })).status).toBe(200);
    const again = { ...body, name: 'other' };
    expectVendorError(await t.req('POST', POLICIES, { token: alice, body: again }), 409);
    const sameName = { ...body, snapStrategyVm: [] };
    expectVendorError(await t.req('POST', POLICIES, { token: alice, body: sameName }), 409);
  });
});

describe('vm snapshots: route order (api-notes I-10)', () => {
  it('serves the literal segments before {server_uuid}', async () => {
    expect(Array.isArray((await t.req('GET', POLICIES, { token: alice })).body)).toBe(true);
    const s = freshServer(alice);
    expect((await t.req('GET', `${V}/count-limit/${s.id}`, { token: alice })).body).toEqual({
      limitCount: '10',
    });
    expectVendorError(await t.req('GET', `${V}/strategy-x`, { token: alice }), 404);
  });
});

describe('policies at work ([P2]: policies produce snapshots on schedule)', () => {
  const CST = 8 * 3600_000;
  const at = (iso: string) => Date.parse(`${iso}+08:00`);

  it('finds the next run daily, weekly on a weekday and monthly on a day (the platform’s time)', () => {
    const p = { hour: '2', minutes: '30' };
    // 2026-12-05 is a Saturday.
    expect(nextRun({ ...p, frequency: '2', day: '1' }, at('2026-12-05T01:00:00'))).toBe(
      at('2026-12-05T02:30:00'),
    );
    expect(nextRun({ ...p, frequency: '2', day: '1' }, at('2026-12-05T02:30:00'))).toBe(
      at('2026-12-06T02:30:00'),
    );
    expect(nextRun({ ...p, frequency: '1', day: '1' }, at('2026-12-05T12:00:00'))).toBe(
      at('2026-12-07T02:30:00'),
    );
    expect(nextRun({ ...p, frequency: '1', day: '7' }, at('2026-12-05T12:00:00'))).toBe(
      at('2026-12-06T02:30:00'),
    );
    // The 31st in a 30-day month is its last day.
    expect(nextRun({ ...p, frequency: '0', day: '31' }, at('2026-11-05T00:00:00'))).toBe(
      at('2026-11-30T02:30:00'),
    );
    expect(new Date(at('2026-11-30T02:30:00') + CST).getUTCHours()).toBe(2);
  });

  it('snapshots its servers at each run, keeps maxSnapshotNum of its own, stops when out of effect', async () => {
    const body = policyBody(alice, { name: 'nightly.run', maxSnapshotNum: '3' });
    const id = body.snapStrategyVm[0]?.uuid ?? '';
    await snap(id, { name: 'manual-1' });
    t.settle();
    const res = await t.req('POST', POLICIES, { token: alice, body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const uuid = (res.body as Policy).uuid;

    t.settle(); // runs every pending task, ten times over: ten nightly runs
    const nodes = flat(await tree(id));
    const auto = nodes.filter((n) => n.name.startsWith('nightly.run-'));
    expect(auto).toHaveLength(3);
    expect(nodes.some((n) => n.name === 'manual-1')).toBe(true);
    // The newest run is current; names carry the scheduled minute (02:30).
    const current = nodes.find((n) => n.isCurr === 'true');
    expect(current?.name).toMatch(/^nightly\.run-\d{8}0230$/);
    expect(
      auto
        .map((n) => n.name)
        .sort()
        .at(-1),
    ).toBe(current?.name);
    expect(server(id)?.status).toBe('ACTIVE');

    // Out of effect: no run is pending any more; deleted: none either.
    const pending = () =>
      t.sim.state.tasks.filter((x) => x.kind === 'vmsnap.policy' && x.ref === uuid).length;
    expect(pending()).toBe(1);
    const off = { ...(res.body as Policy), state: '0', snapStrategyVm: [{ uuid: id }] };
    expect((await t.req('PUT', `${POLICIES}/${uuid}`, { token: alice, body: off })).status).toBe(
      200,
    );
    expect(pending()).toBe(0);
    const on = { ...off, state: '1' };
    await t.req('PUT', `${POLICIES}/${uuid}`, { token: alice, body: on });
    await t.req('PUT', `${POLICIES}/${uuid}`, { token: alice, body: on });
    expect(pending()).toBe(1);
    await t.req('DELETE', `${POLICIES}/${uuid}`, { token: alice });
    expect(pending()).toBe(0);
  });
});
