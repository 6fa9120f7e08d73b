import { describe, expect, it } from 'vitest';
import { ADMIN_PROJECT } from '../src/constants.ts';
import { expectVendorError, eachTestSim, startSim, type TestSim } from './helpers.ts';
import { world } from './server-fixtures.ts';

const CN = '/os/compute/v1/h3cloudos/computenode';
const AGG = `/os/compute/v1/v2/${ADMIN_PROJECT}/os-aggregates`;
let t: TestSim;
let admin: string;
let alice: string;

// The documented add / update example (004:L19870), as printed.
const EXAMPLE = {
  hostName: 'host191',
  vmType: 2,
  hostIp: '172.25.17.191',
  userName: 'username',
  password: 'password',
  poolName: 'pool1',
  vxlanOverlayMode: 3,
  storageZone: 'cinder191',
  clusterName: 'cluster1',
  clusterId: '1',
  initMode: 'vmware_api',
  vswitch: [{ netName: 'Y2Fz', device: 'vxlan' }],
  pci: null,
  transport_URI: 'rabbit://openstack:cloudos@rabbitmq-service',
  allPass: 'cloudos',
  resourceNode: 'host',
  useLocalStorage: true,
  linkClone: false,
  mode: 'expand',
  ip: '172.25.80.30',
};

type Node = {
  hostName: string;
  vmType: number;
  virtType: string;
  zone: string;
  hypervisors: number;
  servers: number;
  storageZone: string;
  transport_url: string | null;
  poolName: string;
};

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice] = await sim.logins('admin', 'alice');
});

const list = async () => (await t.req('GET', CN, { token: admin })).body as Node[];
const node = async (name: string) => (await list()).find((n) => n.hostName === name);
const add = (body: unknown, token = admin) => t.req('POST', CN, { token, body });

describe('compute nodes: list (004:L19594)', () => {
  it('lists CAS, VMware, KVM and bare-metal nodes with their zone, hypervisors and servers', async () => {
    const all = await list();
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(new Set(all.map((n) => n.virtType))).toEqual(
      new Set(['CAS', 'VMware', 'KVM', 'BareMetal']),
    );
    const names = all.map((n) => n.hostName);
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
    const cas = all.find((n) => n.hostName === 'compcas31qzy7d3rc');
    expect(cas).toMatchObject({ vmType: 2, zone: 'cas191p1c1', hypervisors: 1 });
    expect(cas?.servers).toBeGreaterThan(0);
    // Nodes just added wait in nova's default zone for a host aggregate.
    expect(all.find((n) => n.hostName === 'compcas77newrc')).toMatchObject({
      zone: 'nova',
      hypervisors: 2,
      servers: 0,
    });
    expect(all.find((n) => n.virtType === 'BareMetal')?.zone).toBe('iron1');
  });

  it('is for cloud administrators only (403), and needs a token (401)', async () => {
    expectVendorError(await t.req('GET', CN, { token: alice }), 403);
    expectVendorError(await add([EXAMPLE], alice), 403);
    expectVendorError(await t.req('PUT', CN, { token: alice, body: [EXAMPLE] }), 403);
    expectVendorError(
      await t.req('POST', `${CN}/deletion`, {
        token: alice,
        body: { hostName: 'x', storageZone: 'y', tenantId: ADMIN_PROJECT },
      }),
      403,
    );
    expectVendorError(
      await t.req('POST', `${CN}/checkout/config`, {
        token: alice,
        body: {
          vmType: 2,
          protocal: 'http',
          hostIp: '10.125.26.11',
          userName: 'u',
          password: 'password',
          switchType: '',
        },
      }),
      403,
    );
    expectVendorError(await t.req('GET', CN, {}), 401);
  });
});

