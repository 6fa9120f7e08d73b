import { describe, expect, it } from 'vitest';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

let t: TestSim;
let admin: string;
let alice: string;
const CAS = 'compcas5mbw87y2rc';
const VMW = 'compvmw01dc01rc';

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice] = await sim.logins('admin', 'alice');
});

const project = (token: string) => t.project(token);
const crm = (node = CAS) => `/os/compute/v1/cloudos/crm/${project(admin)}/${node}`;
const vrm = (node = VMW) => `/os/compute/v1/cloudos/vrm/${project(admin)}/${node}`;
const get = async (url: string, token = admin) => {
  const r = await t.req('GET', url, { token });
  if (r.status !== 200) throw new Error(`${url}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
};
const hostOf = (node: string, pred: (h: (typeof t.sim.state.hvHosts)[number]) => boolean) => {
  const h = t.sim.state.hvHosts.find((x) => x.node === node && pred(x));
  if (!h) throw new Error('no such host');
  return h;
};
const ref = (h: { id: string; name: string; ip: string }) => ({ id: h.id, name: h.name, ip: h.ip });

describe('CAS reads', () => {
  it('answers the cluster tree, host detail, VMs and storage pools of a CAS node', async () => {
    const tree = await get(`${crm()}/clusters-hosts`);
    expect(tree.clusters.length).toBeGreaterThanOrEqual(3);
    expect(tree.clusters.map((c: { subType: string }) => c.subType)).toContain('pool');
    const first = tree.clusters.find((c: { children: { name: string }[] }) =>
      c.children.some((h) => h.name === 'cvknode191'),
    );
    const host = first.children.find((h: { name: string }) => h.name === 'cvknode191');
    const detail = await get(`${crm()}/hostDetail/${host.morId}`);
    expect(detail).toMatchObject({ name: 'cvknode191', status: '1' });
    const hostVms = (await get(`${crm()}/vms-host-simple/${host.morId}`)).vms;
    expect(Number(detail.vmNum)).toBe(hostVms.length);
    // The node's cloud servers are adopted VMs: their uuid is the server's id.
    const managed = hostVms.filter((v: { uuid: string }) => v.uuid);
    expect(managed.length).toBeGreaterThan(10);
    const server = t.sim.state.servers.find((s) => s.id === managed[0].uuid);
    expect(managed[0].title).toBe(server?.name);
    const clusterVms = (await get(`${crm()}/vms-cluster-simple/${first.morId}`)).vms;
    expect(clusterVms.length).toBeGreaterThan(hostVms.length);
    expect(new Set(clusterVms.map((v: { vmStatus: string }) => v.vmStatus))).toEqual(
      new Set(['running', 'shutOff', 'paused']),
    );
    const pools = (await get(`${crm()}/storagePoolForHost/${host.morId}`)).storagePool;
    expect(pools.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['defaultpool', 'isopool']),
    );
    for (const p of pools) expect(Number(p.freeSize)).toBeLessThanOrEqual(Number(p.totalSize));
  });

  it('shows a host in maintenance (2) and one powered off (0)', async () => {
    const statuses = await Promise.all(
      t.sim.state.hvHosts
        .filter((h) => h.node === CAS)
        .map(async (h) => (await get(`${crm()}/hostDetail/${h.id}`)).status),
    );
    expect(statuses).toEqual(expect.arrayContaining(['0', '1', '2']));
  });

  it('refuses tenants, unknown nodes and the wrong kind of node', async () => {
    const tenant = await t.req(
      'GET',
      `/os/compute/v1/cloudos/crm/${project(alice)}/${CAS}/clusters-hosts`,
      { token: alice },
    );
    expectVendorError(tenant, 403);
    expectVendorError(await t.req('GET', `${crm('nope')}/clusters-hosts`, { token: admin }), 404);
    const wrong = await t.req('GET', `${crm(VMW)}/clusters-hosts`, { token: admin });
    expectVendorError(wrong, 404);
    expect(wrong.body.msg).toContain('VMware');
    expectVendorError(await t.req('GET', `${crm()}/hostDetail/999`, { token: admin }), 404);
  });
});

describe('VMware reads', () => {
  it('answers the tree, the hosts of a cluster, a host, its VMs, datastores and performance', async () => {
    const tree = await get(`${vrm()}/clusters-hosts`);
    const c = tree.clusters[0];
    expect(c.type).toBe('ClusterComputeResource');
    const hosts = (await get(`${vrm()}/clusters/${c.morId}/hosts/detail`)).hosts;
    expect(hosts.length).toBe(c.children.length);
    expect(hosts[0].vswitch).toBeDefined();
    const h = hosts.find(
      (x: { numVms: number; powerState: string }) => x.powerState === 'POWERED_ON' && x.numVms > 0,
    );
    const one = await get(`${vrm()}/hosts/${h.morId}`);
    expect(one.vswitch).toBeUndefined();
    expect(one.numVms).toBe(h.numVms);
    const vms = (await get(`${vrm()}/clusters/${c.morId}/vms/detail?host=${h.morId}`)).vms;
    expect(vms.length).toBe(h.numVms);
    const all = (await get(`${vrm()}/clusters/${c.morId}/vms/detail`)).vms;
    expect(all.length).toBeGreaterThan(vms.length);
    const ds = await get(`${vrm()}/host/${h.morId}/datastore`);
    const dsId = Object.values(ds)[0] as string;
    expect(dsId).toMatch(/^datastore-/);
    const p = await get(`${vrm()}/perf/datastore/${dsId}`);
    expect(p.data.map((d: { counterId: number }) => d.counterId)).toEqual([281, 282, 283]);
    const hp = await get(`${vrm()}/perf/host/${h.morId}`);
    expect(hp.timestamps).toHaveLength(12);
    expect(hp.data[0].value).toHaveLength(12);
    await get(`${vrm()}/perf/cluster/${c.morId}`);
    expectVendorError(await t.req('GET', `${vrm()}/perf/host/${c.morId}`, { token: admin }), 404);
    expectVendorError(await t.req('GET', `${vrm()}/perf/disk/${c.morId}`, { token: admin }), 400);
    const other = tree.clusters[1];
    expectVendorError(
      await t.req('GET', `${vrm()}/clusters/${other.morId}/vms/detail?host=${h.morId}`, {
        token: admin,
      }),
      404,
    );
  });
});

describe('host maintenance and power', () => {
  it('enters maintenance only without running VMs, then exits, shuts off, wakes and reboots', async () => {
    const busy = hostOf(CAS, (h) => h.name === 'cvknode191');
    const refused = await t.req('PUT', `${vrm(CAS)}/host/${busy.id}/into`, {
      token: admin,
      body: ref(busy),
    });
    expectVendorError(refused, 409);
    expect(refused.body.msg).toContain('migrate');
    // A host with only stopped VMs: stop them first.
    const h = hostOf(
      CAS,
      (x) => !x.maintenance && x.powerState === 'POWERED_ON' && x.name !== 'cvknode191',
    );
    for (const v of t.sim.state.hvVms) if (v.node === CAS && v.hostId === h.id) v.power = 'stopped';
    const url = (op: string) => `${vrm(CAS)}/host/${h.id}/${op}`;
    const put = (op: string) => t.req('PUT', url(op), { token: admin, body: ref(h) });
    expectVendorError(await put('exit'), 409);
    expectVendorError(await put('shutoff'), 409);
    expect((await put('into')).status).toBe(200);
    expect((await get(`${crm()}/hostDetail/${h.id}`)).taskState).toBe('entering_maintenance');
    expectVendorError(await put('exit'), 409); // busy
    t.settle();
    expect((await get(`${crm()}/hostDetail/${h.id}`)).status).toBe('2');
    expectVendorError(await put('wake'), 409); // already on
    expect((await put('shutoff')).status).toBe(200);
    t.settle();
    expect((await get(`${crm()}/hostDetail/${h.id}`)).status).toBe('0');
    expectVendorError(await put('reboot'), 409);
    expectVendorError(await put('exit'), 409);
    expect((await put('wake')).status).toBe(200);
    t.settle();
    expect((await put('reboot')).status).toBe(200);
    t.settle();
    expect((await put('exit')).status).toBe(200);
    t.settle();
    expect((await get(`${crm()}/hostDetail/${h.id}`)).status).toBe('1');
  });

  it('accepts the documented example body once the host exists, and checks the id', async () => {
    const h = hostOf(VMW, (x) => x.maintenance && x.powerState === 'POWERED_ON');
    const wrong = await t.req('PUT', `${vrm()}/host/${h.id}/exit`, {
      token: admin,
      body: { id: '1', name: 'cvknode191', ip: '172.25.17.191' },
    });
    expectVendorError(wrong, 400);
    const ok = await t.req('PUT', `${vrm()}/host/${h.id}/exit`, { token: admin, body: ref(h) });
    expect(ok.status).toBe(200);
    t.settle();
    expect((await get(`${vrm()}/hosts/${h.id}`)).inMaintenanceMode).toBe(false);
    expectVendorError(
      await t.req('PUT', `${vrm()}/host/${h.id}/exit`, { token: alice, body: ref(h) }),
      403,
    );
  });
});

describe('migration', () => {
  it('moves a running VM to another host of its cluster and its storage', async () => {
    const vm = t.sim.state.hvVms.find(
      (v) => v.node === CAS && v.power === 'running' && !v.serverId,
    );
    if (!vm) throw new Error('no vm');
    const target = hostOf(
      CAS,
      (h) =>
        h.clusterId === vm.clusterId &&
        h.id !== vm.hostId &&
        !h.maintenance &&
        h.powerState === 'POWERED_ON',
    );
    const pool = t.sim.state.hvStores.find(
      (s) => s.node === CAS && s.name === 'defaultpool' && s.hostIds.includes(target.id),
    );
    if (!pool) throw new Error('no pool');
    const body = {
      id: vm.id,
      domainName: vm.name,
      title: vm.name,
      targetHostId: target.id,
      onlineMigrate: '1',
      migrateType: '2',
      targetPath: pool.path,
      targetPool: pool.name,
      targetPoolTitle: pool.name,
      dstPersist: true,
      dstSuspend: false,
    };
    const before = Number((await get(`${crm()}/hostDetail/${target.id}`)).vmNum);
    expectVendorError(
      await t.req('POST', `${vrm(CAS)}/vm/${vm.id}/relocate_vm`, {
        token: admin,
        body: { ...body, onlineMigrate: '0' },
      }),
      409,
    );
    const maint = hostOf(CAS, (h) => h.clusterId === vm.clusterId && h.maintenance);
    expectVendorError(
      await t.req('POST', `${vrm(CAS)}/vm/${vm.id}/relocate_vm`, {
        token: admin,
        body: { ...body, targetHostId: maint.id },
      }),
      409,
    );
    expectVendorError(
      await t.req('POST', `${vrm(CAS)}/vm/${vm.id}/relocate_vm`, {
        token: admin,
        body: { ...body, id: 'x' },
      }),
      400,
    );
    const r = await t.req('POST', `${vrm(CAS)}/vm/${vm.id}/relocate_vm`, { token: admin, body });
    expect(r.status).toBe(200);
    expectVendorError(
      await t.req('POST', `${vrm(CAS)}/vm/${vm.id}/relocate_vm`, { token: admin, body }),
      409,
    );
    t.settle();
    const moved = (await get(`${crm()}/vms-host-simple/${target.id}`)).vms;
    expect(moved.map((v: { id: string }) => v.id)).toContain(vm.id);
    expect(Number((await get(`${crm()}/hostDetail/${target.id}`)).vmNum)).toBe(before + 1);
    expect(vm.storeId).toBe(pool.id);
  });

  it('keeps a VM in its cluster', async () => {
    const vm = t.sim.state.hvVms.find((v) => v.node === VMW && v.power === 'running');
    if (!vm) throw new Error('no vm');
    const away = hostOf(VMW, (h) => h.clusterId !== vm.clusterId);
    const r = await t.req('POST', `${vrm()}/vm/${vm.id}/relocate_vm`, {
      token: admin,
      body: {
        id: vm.id,
        domainName: vm.name,
        title: vm.name,
        targetHostId: away.id,
        onlineMigrate: '1',
        migrateType: '0',
        targetPath: 'x',
        targetPool: vm.storeId,
        targetPoolTitle: 'x',
        dstPersist: true,
        dstSuspend: false,
      },
    });
    expectVendorError(r, 409);
    expect(r.body.msg).toContain('cluster');
  });

  it('refuses a running VM a host has no memory for, and takes a stopped one', async () => {
    const state = t.sim.state;
    const running = state.hvVms.find(
      (v) => v.node === CAS && v.power === 'running' && !v.serverId && v.clusterId === '1',
    );
    if (!running) throw new Error('no vm');
    const target = hostOf(
      CAS,
      (h) =>
        h.clusterId === '1' &&
        h.id !== running.hostId &&
        !h.maintenance &&
        h.powerState === 'POWERED_ON',
    );
    const stopped = state.hvVms.find(
      (v) =>
        v.node === CAS &&
        v.power === 'stopped' &&
        !v.serverId &&
        v.clusterId === '1' &&
        v.hostId !== target.id,
    );
    if (!stopped) throw new Error('no vm');
    // Nothing but the hypervisor's own 8 GiB fits.
    target.memoryMB = 8192;
    const move = (vm: typeof running, online: '0' | '1') =>
      t.req('POST', `${crm()}/vm/${vm.id}/relocate_vm`.replace('/crm/', '/vrm/'), {
        token: admin,
        body: {
          id: vm.id,
          domainName: vm.name,
          title: vm.name,
          targetHostId: target.id,
          onlineMigrate: online,
          migrateType: '0',
          targetPath: vm.storeId,
          targetPool: vm.storeId,
          targetPoolTitle: vm.storeId,
          dstPersist: true,
          dstSuspend: false,
        },
      });
    const r = await move(running, '1');
    expectVendorError(r, 409);
    expect(r.body.msg).toContain('memory');
    expect((await move(stopped, '0')).status).toBe(200);
  });
});

describe('snapshots', () => {
  it('creates, lists as a tree, reverts and deletes', async () => {
    const vm = t.sim.state.hvVms.find((v) => v.node === VMW && v.snapshots.length === 2);
    if (!vm) throw new Error('no vm');
    const list = async () => (await get(`${crm(VMW)}/vmSnapshot/${vm.id}`)).snapshot;
    expect((await list())[0].snapshots[0]).toMatchObject({ name: 'patched', isCurr: true });
    const snaps = `${vrm()}/vm/snapshots`;
    expect(
      (
        await t.req('POST', snaps, {
          token: admin,
          body: {
            vmId: vm.id,
            name: 'before-upgrade',
            desc: 'd',
            snapMem: false,
            snapshotTimeOut: '5',
          },
        })
      ).status,
    ).toBe(200);
    expectVendorError(
      await t.req('POST', snaps, { token: admin, body: { vmId: vm.id, name: 'before-upgrade' } }),
      409,
    );
    expectVendorError(await t.req('POST', snaps, { token: admin, body: { vmId: vm.id } }), 400);
    const tree = await list();
    expect(tree[0].snapshots[0].snapshots[0]).toMatchObject({
      name: 'before-upgrade',
      isCurr: true,
    });
    expect(
      (
        await t.req('PUT', snaps, {
          token: admin,
          body: { vmId: vm.id, name: 'base', snapMem: false },
        })
      ).status,
    ).toBe(200);
    expect((await list())[0].isCurr).toBe(true);
    expectVendorError(
      await t.req('PUT', snaps, { token: admin, body: { vmId: vm.id, name: 'nope' } }),
      404,
    );
    expect((await t.req('DELETE', `${snaps}/${vm.id}/patched`, { token: admin })).status).toBe(200);
    const after = await list();
    expect(after[0].snapshots.map((s: { name: string }) => s.name)).toEqual(['before-upgrade']);
    expectVendorError(await t.req('DELETE', `${snaps}/${vm.id}/patched`, { token: admin }), 404);
  });

  it('refuses a memory snapshot of a stopped VM', async () => {
    const vm = t.sim.state.hvVms.find(
      (v) => v.node === CAS && v.power === 'stopped' && !v.serverId,
    );
    if (!vm) throw new Error('no vm');
    const r = await t.req('POST', `${vrm(CAS)}/vm/snapshots`, {
      token: admin,
      body: { vmId: vm.id, name: 'm', snapMem: true },
    });
    expectVendorError(r, 409);
  });
});

describe('adopt and release', () => {
  function setup() {
    const state = t.sim.state;
    const p = project(alice);
    const zoneIds = new Set(
      state.azoneProjects.filter((a) => a.projectId === p).map((a) => a.azoneId),
    );
    const zone = state.azones.find(
      (z) => zoneIds.has(z.id) && z.virtType === 'CAS' && z.resourceType === 'nova',
    );
    if (!zone) throw new Error('no zone');
    const node = state.hypervisors.find(
      (h) =>
        h.zone === zone.zone &&
        state.computeNodes.some((n) => n.hostName === h.host && n.vmType === 2),
    );
    if (!node) throw new Error('no node');
    const vm = state.hvVms.find(
      (v) => v.node === node.host && !v.serverId && v.power === 'running',
    );
    if (!vm) throw new Error('no vm');
    const flavor = state.flavors.find(
      (f) => f.is_public && f.vcpus >= vm.cpu && f.ram >= vm.memoryMB,
    );
    const small = state.flavors.find((f) => f.vcpus < vm.cpu || f.ram < vm.memoryMB);
    const image = state.images.find((i) => i.visibility === 'public');
    if (!flavor || !image) throw new Error('no flavor');
    return { p, zone, node, vm, flavor, small, image };
  }

  it('adopts a CAS VM into a project, where it appears as a server, and releases it', async () => {
    const { p, zone, node, vm, flavor, image } = setup();
    const body = {
      server: {
        name: 'adopted-erp',
        image: image.id,
        flavor: flavor.id,
        port_id: 'd6d18746-ab08-4da3-a4ad-e1d82f504a45',
        availability_zone: `${zone.zone}:${node.host}:${node.hypervisor_hostname}`,
        vmId: vm.id,
        config_drive: false,
      },
    };
    const url = `/os/compute/v1/server-ext/${p}/register/cas`;
    expectVendorError(await t.req('POST', url, { token: alice, body }), 403);
    expect((await t.req('POST', url, { token: admin, body })).status).toBe(200);
    expectVendorError(await t.req('POST', url, { token: admin, body }), 409);
    const servers = await t.req('GET', `/os/compute/v1/v2/${p}/servers/detail`, { token: alice });
    const s = servers.body.servers.find((x: { name: string }) => x.name === 'adopted-erp');
    expect(s).toMatchObject({ status: 'ACTIVE' });
    const hostVms = (await get(`${crm(node.host)}/vms-host-simple/${vm.hostId}`)).vms;
    expect(hostVms.find((v: { id: string }) => v.id === vm.id).uuid).toBe(s.id);
    // Release: wrong project, then the right one.
    expectVendorError(
      await t.req('DELETE', `/os/compute/v1/v2/${project(admin)}/cancel-managedVM/${s.id}`, {
        token: admin,
      }),
      404,
    );
    expect(
      (await t.req('DELETE', `/os/compute/v1/v2/${p}/cancel-managedVM/${s.id}`, { token: admin }))
        .status,
    ).toBe(200);
    const again = await t.req('GET', `/os/compute/v1/v2/${p}/servers/detail`, { token: alice });
    expect(again.body.servers.some((x: { id: string }) => x.id === s.id)).toBe(false);
    const back = (await get(`${crm(node.host)}/vms-host-simple/${vm.hostId}`)).vms;
    expect(back.find((v: { id: string }) => v.id === vm.id)).toMatchObject({
      uuid: '',
      vmStatus: 'running',
    });
  });

  it('refuses a flavor smaller than the VM and a zone without a CAS node', async () => {
    const { p, zone, node, vm, small, image } = setup();
    const url = `/os/compute/v1/server-ext/${p}/register/cas`;
    const base = { name: 'x', image: image.id, port_id: 'p', vmId: vm.id };
    if (small) {
      const r = await t.req('POST', url, {
        token: admin,
        body: {
          server: { ...base, flavor: small.id, availability_zone: `${zone.zone}:${node.host}` },
        },
      });
      expectVendorError(r, 400);
    }
    const r2 = await t.req('POST', url, {
      token: admin,
      body: { server: { ...base, flavor: 'nope', availability_zone: 'nowhere' } },
    });
    expectVendorError(r2, 400);
  });

  it('adopts a VMware VM found by name', async () => {
    const state = t.sim.state;
    const zone = state.azones.find((z) => z.virtType === 'VMware' && z.resourceType === 'nova');
    if (!zone) throw new Error('no zone');
    const ap = state.azoneProjects.find((a) => a.azoneId === zone.id);
    const p = ap?.projectId ?? '';
    const vm = state.hvVms.find((v) => v.node === VMW && !v.serverId && v.power === 'stopped');
    const flavor = state.flavors.find((f) => vm && f.vcpus >= vm.cpu && f.ram >= vm.memoryMB);
    const image = state.images[0];
    if (!vm || !flavor || !image || !p) throw new Error('setup');
    const r = await t.req('POST', `/os/compute/v1/server-ext/${p}/register`, {
      token: admin,
      body: {
        server: {
          name: vm.name,
          image: image.id,
          flavor: flavor.id,
          networks: [{ port: 'p1' }],
          availability_zone: `${zone.zone}:${VMW}`,
        },
      },
    });
    expect(r.status).toBe(200);
    const s = state.servers.find((x) => x.id === vm.serverId);
    expect(s).toMatchObject({ status: 'SHUTOFF', tenant_id: p });
    // A server that is not an adopted VM cannot be released.
    const plain = state.servers.find((x) => x.hypervisor_hostname === 'kvm2a01');
    if (plain)
      expectVendorError(
        await t.req('DELETE', `/os/compute/v1/v2/${plain.tenant_id}/cancel-managedVM/${plain.id}`, {
          token: admin,
        }),
        409,
      );
  });
});
