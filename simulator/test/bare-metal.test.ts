// Bare metal (004 §1.12 items 1–16): nodes, the ironic 1.34 provision state machine, power,
// maintenance, ports and portgroups — each operation's happy path, bad input, wrong role, the
// refused state-machine edges and the missing bare-metal headers (api-notes I-51).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALLOWED_FROM, TARGETS, type ProvisionState } from '../src/areas/bare-metal/states.ts';
import {
  DOC_NODE,
  DOC_PORT,
  DOC_PORTGROUP,
  EXAMPLE_NODE,
  EXAMPLE_PORT,
} from '../src/areas/bare-metal/seed.ts';
import type { BmNodeRec, Schemas } from '../src/state.ts';
import { expectVendorError, startSim, type TestSim } from './helpers.ts';

const K = '/os/kinton/v1/v1';
const BM = { 'H3CloudOS-Core-Target': 'bare_metal', 'X-OpenStack-Ironic-API-Version': '1.34' };
let t: TestSim;
let admin: string;
let alice: string;

beforeEach(async () => {
  // Real delays (scaled 1): a transition stays visible until the test runs the clock (settle).
  t = await startSim({ delayScale: 1 });
  [admin, alice] = await Promise.all([t.login('admin'), t.login('alice')]);
  t.settle();
});
afterEach(async () => {
  await t.close();
});

const bm = (method: string, url: string, body?: unknown, token: string | null = admin) =>
  t.req(method, `${K}${url}`, {
    token,
    headers: BM,
    ...(body !== undefined ? { body } : {}),
  });