describe('compute nodes: the add wizard (004:L20428, L20261, L19765)', () => {
  it('validates the documented example: clusters, hosts and switches', async () => {
    const res = await t.req('POST', `${CN}/checkout/config`, {
      token: admin,
      body: {
        vmType: 2,
        protocal: 'http',
        hostIp: '10.125.26.11',
        userName: 'userName',
        password: 'password',
        switchType: '',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ errors: null, available: true });
    expect(res.body.clusters[0]).toMatchObject({ clusterId: '1', clusterName: 'cluster1' });
    const vmw = await t.req('POST', `${CN}/checkout/config`, {
      token: admin,
      body: {
        vmType: 1,
        protocal: 'https',
        hostIp: '172.25.17.30',
        userName: 'administrator@vsphere.local',
        password: 'password',
        switchType: 'proxySwitch',
      },
    });
    expect(vmw.body.clusters[0]).toMatchObject({ clusterId: 'domain-c13', clusterName: 'Qun1' });
    expect(vmw.body.clusters[0].proxySwitches).toEqual(['dvSwitch']);
  });

  it('reports an unreachable manager and refused credentials as available: false', async () => {
    const check = (hostIp: string, password: string) =>
      t.req('POST', `${CN}/checkout/config`, {
        token: admin,
        body: { vmType: 2, protocal: 'http', hostIp, userName: 'admin', password, switchType: '' },
      });
    const far = await check('203.0.113.7', 'password');
    expect(far.status).toBe(200);
    expect(far.body).toMatchObject({ clusters: [], available: false });
    expect(far.body.errors).toContain('timed out');
    const bad = await check('10.125.26.11', 'abc');
    expect(bad.body.available).toBe(false);
    expect(bad.body.errors).toContain('Authentication');
  });

  it('answers 400 for malformed checks', async () => {
    const ok = {
      vmType: 2,
      protocal: 'http',
      hostIp: '10.125.26.11',
      userName: 'admin',
      password: 'password',
      switchType: '',
    };
    for (const body of [
      { ...ok, switchType: 'vswitch' },
      { ...ok, vmType: 1, switchType: '' },
      { ...ok, vmType: 3 },
      { ...ok, hostIp: '10.125.26' },
      { ...ok, protocal: 'ftp' },
      { ...ok, password: '' },
      { vmType: 2, hostIp: '10.125.26.11' },
    ]) {
      expectVendorError(await t.req('POST', `${CN}/checkout/config`, { token: admin, body }), 400);
    }
  });

  it('refreshes the switch configuration (documented example) and marks used networks', async () => {
    const res = await t.req('POST', `${CN}/refresh/config`, {
      token: admin,
      body: {
        vmType: 2,
        protocal: 'http',
        hostName: 'cpn-host11',
        hostIp: '10.125.26.11',
        userName: 'userName',
        password: 'password',
        switchType: '',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeNull();
    expect(res.body.config.vswitches).toContain('vswitch0');
    const cas = res.body.tableList.find((r: { netName: string }) => r.netName === 'Y2Fz');
    // compcas5mbw87y2rc and compcas31qzy7d3rc use "cas" on this CVM already.
    expect(cas).toMatchObject({ device: 'vxlan', isDisabled: true });
    const far = await t.req('POST', `${CN}/refresh/config`, {
      token: admin,
      body: {
        vmType: 1,
        hostName: 'x',
        hostIp: '8.8.8.8',
        userName: 'u',
        password: 'password',
      },
    });
    expect(far.body).toMatchObject({ tableList: [], errors: expect.stringContaining('vCenter') });
  });

  it('adds the documented example (201): hypervisors in no zone until an aggregate takes the host', async () => {
    const res = await add([EXAMPLE]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toBeUndefined();
    expect(await node('host191')).toMatchObject({
      vmType: 2,
      virtType: 'CAS',
      zone: 'nova',
      hypervisors: 2,
      servers: 0,
      transport_url: 'rabbit://openstack:cloudos@rabbitmq-service',
    });
    const hv = await t.req('GET', `/os/compute/v1/v2/${ADMIN_PROJECT}/os-hypervisors/detail`, {
      token: admin,
    });
    const mine = hv.body.hypervisors.filter(
      (h: { service: { host: string } }) => h.service.host === 'host191',
    );
    expect(mine).toHaveLength(2);
    const agg = (await t.req('GET', AGG, { token: admin })).body.aggregates.find(
      (a: { name: string }) => a.name === 'caz19-agg',
    );
    const join = await t.req('POST', `${AGG}/${agg.id}/action`, {
      token: admin,
      body: { add_host: { host: 'host191' } },
    });
    expect(join.status).toBe(200);
    expect((await node('host191'))?.zone).toBe('caz19');
    // Added twice → 409; the same cluster by another node → 409.
    expectVendorError(await add([EXAMPLE]), 409);
    expectVendorError(await add([{ ...EXAMPLE, hostName: 'host192' }]), 409);
  });

  it('refuses an unreachable manager, refused credentials and an unknown cluster (400)', async () => {
    const far = await add([{ ...EXAMPLE, hostIp: '198.51.100.4' }]);
    expectVendorError(far, 400);
    expect(far.body.msg).toContain('timed out');
    expectVendorError(await add([{ ...EXAMPLE, password: 'pw' }]), 400);
    expectVendorError(await add([{ ...EXAMPLE, clusterId: 'domain-c13' }]), 400);
    expectVendorError(await add([EXAMPLE, EXAMPLE]), 400);
    for (const bad of [
      { ...EXAMPLE, vmType: 7 },
      { ...EXAMPLE, hostName: 'bad name' },
      { ...EXAMPLE, vxlanOverlayMode: 4 },
      { ...EXAMPLE, vswitch: [{ netName: 'Y2Fz', device: 'eth0' }] },
      { ...EXAMPLE, unknown: 1 },
    ]) {
      expectVendorError(await add([bad]), 400);
    }
    expectVendorError(await add([]), 400);
    expectVendorError(await add(EXAMPLE), 400);
    expect(await node('host191')).toBeUndefined();
  });

  it('creates a missing storage zone as a cinder zone; a compute zone is 409', async () => {
    expect((await add([{ ...EXAMPLE, storageZone: 'cinder11' }])).status).toBe(201);
    expect(t.sim.state.azones.find((z) => z.zone === 'cinder11')?.resourceType).toBe('cinder');
    expectVendorError(
      await add([{ ...EXAMPLE, hostName: 'other', hostIp: '10.1.2.3', storageZone: 'caz19' }]),
      409,
    );
  });
});

describe('compute nodes: update and delete (004:L19970, L20175)', () => {
  it('updates the documented example after adding it; an unknown node is 404', async () => {
    expectVendorError(await t.req('PUT', CN, { token: admin, body: [EXAMPLE] }), 404);
    expect((await add([EXAMPLE])).status).toBe(201);
    const res = await t.req('PUT', CN, {
      token: admin,
      body: [{ ...EXAMPLE, poolName: 'pool2', vxlanOverlayMode: 1 }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await node('host191'))?.poolName).toBe('pool2');
    expect((await t.req('PUT', CN, { token: admin, body: [EXAMPLE] })).status).toBe(200);
    expectVendorError(
      await t.req('PUT', CN, { token: admin, body: [{ ...EXAMPLE, vmType: 1 }] }),
      409,
    );
    expectVendorError(
      await t.req('PUT', CN, { token: admin, body: [{ ...EXAMPLE, password: 'x' }] }),
      400,
    );
  });

  it('keeps the manager and cluster of a node that runs servers (409)', async () => {
    const busy = t.sim.state.computeNodes.find((n) => n.hostName === 'compcas31qzy7d3rc');
    if (!busy) throw new Error('no node');
    const body = { ...busy, hostIp: '10.125.26.99', clusterId: '1', clusterName: 'cluster1' };
    const res = await t.req('PUT', CN, { token: admin, body: [body] });
    expectVendorError(res, 409);
    expect(res.body.msg).toContain('server');
    const fine = await t.req('PUT', CN, {
      token: admin,
      body: [{ ...busy, poolName: 'renamed-pool' }],
    });
    expect(fine.status, JSON.stringify(fine.body)).toBe(200);
  });

  it('deletes with the documented example; hypervisors and memberships go', async () => {
    expect(
      (await add([{ ...EXAMPLE, hostName: 'cpn-host11', storageZone: 'cinder11' }])).status,
    ).toBe(201);
    const del = await t.req('POST', `${CN}/deletion`, {
      token: admin,
      body: {
        hostName: 'cpn-host11',
        storageZone: 'cinder11',
        tenantId: '9052ae85792143ff955c35c52e8e41bd',
      },
    });
    expect(del.status, JSON.stringify(del.body)).toBe(200);
    expect(await node('cpn-host11')).toBeUndefined();
    expect(t.sim.state.hypervisors.some((h) => h.host === 'cpn-host11')).toBe(false);
    expectVendorError(
      await t.req('POST', `${CN}/deletion`, {
        token: admin,
        body: { hostName: 'cpn-host11', storageZone: 'cinder11', tenantId: ADMIN_PROJECT },
      }),
      404,
    );
  });

  it('refuses a node with servers (409), a wrong storage zone or organisation (400)', async () => {
    const del = (body: Record<string, string>) =>
      t.req('POST', `${CN}/deletion`, { token: admin, body });
    const busy = await del({
      hostName: 'compcas31qzy7d3rc',
      storageZone: 'cinder191',
      tenantId: ADMIN_PROJECT,
    });
    expectVendorError(busy, 409);
    expectVendorError(
      await del({ hostName: 'compcas77newrc', storageZone: 'cinder11', tenantId: ADMIN_PROJECT }),
      400,
    );
    expectVendorError(
      await del({ hostName: 'compcas77newrc', storageZone: 'cinder191', tenantId: 'nope' }),
      400,
    );
    expectVendorError(await del({ hostName: 'compcas77newrc' }), 400);
    const idle = await del({
      hostName: 'compcas-idle',
      storageZone: 'cinder191',
      tenantId: ADMIN_PROJECT,
    });
    expectVendorError(idle, 404);
  });
});

describe('compute nodes at scale', () => {
  it('seeds more waiting nodes with --scale and lists them promptly', async () => {
    const big = await startSim({ scale: 20 });
    try {
      const tok = await big.login('admin');
      const start = Date.now();
      const res = await big.req('GET', CN, { token: tok });
      expect(res.body.length).toBeGreaterThan(100);
      expect(Date.now() - start).toBeLessThan(2000);
    } finally {
      await big.close();
    }
  });
});

describe('compute nodes, aggregates and servers', () => {
  it('a node added and put in a zone by an aggregate receives servers; then it cannot leave', async () => {
    const w = await world();
    try {
      const { t: sim } = w;
      const agg = `/os/compute/v1/v2/${ADMIN_PROJECT}/os-aggregates`;
      expect((await sim.req('POST', CN, { token: w.admin, body: [EXAMPLE] })).status).toBe(201);
      const made = await sim.req('POST', agg, {
        token: w.admin,
        body: { aggregate: { name: 'new-cas', availability_zone: 'cas191p1c1' } },
      });
      const id = made.body.aggregate.id as number;
      const join = await sim.req('POST', `${agg}/${id}/action`, {
        token: w.admin,
        body: { add_host: { host: 'host191' } },
      });
      expect(join.status).toBe(200);
      const server = await w.create(w.alice, { availability_zone: 'cas191p1c1:host191' });
      const shown = await w.show(server, w.alice);
      expect(shown['OS-EXT-AZ:availability_zone']).toBe('cas191p1c1');
      const nodes = (await sim.req('GET', CN, { token: w.admin })).body as Node[];
      expect(nodes.find((n) => n.hostName === 'host191')).toMatchObject({
        zone: 'cas191p1c1',
        servers: 1,
      });
      // The host cannot leave its zone, nor the node be deleted, while the server runs there.
      expectVendorError(
        await sim.req('POST', `${agg}/${id}/action`, {
          token: w.admin,
          body: { remove_host: { host: 'host191' } },
        }),
        409,
      );
      expectVendorError(
        await sim.req('POST', `${CN}/deletion`, {
          token: w.admin,
          body: { hostName: 'host191', storageZone: 'cinder191', tenantId: ADMIN_PROJECT },
        }),
        409,
      );
    } finally {
      await w.t.close();
    }
  });

  it('an idle host taken out of its last aggregate goes back to no zone', async () => {
    expect((await add([EXAMPLE])).status).toBe(201);
    const made = await t.req('POST', AGG, {
      token: admin,
      body: { aggregate: { name: 'tmp', availability_zone: 'caz19' } },
    });
    const id = made.body.aggregate.id as number;
    const act = (body: unknown) => t.req('POST', `${AGG}/${id}/action`, { token: admin, body });
    expect((await act({ add_host: { host: 'host191' } })).status).toBe(200);
    expect((await node('host191'))?.zone).toBe('caz19');
    expect((await act({ remove_host: { host: 'host191' } })).status).toBe(200);
    expect((await node('host191'))?.zone).toBe('nova');
  });
});
