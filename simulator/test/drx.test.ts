import { describe, expect, it } from 'vitest';
import { expectVendorError, eachTestSim, startSim, type TestSim } from './helpers.ts';

const DRX = '/os/kinton/v1/h3cloudos/drx-configuration';
const EXAMPLE_SERVER = 'ba7471d1-010e-42bc-9344-482be27142e1';
let t: TestSim;
let admin: string;
let alice: string;
let bob: string;

// The documented create example (004:L21324), as printed.
const EXAMPLE = {
  extraInfos: {
    id: '2a10ce75-f99b-4e47-8537-84fa313691ab',
    uuid: '6d380cf4-5558-4c8e-82f2-b64953fb8305',
    info_type: 'LoadBalancer',
    info_desc: 'lb auto scaling',
    info_value: {
      cpuUtilThreshold: '70',
      cpuUtilReduceThreshold: '30',
      memoryUtilThreshold: '70',
      memoryUtilReduceThreshold: '30',
      tcpConnectionUtilThreshold: '3000',
      tcpConnectionUtilReduceThreshold: '1000',
      visitCountThreshold: '2',
      visitCount_extend: '0',
      visitCount_reduce: '1',
      oldInstanceUuid: EXAMPLE_SERVER,
      instanceUuid: EXAMPLE_SERVER,
      serverName: 'zjj',
      memberUuid: 'ba1f455c-7ea4-4447-9c83-6851e1882c69',
      poolId: 'e891918c-aaf7-40d9-8e51-0d2962438f2b',
      monitorUuid: '6d380cf4-5558-4c8e-82f2-b64953fb8305',
      waitingTime: '20',
      connectCount_extend: null,
      connectCount_reduce: null,
      interval: '30',
      operationType: 'autoScaling',
      max_extend_members: '3',
      status: 'active',
    },
  },
};

type Drx = {
  id: string;
  uuid: string;
  info_desc: string;
  info_value: Record<string, string | null>;
};

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice, bob] = await sim.logins('admin', 'alice', 'bob');
});

const project = (token: string) => t.project(token);
const list = async (token: string) => (await t.req('GET', DRX, { token })).body.extraInfos as Drx[];
/** A server of the token's project: the seed server of a new policy. */
function serverOf(token: string, status = 'ACTIVE') {
  const s = t.sim.state.servers.find((x) => x.tenant_id === project(token) && x.status === status);
  if (!s) throw new Error('no server');
  return s;
}
/** Gives a seeded server of alice's project the id the documents' example refers to. */
function exampleServer() {
  const s = serverOf(alice);
  const live = t.sim.state.servers.find((x) => x.id === s.id);
  if (live) live.id = EXAMPLE_SERVER;
  return s;
}
const create = (body: unknown, token = alice) => t.req('POST', DRX, { token, body });
const withValue = (v: Record<string, unknown>, uuid = 'listener-1') => ({
  extraInfos: {
    ...EXAMPLE.extraInfos,
    uuid,
    info_value: { ...EXAMPLE.extraInfos.info_value, ...v },
  },
});

describe('drx: list and show (004:L21539, L21739)', () => {
  it('lists the seeded policies of the organisation, active and inactive; all for an admin', async () => {
    const all = await list(admin);
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map((d) => d.info_value.status))).toEqual(new Set(['active', 'inactive']));
    const mine = await list(alice);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    const ids = new Set(
      t.sim.state.servers.filter((s) => s.tenant_id === project(alice)).map((s) => s.id),
    );
    // Alice's policies scale from her organisation's servers (or from one deleted since).
    const live = mine.filter((d) => ids.has(d.info_value.instanceUuid ?? ''));
    expect(live.length).toBeGreaterThan(0);
  });

  it('shows one policy; another organisation’s is 404, and a token is needed', async () => {
    const [d] = await list(alice);
    if (!d) throw new Error('no policy');
    const res = await t.req('GET', `${DRX}/${d.uuid}`, { token: alice });
    expect(res.status).toBe(200);
    expect(res.body.extraInfos).toEqual(d);
    expectVendorError(await t.req('GET', `${DRX}/${d.uuid}`, { token: bob }), 404);
    expect((await t.req('GET', `${DRX}/${d.uuid}`, { token: admin })).status).toBe(200);
    expectVendorError(await t.req('GET', `${DRX}/nope`, { token: alice }), 404);
    expectVendorError(await t.req('GET', DRX, {}), 401);
  });
});