const node = async (id: string) => {
  const res = await bm('GET', `/nodes/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Schemas['BmNode'] & { properties: Record<string, string> };
};
const nodes = () => t.sim.state.baremetalNodes;
const inState = (s: ProvisionState, maintenance = false) => {
  const n = nodes().find(
    (x) => x.provision_state === s && x.maintenance === maintenance && !x.extra.sim_fail,
  );
  if (!n) throw new Error(`no seeded node in ${s}`);
  return n.uuid;
};
const provision = (id: string, body: unknown, token = admin) =>
  bm('PUT', `/nodes/${id}/states/provision`, body, token);
async function enroll(extra: Record<string, unknown> = {}) {
  const res = await bm('POST', '/nodes', {
    driver: 'ipmi',
    driver_info: { ipmi_address: '10.0.0.9', ipmi_username: 'admin', ipmi_password: 'x' },
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.uuid as string;
}

describe('bare-metal headers and roles (api-notes I-51)', () => {
  it('refuses a request without the bare-metal headers with the vendor error body', async () => {
    const none = await t.req('GET', `${K}/nodes/detail`, { token: admin });
    expectVendorError(none, 400);
    expect(none.body.msg).toMatch(/h3cloudos-core-target/i);
    const wrong = await t.req('GET', `${K}/nodes/detail`, {
      token: admin,
      headers: { ...BM, 'X-OpenStack-Ironic-API-Version': '1.50' },
    });
    expectVendorError(wrong, 400);
    for (const [m, u] of [
      ['PUT', `/nodes/${DOC_NODE}/states/power`],
      ['POST', '/ports'],
      ['GET', `/portgroups?node=${DOC_NODE}`],
    ] as const)
      expectVendorError(
        await t.req(m, `${K}${u}`, { token: admin, body: m === 'GET' ? undefined : {} }),
        400,
      );
  });

  it('is for cloud administrators only (403 for a member), 401 without a token', async () => {
    expectVendorError(await bm('GET', '/nodes/detail', undefined, alice), 403);
    expectVendorError(await bm('GET', `/nodes/${DOC_NODE}`, undefined, alice), 403);
    expectVendorError(await provision(DOC_NODE, { target: 'deleted' }, alice), 403);
    expectVendorError(await bm('POST', '/nodes', { driver: 'ipmi' }, alice), 403);
    expectVendorError(await bm('PUT', `/nodes/${DOC_NODE}/maintenance`, {}, alice), 403);
    expectVendorError(await bm('DELETE', `/nodes/${DOC_NODE}/maintenance`, undefined, alice), 403);
    expectVendorError(
      await bm('PUT', `/nodes/${DOC_NODE}/states/power`, { target: 'power off' }, alice),
      403,
    );
    expectVendorError(await bm('GET', `/nodes/${DOC_NODE}/ports/detail`, undefined, alice), 403);
    expectVendorError(
      await bm('PATCH', `/ports/${DOC_PORT}`, [{ op: 'remove', path: '/portgroup_uuid' }], alice),
      403,
    );
    expectVendorError(await bm('DELETE', `/portgroups/${DOC_PORTGROUP}`, undefined, alice), 403);
    expectVendorError(await bm('GET', '/nodes/detail', undefined, null), 401);
  });
});

describe('node list and show (004:L12261, L12844)', () => {
  it('seeds at least 60 nodes covering every provision state, both power states and maintenance', async () => {
    const res = await bm('GET', '/nodes/detail');
    expect(res.status).toBe(200);
    const all = res.body.nodes as (BmNodeRec & { properties: Record<string, string> })[];
    expect(all.length).toBeGreaterThanOrEqual(60);
    const seeded = new Set(t.sim.state.baremetalNodes.map((n) => n.provision_state));
    // The transient states are seeded too (next test); these remain once the seed has settled.
    const stable = [
      'enroll',
      'manageable',
      'inspect failed',
      'clean failed',
      'available',
      'deploy failed',
      'active',
      'error',
      'adopt failed',
    ];
    for (const s of stable) expect(seeded.has(s as ProvisionState), s).toBe(true);
    expect(all.some((n) => n.power_state === 'power on')).toBe(true);
    expect(all.some((n) => n.power_state === 'power off')).toBe(true);
    expect(all.some((n) => n.maintenance && n.maintenance_reason)).toBe(true);
    expect(all.some((n) => n.provision_state.endsWith('failed') && n.last_error)).toBe(true);
    expect(new Set(all.map((n) => n.driver)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(all.map((n) => n.resource_class)).size).toBeGreaterThanOrEqual(3);
    // Secrets are masked.
    for (const n of all)
      for (const [k, v] of Object.entries(n.driver_info))
        if (k.endsWith('password')) expect(v).toBe('******');
  });

  it('seeds transient nodes (verifying, inspecting, cleaning, deploying, …) that move on by themselves', async () => {
    const s = await startSim({ delayScale: 1 });
    try {
      const states = new Set(s.sim.state.baremetalNodes.map((n) => n.provision_state));
      for (const x of [
        'verifying',
        'inspecting',
        'cleaning',
        'clean wait',
        'deploying',
        'wait call-back',
        'deleting',
        'adopting',
      ])
        expect(states.has(x as ProvisionState)).toBe(true);
      s.settle();
      const after = new Set(s.sim.state.baremetalNodes.map((n) => n.provision_state));
      expect(after.has('verifying')).toBe(false);
      expect(after.has('deploying')).toBe(false);
      // The seeded node that fails its inspection ends in `inspect failed` with a last_error.
      const failed = s.sim.state.baremetalNodes.find((n) => n.extra.sim_fail === 'inspect');
      expect(failed?.provision_state).toBe('inspect failed');
      expect(failed?.last_error).toMatch(/inspect/i);
    } finally {
      await s.close();
    }
  });

  it('filters, sorts and pages with a next link', async () => {
    const avail = (await bm('GET', '/nodes/detail?provision_state=available')).body
      .nodes as BmNodeRec[];
    expect(avail.length).toBeGreaterThan(5);
    expect(avail.every((n) => n.provision_state === 'available')).toBe(true);
    const maint = (await bm('GET', '/nodes/detail?maintenance=true')).body.nodes as BmNodeRec[];
    expect(maint.length).toBeGreaterThan(0);
    expect(maint.every((n) => n.maintenance)).toBe(true);
    const drv = (await bm('GET', '/nodes/detail?driver=redfish&resource_class=baremetal.gpu')).body
      .nodes as BmNodeRec[];
    expect(drv.every((n) => n.driver === 'redfish' && n.resource_class === 'baremetal.gpu')).toBe(
      true,
    );
    const first = await bm('GET', '/nodes/detail?limit=7&sort_key=name&sort_dir=desc');
    expect(first.body.nodes).toHaveLength(7);
    const names = (first.body.nodes as BmNodeRec[]).map((n) => n.name ?? '');
    expect(names).toEqual([...names].sort().reverse());
    const next = new URL(first.body.next as string);
    const second = await bm('GET', `/nodes/detail${next.search}`);
    expect((second.body.nodes as BmNodeRec[])[0]?.name ?? '').not.toBe(names[6]);
    expect(((second.body.nodes as BmNodeRec[])[0]?.name ?? '') <= (names[6] ?? '')).toBe(true);
    expectVendorError(await bm('GET', '/nodes/detail?marker=nope'), 400);
    expectVendorError(await bm('GET', '/nodes/detail?limit=0'), 400);
    expectVendorError(await bm('GET', '/nodes/detail?provision_state=broken'), 400);
  });

  it('shows a node by uuid or name with the vendor properties; 404 for an unknown one', async () => {
    const n = await node(DOC_NODE);
    expect(n.properties.display_status).toBe('deployed');
    expect(n.instance_uuid).toBe('136968d8-cc4f-41d6-9adc-2524053e076e');
    expect((await node('bm-r390-001')).uuid).toBe(DOC_NODE);
    expectVendorError(await bm('GET', '/nodes/0f1e2d3c-0000-4000-8000-000000000000'), 404);
  });
});

describe('node enrol, update and delete (004:L13574, L13424, L13517)', () => {
  it("enrols the documents' example in enroll with no power state", async () => {
    const res = await bm('POST', '/nodes', {
      driver: 'pxe_ipmitool',
      driver_info: {
        ipmi_username: 'admin',
        ipmi_address: '172.25.16.99',
        ipmi_password: 'admin123',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      provision_state: 'enroll',
      power_state: null,
      maintenance: false,
    });
    expect(res.body.driver_info.ipmi_password).toBe('******');
  });

  it('refuses an unknown driver, a bad name, a used name', async () => {
    expectVendorError(await bm('POST', '/nodes', { driver: 'fake' }), 400);
    expectVendorError(await bm('POST', '/nodes', { driver: 'ipmi', name: 'a b' }), 400);
    expectVendorError(await bm('POST', '/nodes', { driver: 'ipmi', name: 'bm-r390-001' }), 409);
    expectVendorError(await bm('POST', '/nodes', { driver_info: {} }), 400);
  });

  it("patches writable fields, refuses read-only ones, accepts the documents' example as a no-op", async () => {
    const id = await enroll();
    const ok = await bm('PATCH', `/nodes/${id}`, [
      { op: 'replace', path: '/name', value: 'bm-new-001' },
      { op: 'add', path: '/resource_class', value: 'baremetal.gpu' },
      { op: 'add', path: '/properties/cpus', value: '64' },
      { op: 'add', path: '/instance_info/image_source', value: 'img-1' },
    ]);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ name: 'bm-new-001', resource_class: 'baremetal.gpu' });
    expect(ok.body.properties.cpus).toBe('64');
    const doc = await bm('PATCH', `/nodes/${id}`, [
      { path: '/portgroup_uuid', value: 'c3da1599-4c35-4469-913c-033f0f01e145', op: 'remove' },
    ]);
    expect(doc.status).toBe(200);
    const ro = await bm('PATCH', `/nodes/${id}`, [
      { op: 'replace', path: '/provision_state', value: 'active' },
    ]);
    expectVendorError(ro, 400);
    expect(ro.body.msg).toMatch(/internal attribute/);
    expectVendorError(
      await bm('PATCH', `/nodes/${id}`, [{ op: 'replace', path: '/driver', value: 'nope' }]),
      400,
    );
    expectVendorError(
      await bm('PATCH', `/nodes/${id}`, [{ op: 'replace', path: '/extra/none', value: 1 }]),
      400,
    );
    expectVendorError(
      await bm('PATCH', `/nodes/${id}`, [{ op: 'replace', path: '/name', value: 'bm-r390-001' }]),
      409,
    );
    // All or nothing: the first step of a refused patch did not stick.
    await bm('PATCH', `/nodes/${id}`, [
      { op: 'replace', path: '/name', value: 'bm-partial' },
      { op: 'replace', path: '/uuid', value: 'x' },
    ]);
    expect((await node(id)).name).toBe('bm-new-001');
    expectVendorError(await bm('PATCH', `/nodes/${id}`, { op: 'add' }), 400);
  });

  it('deletes an idle node with its ports and portgroups; refuses a deployed or busy one', async () => {
    const id = inState('available');
    const ports = t.sim.state.baremetalPorts.filter((p) => p.node_uuid === id).length;
    expect(ports).toBeGreaterThan(0);
    expect((await bm('DELETE', `/nodes/${id}`)).status).toBe(200);
    expect(t.sim.state.baremetalPorts.some((p) => p.node_uuid === id)).toBe(false);
    expectVendorError(await bm('GET', `/nodes/${id}`), 404);
    const active =
      nodes().find((n) => n.provision_state === 'active' && !n.instance_uuid && !n.maintenance)
        ?.uuid ?? '';
    const refused = await bm('DELETE', `/nodes/${active}`);
    expectVendorError(refused, 409);
    expect(refused.body.msg).toContain('"active"');
    // In maintenance any state may go.
    expect(
      (await bm('PUT', `/nodes/${active}/maintenance`, { reason: 'decommission' })).status,
    ).toBe(200);
    expect((await bm('DELETE', `/nodes/${active}`)).status).toBe(200);
    expectVendorError(await bm('DELETE', `/nodes/${active}`), 404);
  });
});

describe('provision state machine (004:L13788, api-notes 4.2)', () => {
  it("accepts the documents' example: manage takes an enrolled node through verifying", async () => {
    const id = await enroll();
    expect((await provision(id, { target: 'manage' })).status).toBe(200);
    expect(await node(id)).toMatchObject({
      provision_state: 'verifying',
      target_provision_state: 'manageable',
      reservation: expect.any(String),
    });
    t.settle();
    expect(await node(id)).toMatchObject({
      provision_state: 'manageable',
      target_provision_state: null,
      power_state: 'power off',
      reservation: null,
    });
  });

  it('runs a node through its whole life: manage, inspect, provide, deploy, undeploy', async () => {
    const id = await enroll();
    await provision(id, { target: 'manage' });
    t.settle();
    await provision(id, { target: 'inspect' });
    expect((await node(id)).provision_state).toBe('inspecting');
    t.settle();
    const inspected = await node(id);
    expect(inspected.provision_state).toBe('manageable');
    expect(inspected.properties.cpus).toBeTruthy();
    expect(inspected.inspection_finished_at).toBeTruthy();
    await provision(id, { target: 'provide' });
    expect((await node(id)).provision_state).toBe('cleaning');
    t.settle();
    expect((await node(id)).provision_state).toBe('available');
    // Deploy needs an image first.
    expectVendorError(await provision(id, { target: 'active' }), 400);
    await bm('PATCH', `/nodes/${id}`, [
      { op: 'add', path: '/instance_info/image_source', value: 'img' },
    ]);
    expect((await provision(id, { target: 'active', configdrive: 'H4sIAAAA' })).status).toBe(200);
    expect((await node(id)).provision_state).toBe('deploying');
    t.settle();
    expect(await node(id)).toMatchObject({ provision_state: 'active', power_state: 'power on' });
    await provision(id, { target: 'deleted' });
    expect((await node(id)).provision_state).toBe('deleting');
    t.settle();
    expect(await node(id)).toMatchObject({
      provision_state: 'available',
      power_state: 'power off',
    });
  });

  it('refuses every target the current state does not allow, naming the state (400)', async () => {
    const stable: ProvisionState[] = [
      'enroll',
      'manageable',
      'available',
      'active',
      'inspect failed',
      'clean failed',
      'deploy failed',
      'error',
      'adopt failed',
    ];
    for (const s of stable) {
      const id = inState(s, false);
      for (const target of TARGETS) {
        if (ALLOWED_FROM[target].includes(s)) continue;
        const res = await provision(id, {
          target,
          ...(target === 'clean'
            ? { clean_steps: [{ interface: 'deploy', step: 'erase_devices' }] }
            : {}),
        });
        expectVendorError(res, 400);
        expect(res.body.msg).toContain(`"${s}"`);
      }
    }
  });

  it('409 while a conductor holds the node; abort works from wait call-back and clean wait', async () => {
    const id = await enroll();
    await provision(id, { target: 'manage' });
    const locked = await provision(id, { target: 'inspect' });
    expectVendorError(locked, 409);
    expect(locked.body.msg).toMatch(/locked/);
    expectVendorError(
      await bm('PATCH', `/nodes/${id}`, [{ op: 'add', path: '/extra/a', value: 1 }]),
      409,
    );
    t.settle();
    // Deploy, stopped at wait call-back.
    const avail = inState('available');
    await bm('PATCH', `/nodes/${avail}`, [
      { op: 'add', path: '/instance_info/image_source', value: 'img' },
    ]);
    await provision(avail, { target: 'active' });
    t.sim.runDueTasks();
    for (const task of t.sim.state.tasks) if (task.ref === avail) task.at = 0;
    t.sim.runDueTasks();
    expect((await node(avail)).provision_state).toBe('wait call-back');
    expect((await provision(avail, { target: 'abort' })).status).toBe(200);
    expect(await node(avail)).toMatchObject({
      provision_state: 'deploy failed',
      last_error: expect.stringMatching(/abort/i),
    });
    t.settle();
    expect((await node(avail)).provision_state).toBe('deploy failed');
    // Clean, stopped at clean wait.
    const m = inState('manageable');
    await provision(m, {
      target: 'clean',
      clean_steps: [{ interface: 'deploy', step: 'erase_devices_metadata' }],
    });
    for (const task of t.sim.state.tasks) if (task.ref === m) task.at = 0;
    t.sim.runDueTasks();
    expect((await node(m)).provision_state).toBe('clean wait');
    expect((await provision(m, { target: 'abort' })).status).toBe(200);
    expect((await node(m)).provision_state).toBe('clean failed');
  });

  it('fails a transition into its failed state with a last_error (extra.sim_fail)', async () => {
    const id = inState('available');
    await bm('PATCH', `/nodes/${id}`, [
      { op: 'add', path: '/instance_info/image_source', value: 'img' },
      { op: 'add', path: '/extra/sim_fail', value: 'deploy' },
    ]);
    await provision(id, { target: 'active' });
    t.settle();
    expect(await node(id)).toMatchObject({
      provision_state: 'deploy failed',
      last_error: expect.stringMatching(/callback/),
    });
    await provision(id, { target: 'rebuild' });
    t.settle();
    expect((await node(id)).provision_state).toBe('deploy failed');
    await bm('PATCH', `/nodes/${id}`, [{ op: 'remove', path: '/extra/sim_fail' }]);
    await provision(id, { target: 'rebuild' });
    t.settle();
    expect(await node(id)).toMatchObject({ provision_state: 'active', last_error: null });
  });

  it('adopts a managed node; manage from a failed state is immediate', async () => {
    const m = inState('manageable');
    await provision(m, { target: 'adopt' });
    expect((await node(m)).provision_state).toBe('adopting');
    t.settle();
    expect((await node(m)).provision_state).toBe('active');
    const f = inState('clean failed');
    await provision(f, { target: 'manage' });
    expect((await node(f)).provision_state).toBe('manageable');
  });

  it('validates the request: clean_steps, configdrive, later microversions, unknown targets', async () => {
    const m = inState('manageable');
    expectVendorError(await provision(m, { target: 'clean' }), 400);
    expectVendorError(
      await provision(m, { target: 'inspect', clean_steps: [{ interface: 'deploy', step: 'x' }] }),
      400,
    );
    expectVendorError(await provision(m, { target: 'inspect', configdrive: 'x' }), 400);
    const later = await provision(inState('available'), { target: 'deploy' });
    expectVendorError(later, 400);
    expect(later.body.msg).toContain('1.73');
    expectVendorError(await provision(m, { target: 'fly' }), 400);
    expectVendorError(await provision(m, {}), 400);
    expectVendorError(
      await provision('0f1e2d3c-0000-4000-8000-000000000000', { target: 'manage' }),
      404,
    );
  });

  it('maintenance blocks provision actions but not power', async () => {
    const m = inState('manageable');
    expect((await bm('PUT', `/nodes/${m}/maintenance`, { reason: 'BMC firmware' })).status).toBe(
      200,
    );
    expect(await node(m)).toMatchObject({ maintenance: true, maintenance_reason: 'BMC firmware' });
    const refused = await provision(m, { target: 'provide' });
    expectVendorError(refused, 400);
    expect(refused.body.msg).toMatch(/maintenance/);
    expect((await bm('PUT', `/nodes/${m}/states/power`, { target: 'power on' })).status).toBe(200);
    expect((await bm('DELETE', `/nodes/${m}/maintenance`)).status).toBe(200);
    expect(await node(m)).toMatchObject({ maintenance: false, maintenance_reason: null });
    t.settle();
    expect((await provision(m, { target: 'provide' })).status).toBe(200);
    // The documents' example: an empty reason.
    expect((await bm('PUT', `/nodes/${m}/maintenance`, { reason: '' })).status).toBe(200);
    expect((await node(m)).maintenance_reason).toBeNull();
    expectVendorError(await bm('PUT', `/nodes/${m}/maintenance`, { reason: 'x'.repeat(256) }), 400);
    expectVendorError(
      await bm('DELETE', '/nodes/0f1e2d3c-0000-4000-8000-000000000000/maintenance'),
      404,
    );
  });
});

describe('power (004:L14003, path per api-notes I-1)', () => {
  it('holds target_power_state during the change, then settles', async () => {
    const id = inState('available');
    expect((await bm('PUT', `/nodes/${id}/states/power`, { target: 'power on' })).status).toBe(200);
    expect(await node(id)).toMatchObject({
      target_power_state: 'power on',
      power_state: 'power off',
    });
    expectVendorError(await bm('PUT', `/nodes/${id}/states/power`, { target: 'power off' }), 409);
    t.settle();
    expect(await node(id)).toMatchObject({ target_power_state: null, power_state: 'power on' });
    await bm('PUT', `/nodes/${id}/states/power`, { target: 'rebooting' });
    t.settle();
    expect((await node(id)).power_state).toBe('power on');
    await bm('PUT', `/nodes/${id}/states/power`, { target: 'soft power off', timeout: 30 });
    t.settle();
    expect((await node(id)).power_state).toBe('power off');
  });

  it('refuses bad targets, a timeout on a hard target, an unverified node', async () => {
    const id = inState('available');
    expectVendorError(await bm('PUT', `/nodes/${id}/states/power`, { target: 'on' }), 400);
    expectVendorError(
      await bm('PUT', `/nodes/${id}/states/power`, { target: 'power on', timeout: 5 }),
      400,
    );
    expectVendorError(
      await bm('PUT', `/nodes/${await enroll()}/states/power`, { target: 'power on' }),
      400,
    );
  });
});

describe('ports and portgroups (004:L14081–L14811)', () => {
  it("lists a node's ports; creates one (MAC unique and well formed); deletes it", async () => {
    const list = await bm('GET', `/nodes/${DOC_NODE}/ports/detail`);
    expect(list.status).toBe(200);
    expect(list.body.ports.find((p: { uuid: string }) => p.uuid === DOC_PORT)).toMatchObject({
      address: '74:ea:cb:75:1c:2b',
      portgroup_uuid: DOC_PORTGROUP,
    });
    const made = await bm('POST', '/ports', { node_uuid: DOC_NODE, address: '74:EA:CB:75:1C:3F' });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    expect(made.body).toMatchObject({
      address: '74:ea:cb:75:1c:3f',
      node_uuid: DOC_NODE,
      portgroup_uuid: null,
      pxe_enabled: true,
    });
    // The documents' node holds an instance: its ports stay until it is in maintenance.
    expectVendorError(await bm('DELETE', `/ports/${made.body.uuid}`), 409);
    await bm('PUT', `/nodes/${DOC_NODE}/maintenance`, { reason: 'recabling' });
    expectVendorError(
      await bm('POST', '/ports', { node_uuid: DOC_NODE, address: '74:ea:cb:75:1c:3f' }),
      409,
    );
    // The documents' example address is not a MAC (api-notes §1.12 #11).
    expectVendorError(
      await bm('POST', '/ports', { node_uuid: DOC_NODE, address: 'admin123' }),
      400,
    );
    expectVendorError(
      await bm('POST', '/ports', {
        node_uuid: '0f1e2d3c-0000-4000-8000-000000000000',
        address: '74:ea:cb:75:1c:40',
      }),
      400,
    );
    expect((await bm('DELETE', `/ports/${made.body.uuid}`)).status).toBe(200);
    expectVendorError(await bm('DELETE', `/ports/${made.body.uuid}`), 404);
    expectVendorError(
      await bm('GET', '/nodes/0f1e2d3c-0000-4000-8000-000000000000/ports/detail'),
      404,
    );
  });

  it("binds a port to a portgroup of its node, unbinds it; refuses another node's portgroup", async () => {
    const id = inState('available');
    const pg = await bm('POST', '/portgroups', { node_uuid: id, name: 'bond-test', mode: 0 });
    expect(pg.status, JSON.stringify(pg.body)).toBe(200);
    expect(pg.body).toMatchObject({ mode: 'balance-rr', node_uuid: id, port_uuids: [] });
    const port =
      t.sim.state.baremetalPorts.find((p) => p.node_uuid === id && !p.portgroup_uuid) ??
      t.sim.state.baremetalPorts.find((p) => p.node_uuid === id);
    if (!port) throw new Error('no port');
    const bound = await bm('PATCH', `/ports/${port.uuid}`, [
      { path: '/portgroup_uuid', value: pg.body.uuid, op: 'add' },
    ]);
    expect(bound.status, JSON.stringify(bound.body)).toBe(200);
    expect(bound.body.portgroup_uuid).toBe(pg.body.uuid);
    const listed = await bm('GET', `/portgroups?node=${id}`);
    expect(
      listed.body.portgroups.find((g: { uuid: string }) => g.uuid === pg.body.uuid).port_uuids,
    ).toEqual([port.uuid]);
    // Not empty: 409.
    expectVendorError(await bm('DELETE', `/portgroups/${pg.body.uuid}`), 409);
    expectVendorError(
      await bm('PATCH', `/ports/${port.uuid}`, [
        { path: '/portgroup_uuid', value: DOC_PORTGROUP, op: 'add' },
      ]),
      400,
    );
    expectVendorError(
      await bm('PATCH', `/ports/${port.uuid}`, [
        { path: '/node_uuid', value: DOC_NODE, op: 'replace' },
      ]),
      400,
    );
    const unbound = await bm('PATCH', `/ports/${port.uuid}`, [
      { path: '/portgroup_uuid', op: 'remove' },
    ]);
    expect(unbound.body.portgroup_uuid).toBeNull();
    expect((await bm('DELETE', `/portgroups/${pg.body.uuid}`)).status).toBe(200);
    expectVendorError(await bm('DELETE', `/portgroups/${pg.body.uuid}`), 404);
    expectVendorError(
      await bm('PATCH', '/ports/0f1e2d3c-0000-4000-8000-000000000000', [
        { op: 'remove', path: '/extra' },
      ]),
      404,
    );
  });

  it('creates portgroups with unique names and addresses; lists all of them paged', async () => {
    const used = t.sim.state.baremetalPortgroups.find((g) => g.name)?.name ?? '';
    expectVendorError(await bm('POST', '/portgroups', { node_uuid: DOC_NODE, name: used }), 409);
    expectVendorError(await bm('POST', '/portgroups', { name: 'x' }), 400);
    expectVendorError(await bm('POST', '/portgroups', { node_uuid: 'nope', name: 'x' }), 400);
    expectVendorError(await bm('POST', '/portgroups', { node_uuid: DOC_NODE, mode: 9 }), 400);
    const ok = await bm('POST', '/portgroups', { node_uuid: DOC_NODE, name: 'bond0', mode: 0 });
    expect(ok.status).toBe(200);
    const page = await bm('GET', '/portgroups?limit=5');
    expect(page.body.portgroups).toHaveLength(5);
    expect(page.body.next).toContain('marker=');
    expectVendorError(
      await bm('GET', '/portgroups?node=0f1e2d3c-0000-4000-8000-000000000000'),
      404,
    );
  });
});

describe('bare-metal servers (004:L14868 flat, L15131 multi-tenant)', () => {
  const SERVERS = '/os/compute/v1/v2/9052ae85792143ff955c35c52e8e41bd/servers';
  const world = () => {
    const s = t.sim.state;
    const net = s.networks.find((n) => n.shared);
    const flavor = [...s.flavors]
      .filter((f) => f.is_public && !f.disabled)
      .sort((a, b) => b.disk - a.disk || b.ram - a.ram)[0];
    const image = s.images.find(
      (i) =>
        i.status === 'active' &&
        i.visibility === 'public' &&
        i.min_disk <= (flavor?.disk ?? 0) &&
        i.min_ram <= (flavor?.ram ?? 0),
    );
    if (!net || !image || !flavor) throw new Error('seed lacks a network, image or flavor');
    return { net: net.id, image: image.id, flavor: flavor.id };
  };
  const flat = (az: string, extra: Record<string, unknown> = {}) => {
    const w = world();
    return {
      server: {
        name: 'test',
        imageRef: w.image,
        flavorRef: w.flavor,
        networks: [{ fixed_ip: '172.25.200.3', uuid: w.net }],
        adminPass: '123',
        security_groups: [{ name: 'default' }],
        metadata: {
          do_manage: true,
          user_name: 'admin',
          alias: 'administrator',
          description: '',
          enableAdminPass: '1',
          extraType: 'BareMetal',
        },
        availability_zone: az,
        user_data: 'I3BzMQpDOi90ZXN0LnBzMSAneyJpbnRlcmZhY2VzIjpbXX0n',
        config_drive: true,
        ...extra,
      },
    };
  };

  it('creates a flat bare-metal server as documented: the node deploys, then the server is ACTIVE; delete undeploys', async () => {
    const res = await t.req('POST', SERVERS, {
      token: admin,
      body: flat(`iron1:iron1:${EXAMPLE_NODE}`),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const id = res.body.server.id as string;
    const n = await node(EXAMPLE_NODE);
    expect(n).toMatchObject({
      instance_uuid: id,
      provision_state: 'deploying',
      target_provision_state: 'active',
      network_interface: 'flat',
    });
    expect(n.properties).toMatchObject({
      tenancyId: '9052ae85792143ff955c35c52e8e41bd',
      userName: 'admin',
    });
    expect((await t.req('GET', `${SERVERS}/${id}`, { token: admin })).body.server.status).toBe(
      'BUILD',
    );
    t.settle();
    expect(await node(EXAMPLE_NODE)).toMatchObject({
      provision_state: 'active',
      power_state: 'power on',
    });
    expect((await node(EXAMPLE_NODE)).properties.display_status).toBe('deployed');
    const server = (await t.req('GET', `${SERVERS}/${id}`, { token: admin })).body.server;
    expect(server).toMatchObject({ status: 'ACTIVE', 'OS-EXT-AZ:availability_zone': 'iron1' });
    // A node holding a server is not deleted; the server's delete undeploys it.
    expectVendorError(await bm('DELETE', `/nodes/${EXAMPLE_NODE}`), 409);
    expect((await t.req('DELETE', `${SERVERS}/${id}`, { token: admin })).status).toBe(204);
    t.settle();
    expect(await node(EXAMPLE_NODE)).toMatchObject({
      provision_state: 'available',
      instance_uuid: null,
      power_state: 'power off',
    });
  });

  it('creates a multi-tenant bare-metal server with node_port_map; checks the map', async () => {
    const w = world();
    const body = (map: string) =>
      flat(`iron1:iron1:${EXAMPLE_NODE}`, {
        adminPass: 'zaq1@WSX',
        networks: [{ enable_gateway: 'true', uuid: w.net }],
        metadata: {
          force_gw_network: w.net,
          node_port_map: map,
          h3c_extend_api: 'true',
          do_manage: true,
          user_name: 'admin',
          alias: 'administrator',
          description: '',
          enableAdminPass: '1',
          extraType: 'BareMetal',
        },
      });
    expectVendorError(
      await t.req('POST', SERVERS, { token: admin, body: body(`${w.net}:${DOC_PORT}`) }),
      400,
    );
    expectVendorError(
      await t.req('POST', SERVERS, { token: admin, body: body(`other:${EXAMPLE_PORT}`) }),
      400,
    );
    const res = await t.req('POST', SERVERS, {
      token: admin,
      body: body(`${w.net}:${EXAMPLE_PORT}`),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect((await node(EXAMPLE_NODE)).network_interface).toBe('neutron');
  });

  it('refuses a busy node (409), a non-ironic zone, a wrong compute node, config_drive false (400)', async () => {
    expectVendorError(
      await t.req('POST', SERVERS, { token: admin, body: flat(`iron1:iron1:${DOC_NODE}`) }),
      409,
    );
    const maint = nodes().find((n) => n.provision_state === 'available' && n.maintenance)?.uuid;
    const r = await t.req('POST', SERVERS, { token: admin, body: flat(`iron1:iron1:${maint}`) });
    expectVendorError(r, 409);
    expect(r.body.msg).toMatch(/maintenance/);
    expectVendorError(
      await t.req('POST', SERVERS, { token: admin, body: flat('cas191p1c1') }),
      400,
    );
    expectVendorError(
      await t.req('POST', SERVERS, { token: admin, body: flat('iron1:other') }),
      400,
    );
    expectVendorError(
      await t.req('POST', SERVERS, {
        token: admin,
        body: flat('iron1:iron1:0f1e2d3c-0000-4000-8000-000000000000'),
      }),
      400,
    );
    expectVendorError(
      await t.req('POST', SERVERS, { token: admin, body: flat('iron1', { config_drive: false }) }),
      400,
    );
    // A tenant whose organisation has no bare-metal zone.
    const alices =
      '/os/compute/v1/v2/' +
      t.sim.state.projects.find((p) => p.name === 'chengdu')?.id +
      '/servers';
    expectVendorError(await t.req('POST', alices, { token: alice, body: flat('iron1') }), 400);
  });

  it('lets the scheduler pick a free node when none is named; a failed deploy leaves the server in ERROR', async () => {
    for (const n of t.sim.state.baremetalNodes)
      if (n.provision_state === 'available') n.extra = { sim_fail: 'deploy' };
    const res = await t.req('POST', SERVERS, { token: admin, body: flat('iron1') });
    expect(res.status).toBe(202);
    const id = res.body.server.id as string;
    expect(nodes().some((n) => n.instance_uuid === id)).toBe(true);
    t.settle();
    const server = (await t.req('GET', `${SERVERS}/${id}`, { token: admin })).body.server;
    expect(server.status).toBe('ERROR');
    expect(server.fault.message).toMatch(/callback/);
  });
});

describe('bare-metal monitoring and AK/SK (004:L15418, L15517, L15606)', () => {
  it('lists the resources of the bare-metal servers by type and reads deterministic measures', async () => {
    const fans = await t.req('GET', '/os/compute/v1/v1/resource/ipmi_fan_sensor', { token: admin });
    expect(fans.status).toBe(200);
    expect(fans.body.length).toBeGreaterThan(0);
    const fan = fans.body[0];
    expect(fan.node).toBeTruthy();
    expect(fan.original_resource_id).toContain(fan.node);
    const host = await t.req('GET', '/os/compute/v1/v1/resource/host', { token: admin });
    expect(host.body[0].original_resource_id).toMatch(/^\d+\.\d+\.\d+\.\d+/);
    const metric = Object.values(fan.metrics as Record<string, string>)[0];
    const stop = new Date(Date.now() - 3600_000).toISOString().slice(0, 19);
    const start = new Date(Date.now() - 7200_000).toISOString().slice(0, 19);
    const url = `/os/compute/v1/v1/metric/${metric}/measures?start=${start}&stop=${stop}`;
    const m1 = await t.req('GET', url, { token: admin });
    expect(m1.status).toBe(200);
    expect(m1.body.length).toBeGreaterThanOrEqual(11);
    expect(m1.body[0][1]).toBe(300);
    expect(typeof m1.body[0][2]).toBe('number');
    expect((await t.req('GET', url, { token: admin })).body).toEqual(m1.body);
    expectVendorError(
      await t.req('GET', `/os/compute/v1/v1/metric/${metric}/measures?start=yesterday`, {
        token: admin,
      }),
      400,
    );
    expectVendorError(
      await t.req(
        'GET',
        `/os/compute/v1/v1/metric/${metric}/measures?start=${stop}&stop=${start}`,
        { token: admin },
      ),
      400,
    );
    expectVendorError(
      await t.req('GET', '/os/compute/v1/v1/metric/0f1e2d3c-0000-4000-8000-000000000000/measures', {
        token: admin,
      }),
      404,
    );
    expectVendorError(await t.req('GET', '/os/compute/v1/v1/resource/cpu', { token: admin }), 400);
    // A tenant sees only its own instances' resources (the seeded ones are the administrators').
    expect(
      (await t.req('GET', '/os/compute/v1/v1/resource/ipmi_fan_sensor', { token: alice })).body,
    ).toEqual([]);
    expectVendorError(
      await t.req('GET', `/os/compute/v1/v1/metric/${metric}/measures`, { token: alice }),
      404,
    );
    expectVendorError(await t.req('GET', '/os/compute/v1/v1/resource/host', { token: null }), 401);
  });

  it('reads the nova AK/SK (any signed-in user; base64 key)', async () => {
    const res = await t.req('GET', '/os/compute/v1/cloudos/access/id', { token: alice });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ userId: 'ed45231c94844cc2b33a761a736b54ce' });
    expect(Buffer.from(res.body.accessKey, 'base64').toString('base64')).toBe(res.body.accessKey);
    expect((await t.req('GET', '/os/compute/v1/cloudos/access/id', { token: admin })).body).toEqual(
      res.body,
    );
    expectVendorError(await t.req('GET', '/os/compute/v1/cloudos/access/id', { token: null }), 401);
  });
});

describe('bare-metal: every node, port and portgroup operation', () => {
  const OPS: [string, string, unknown][] = [
    ['GET', '/nodes/detail', undefined],
    ['POST', '/nodes', { driver: 'ipmi' }],
    ['GET', `/nodes/${DOC_NODE}`, undefined],
    ['PATCH', `/nodes/${DOC_NODE}`, [{ op: 'add', path: '/extra/a', value: 'b' }]],
    ['DELETE', `/nodes/${DOC_NODE}`, undefined],
    ['PUT', `/nodes/${DOC_NODE}/states/provision`, { target: 'manage' }],
    ['PUT', `/nodes/${DOC_NODE}/maintenance`, { reason: '' }],
    ['DELETE', `/nodes/${DOC_NODE}/maintenance`, undefined],
    ['PUT', `/nodes/${DOC_NODE}/states/power`, { target: 'power on' }],
    ['GET', `/nodes/${DOC_NODE}/ports/detail`, undefined],
    ['POST', '/ports', { node_uuid: DOC_NODE, address: '74:ea:cb:75:1c:50' }],
    ['DELETE', `/ports/${DOC_PORT}`, undefined],
    ['PATCH', `/ports/${DOC_PORT}`, [{ op: 'remove', path: '/portgroup_uuid' }]],
    ['GET', `/portgroups?node=${DOC_NODE}`, undefined],
    ['POST', '/portgroups', { node_uuid: DOC_NODE, name: 'bond9' }],
    ['DELETE', `/portgroups/${DOC_PORTGROUP}`, undefined],
  ];

  it('refuses each one without the bare-metal headers (400) and for a member (403)', async () => {
    for (const [method, url, body] of OPS) {
      const bare = await t.req(method, `${K}${url}`, {
        token: admin,
        ...(body !== undefined ? { body } : {}),
      });
      expectVendorError(bare, 400);
      expect(bare.body.msg, `${method} ${url}`).toMatch(/header/i);
      expectVendorError(await bm(method, url, body, alice), 403);
    }
    // Nothing changed.
    expect((await node(DOC_NODE)).extra).toEqual({});
  });
});

describe('power of a node with a server', () => {
  it('moves the server between ACTIVE and SHUTOFF with the node', async () => {
    const SERVER =
      '/os/compute/v1/v2/9052ae85792143ff955c35c52e8e41bd/servers/136968d8-cc4f-41d6-9adc-2524053e076e';
    expect((await t.req('GET', SERVER, { token: admin })).body.server.status).toBe('ACTIVE');
    await bm('PUT', `/nodes/${DOC_NODE}/states/power`, { target: 'power off' });
    t.settle();
    expect((await t.req('GET', SERVER, { token: admin })).body.server.status).toBe('SHUTOFF');
    await bm('PUT', `/nodes/${DOC_NODE}/states/power`, { target: 'power on' });
    t.settle();
    expect((await t.req('GET', SERVER, { token: admin })).body.server.status).toBe('ACTIVE');
  });
});

describe("the documents' port-binding example (004:L14509)", () => {
  it("binds the examples' port to the portgroup the example names, as printed", async () => {
    const res = await bm('PATCH', `/ports/${EXAMPLE_PORT}`, [
      { path: '/portgroup_uuid', value: 'c3da1599-4c35-4469-913c-033f0f01e145', op: 'add' },
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.portgroup_uuid).toBe('c3da1599-4c35-4469-913c-033f0f01e145');
  });
});

describe('bare-metal servers of a tenant', () => {
  it('lets a tenant whose organisation has the bare-metal zone create one and see only its monitoring', async () => {
    const s = t.sim.state;
    const chengdu = s.projects.find((p) => p.name === 'chengdu')?.id ?? '';
    const iron = s.azones.find((a) => a.zone === 'iron1')?.id ?? '';
    s.azoneProjects.push({ azoneId: iron, projectId: chengdu });
    const net = s.networks.find((n) => n.tenant_id === chengdu)?.id;
    const image = [...s.images]
      .filter((i) => i.status === 'active' && i.visibility === 'public')
      .sort((a, b) => a.min_disk - b.min_disk)[0];
    const flavor = [...s.flavors]
      .filter(
        (f) =>
          f.is_public &&
          !f.disabled &&
          f.disk >= (image?.min_disk ?? 0) &&
          f.ram >= (image?.min_ram ?? 0),
      )
      .sort((a, b) => a.ram - b.ram)[0];
    const key = (await t.req('GET', '/os/compute/v1/cloudos/access/id', { token: alice })).body
      .accessKey;
    const res = await t.req('POST', `/os/compute/v1/v2/${chengdu}/servers`, {
      token: alice,
      body: {
        server: {
          name: 'alice-bm',
          imageRef: image?.id,
          flavorRef: flavor?.id,
          networks: [{ uuid: net }],
          metadata: { extraType: 'BareMetal', user_name: 'alice', accessKey: key },
          availability_zone: 'iron1',
          config_drive: true,
        },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const id = res.body.server.id as string;
    t.settle();
    const mine = nodes().find((n) => n.instance_uuid === id);
    expect(mine).toMatchObject({ provision_state: 'active' });
    expect(mine?.properties).toMatchObject({ tenancyId: chengdu, userName: 'alice' });
    const fans = (
      await t.req('GET', '/os/compute/v1/v1/resource/ipmi_fan_sensor', { token: alice })
    ).body as { node: string; metrics: Record<string, string> }[];
    expect(fans.length).toBeGreaterThan(0);
    expect(fans.every((f) => f.node === id)).toBe(true);
    const metric = Object.values(fans[0]?.metrics ?? {})[0];
    const measures = await t.req('GET', `/os/compute/v1/v1/metric/${metric}/measures`, {
      token: alice,
    });
    expect(measures.status).toBe(200);
    const all = (await t.req('GET', '/os/compute/v1/v1/resource/ipmi_fan_sensor', { token: admin }))
      .body as unknown[];
    expect(all.length).toBeGreaterThan(fans.length);
  });
});
