// A server created in the cloud on a CAS or VMware compute node is a VM of that node's manager:
// it appears in the pool's VM lists once built, on the host its placement names, and goes with
// the server when it is deleted (resource-pools/server-vms.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { world, type World } from './server-fixtures.ts';

let w: World;
beforeEach(async () => {
  w = await world();
});
afterEach(async () => {
  await w.t.close();
});

const CAS = 'compcas5mbw87y2rc';
const VMW = 'compvmw01dc01rc';
type Vm = { id: string; uuid?: string; instanceUuid?: string; name: string; hostId?: string };

async function poolVms(kind: 'crm' | 'vrm', node: string, path: string): Promise<Vm[]> {
  const r = await w.t.req(
    'GET',
    `/os/compute/v1/cloudos/${kind}/${w.project(w.admin)}/${node}/${path}`,
    { token: w.admin },
  );
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.vms as Vm[];
}
const hostNamed = (node: string, name: string) => {
  const h = w.t.sim.state.hvHosts.find((x) => x.node === node && x.name === name);
  if (!h) throw new Error(`no host ${name}`);
  return h;
};

describe('servers created on a CAS or VMware node', () => {
  it('appear among the CAS pool VMs once built, on the node host or the CVK target, and leave with the server', async () => {
    const main = hostNamed(CAS, 'cvknode191');
    const target = hostNamed(CAS, 'cvknode102');
    const plain = await w.create(w.alice, {
      name: 'pool-web',
      availability_zone: `cas191p1c1:${CAS}`,
    });
    const aimed = await w.create(w.alice, {
      name: 'pool-db',
      availability_zone: `cas191p1c1:${CAS}:cvknode102`,
    });
    // Building: the manager has no VM for it yet.
    const before = await poolVms('crm', CAS, `vms-cluster-simple/${main.clusterId}`);
    expect(before.some((v) => v.uuid === plain)).toBe(false);
    w.t.settle();
    const cluster = await poolVms('crm', CAS, `vms-cluster-simple/${main.clusterId}`);
    const vm = cluster.find((v) => v.uuid === plain);
    const server = await w.show(plain, w.alice);
    expect(vm).toMatchObject({ name: server['OS-EXT-SRV-ATTR:instance_name'], hostId: main.id });
    expect(cluster.find((v) => v.uuid === aimed)).toMatchObject({ hostId: target.id });
    const onMain = await poolVms('crm', CAS, `vms-host-simple/${main.id}`);
    expect(onMain.find((v) => v.uuid === plain)).toMatchObject({
      title: 'pool-web',
      vmStatus: 'running',
    });
    // Its id is the node's own, distinct from every other VM there.
    const ids = w.t.sim.state.hvVms.filter((v) => v.node === CAS).map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Its power follows the server's.
    const stop = await w.t.req('POST', `${w.base(w.alice)}/${plain}/action`, {
      token: w.alice,
      body: { 'os-stop': null },
    });
    expect(stop.status).toBe(202);
    w.t.settle();
    const stopped = await poolVms('crm', CAS, `vms-host-simple/${main.id}`);
    expect(stopped.find((v) => v.uuid === plain)).toMatchObject({ vmStatus: 'shutOff' });
    // Deleted with the server.
    const del = await w.t.req('DELETE', `${w.base(w.alice)}/${plain}`, { token: w.alice });
    expect(del.status).toBe(204);
    w.t.settle();
    const after = await poolVms('crm', CAS, `vms-host-simple/${main.id}`);
    expect(after.some((v) => v.uuid === plain)).toBe(false);
    const detail = await w.t.req(
      'GET',
      `/os/compute/v1/cloudos/crm/${w.project(w.admin)}/${CAS}/hostDetail/${main.id}`,
      { token: w.admin },
    );
    expect(Number(detail.body.vmNum)).toBe(after.length);
  });

  it('one that fails to build (no valid host) is no VM anywhere', async () => {
    const id = await w.create(w.alice, {
      name: 'error-vm',
      availability_zone: `cas191p1c1:${CAS}`,
    });
    w.t.settle();
    expect(w.t.sim.state.hvVms.some((v) => v.serverId === id)).toBe(false);
  });

  it('appear among the VMware cluster VMs with the server as instanceUuid', async () => {
    const state = w.t.sim.state;
    const zone = state.azones.find((z) => z.zone === 'vmw_dc01' && z.resourceType === 'nova');
    const p = state.azoneProjects.find((a) => a.azoneId === zone?.id)?.projectId ?? '';
    const net = state.networks.find((n) => n.tenant_id === p);
    if (!net) throw new Error('no network');
    const token = await w.t.login('admin', 'cloudos', p);
    const r = await w.t.req('POST', `/os/compute/v1/v2/${p}/servers`, {
      token,
      body: w.body({
        name: 'vmw-app',
        availability_zone: `vmw_dc01:${VMW}`,
        networks: [{ uuid: net.id }],
      }),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    const id = String(r.body.server.id);
    w.t.settle();
    const main = hostNamed(VMW, 'esxi-01.dc01.local');
    const vms = await poolVms('vrm', VMW, `clusters/${main.clusterId}/vms/detail?host=${main.id}`);
    const vm = vms.find((v) => v.instanceUuid === id);
    expect((vm as { morId?: string } | undefined)?.morId).toMatch(/^vm-\d+$/);
    const del = await w.t.req('DELETE', `/os/compute/v1/v2/${p}/servers/${id}`, { token });
    expect(del.status).toBe(204);
    w.t.settle();
    const after = await poolVms('vrm', VMW, `clusters/${main.clusterId}/vms/detail`);
    expect(after.some((v) => v.instanceUuid === id)).toBe(false);
  });
});