describe('drx: create (004:L21164)', () => {
  it('accepts the documented example as printed once its server exists', async () => {
    expectVendorError(await create(EXAMPLE), 404);
    exampleServer();
    const res = await create(EXAMPLE);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.extraInfos).toMatchObject({
      uuid: EXAMPLE.extraInfos.uuid,
      info_type: 'LoadBalancer',
      info_desc: 'lb auto scaling',
      info_value: EXAMPLE.extraInfos.info_value,
    });
    // The database assigns the id.
    expect(res.body.extraInfos.id).not.toBe(EXAMPLE.extraInfos.id);
    expect((await list(alice)).some((d) => d.uuid === EXAMPLE.extraInfos.uuid)).toBe(true);
    expect((await list(bob)).some((d) => d.uuid === EXAMPLE.extraInfos.uuid)).toBe(false);
    // One policy per listener.
    expectVendorError(await create(EXAMPLE), 409);
  });

  it('fills defaults and the server name from a minimal body', async () => {
    const s = serverOf(alice);
    const res = await create({
      extraInfos: { uuid: 'listener-min', info_value: { instanceUuid: s.id } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.extraInfos.info_value).toMatchObject({
      serverName: s.name,
      status: 'active',
      operationType: 'autoScaling',
      oldInstanceUuid: s.id,
      monitorUuid: 'listener-min',
    });
  });

  it('refuses a server of another organisation (404) and bad values (400)', async () => {
    const theirs = serverOf(bob);
    expectVendorError(
      await create(withValue({ instanceUuid: theirs.id, oldInstanceUuid: theirs.id })),
      404,
    );
    const s = serverOf(alice);
    const ok = { instanceUuid: s.id, oldInstanceUuid: s.id };
    for (const v of [
      { cpuUtilThreshold: '101' },
      { cpuUtilThreshold: 'high' },
      { cpuUtilThreshold: '30', cpuUtilReduceThreshold: '30' },
      { memoryUtilThreshold: '50', memoryUtilReduceThreshold: '60' },
      { tcpConnectionUtilThreshold: '100', tcpConnectionUtilReduceThreshold: '500' },
      { waitingTime: '0' },
      { interval: '-5' },
      { max_extend_members: '0' },
      { status: 'on' },
      { operationType: 'scaleOut' },
      { unknown: '1' },
    ]) {
      expectVendorError(await create(withValue({ ...ok, ...v })), 400);
    }
    expectVendorError(await create(EXAMPLE.extraInfos), 400);
    expectVendorError(await create({ extraInfos: { info_value: ok } }), 400);
    expectVendorError(await create({ extraInfos: { uuid: 'x', info_value: {} } }), 400);
  });
});

describe('drx: enable, disable, edit and delete (004:L21942, L22326)', () => {
  it('disables and enables a policy and edits its thresholds', async () => {
    const s = serverOf(alice);
    await create(withValue({ instanceUuid: s.id, oldInstanceUuid: s.id }, 'lst-a'));
    const off = await t.req('PUT', `${DRX}/lst-a`, {
      token: alice,
      body: { extraInfos: { uuid: 'lst-a', info_value: { status: 'inactive' } } },
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(off.body.extraInfos.info_value).toMatchObject({
      status: 'inactive',
      cpuUtilThreshold: '70',
    });
    const on = await t.req('PUT', `${DRX}/lst-a`, {
      token: alice,
      body: {
        extraInfos: {
          info_desc: '高峰扩容',
          info_value: { status: 'active', cpuUtilThreshold: '85' },
        },
      },
    });
    expect(on.body.extraInfos).toMatchObject({
      info_desc: '高峰扩容',
      info_value: { status: 'active', cpuUtilThreshold: '85' },
    });
    expectVendorError(
      await t.req('PUT', `${DRX}/lst-a`, {
        token: alice,
        body: { extraInfos: { info_value: { cpuUtilReduceThreshold: '90' } } },
      }),
      400,
    );
    expectVendorError(
      await t.req('PUT', `${DRX}/lst-a`, { token: alice, body: { extraInfos: { uuid: 'other' } } }),
      400,
    );
    expectVendorError(
      await t.req('PUT', `${DRX}/lst-a`, { token: bob, body: { extraInfos: { info_desc: 'x' } } }),
      404,
    );
  });

  it('cannot enable a policy whose seed server was deleted (409) until it gets another', async () => {
    const orphan = (await list(admin)).find(
      (d) => !t.sim.state.servers.some((s) => s.id === d.info_value.instanceUuid),
    );
    if (!orphan) throw new Error('no orphaned policy');
    expect(orphan.info_value.status).toBe('inactive');
    const on = await t.req('PUT', `${DRX}/${orphan.uuid}`, {
      token: admin,
      body: { extraInfos: { info_value: { status: 'active' } } },
    });
    expectVendorError(on, 409);
    expect(on.body.msg).toContain(orphan.info_value.instanceUuid);
    const owner = t.sim.state.drx.find((d) => d.uuid === orphan.uuid)?.tenantId;
    const s = t.sim.state.servers.find((x) => x.tenant_id === owner && x.status === 'ACTIVE');
    if (!s) throw new Error('no server');
    const fixed = await t.req('PUT', `${DRX}/${orphan.uuid}`, {
      token: admin,
      body: { extraInfos: { info_value: { status: 'active', instanceUuid: s.id } } },
    });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body.extraInfos.info_value).toMatchObject({
      status: 'active',
      serverName: s.name,
    });
  });

  it('deletes a policy (200), then 404; another organisation cannot', async () => {
    const [d] = await list(alice);
    if (!d) throw new Error('no policy');
    expectVendorError(await t.req('DELETE', `${DRX}/${d.uuid}`, { token: bob }), 404);
    expect((await t.req('DELETE', `${DRX}/${d.uuid}`, { token: alice })).status).toBe(200);
    expectVendorError(await t.req('GET', `${DRX}/${d.uuid}`, { token: alice }), 404);
    expectVendorError(await t.req('DELETE', `${DRX}/${d.uuid}`, { token: alice }), 404);
  });

  it('scales with --scale', async () => {
    const big = await startSim({ scale: 10 });
    try {
      const tok = await big.login('admin');
      const res = await big.req('GET', DRX, { token: tok });
      expect(res.body.extraInfos.length).toBeGreaterThan(50);
    } finally {
      await big.close();
    }
  });
});
