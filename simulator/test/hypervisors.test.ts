import { describe, expect, it } from 'vitest';
import { ADMIN_PROJECT } from '../src/constants.ts';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

const CHENGDU = '66b6b770-d079-44a8-8cd9-3348bb185f60';
const url = (project: string) => `/os/compute/v1/v2/${project}/os-hypervisors/detail`;
let t: TestSim;
let admin: string;
let alice: string;

type Hv = Record<string, any> & { id: string; hypervisor_hostname: string };
const list = async (): Promise<Hv[]> => {
  const res = await t.req('GET', url(ADMIN_PROJECT), { token: admin });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.hypervisors;
};
const hv = async (name: string): Promise<Hv> => {
  const found = (await list()).find((h) => h.hypervisor_hostname === name);
  if (!found) throw new Error(`no hypervisor ${name}`);
  return found;
};
const byName = <T extends { name: string; id: string }>(items: T[], name: string) => {
  const found = items.find((x) => x.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found.id;
};
/** Boots a server of `token`'s project on `network` in `zone` (optionally `zone:node`). */
async function boot(token: string, project: string, zone: string, network: string) {
  const flavor = t.sim.state.flavors.find((x) => x.name === 'm1.large');
  const image = t.sim.state.images.find(
    (i) =>
      i.visibility === 'public' &&
      i.status === 'active' &&
      i.image_type === 'image' &&
      flavor !== undefined &&
      i.min_ram <= flavor.ram &&
      i.min_disk <= flavor.disk,
  );
  const res = await t.req('POST', `/os/compute/v1/v2/${project}/servers`, {
    token,
    body: {
      server: {
        name: 'hv-probe',
        imageRef: image?.id,
        flavorRef: flavor?.id,
        networks: [{ uuid: byName(t.sim.state.networks, network) }],
        security_groups: [{ name: 'default' }],
        metadata: { enableAdminPass: '1' },
        availability_zone: zone,
      },
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return String(res.body.server.id);
}
const serverOf = async (id: string, project: string, token: string) =>
  (await t.req('GET', `/os/compute/v1/v2/${project}/servers/${id}`, { token })).body.server;

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice] = await sim.logins('admin', 'alice');
});

describe('hypervisors (004:L8034)', () => {
  it('lists every host with string ids, capacity and consistent usage', async () => {
    const hvs = await list();
    expect(hvs.length).toBeGreaterThanOrEqual(9);
    expect(hvs.map((h) => h.id)).toEqual(hvs.map((_, i) => String(i + 1)));
    for (const h of hvs) {
      expect(h.free_ram_mb).toBe(h.memory_mb - h.memory_mb_used);
      expect(h.free_disk_gb).toBe(h.local_gb - h.local_gb_used);
      expect(h.memory_mb_used).toBeGreaterThanOrEqual(512);
      expect(typeof h.service.id).toBe('string');
      expect(['QEMU', 'VMware vCenter Server']).toContain(h.hypervisor_type);
      if (h.cpu_info !== null) expect(JSON.parse(h.cpu_info)).toHaveProperty('topology');
    }
    const cvk = hvs.find((h) => h.hypervisor_hostname === 'cvknode191(CVM10.125.26.11)');
    expect(cvk).toMatchObject({
      hypervisor_type: 'QEMU',
      hypervisor_version: 2007,
      status: 'enabled',
      state: 'up',
      service: { host: 'compcas5mbw87y2rc', disabled_reason: null },
    });
    expect(hvs.find((h) => h.hypervisor_hostname === 'esxi-01.dc01.local')?.hypervisor_type).toBe(
      'VMware vCenter Server',
    );
    // A host in maintenance and one whose service is down, neither with servers.
    const disabled = hvs.find((h) => h.status === 'disabled');
    expect(disabled?.service.disabled_reason).toMatch(/maintenance/);
    expect(disabled?.running_vms).toBe(0);
    expect(hvs.some((h) => h.state === 'down')).toBe(true);
  });

  it("names every placed server's hypervisor and counts its servers and flavors", async () => {
    const hvs = await list();
    const names = new Set(hvs.map((h) => h.hypervisor_hostname));
    const placed = t.sim.state.servers.filter((s) => s.hypervisor_hostname !== null);
    expect(placed.length).toBeGreaterThan(200);
    for (const s of placed) expect(names).toContain(s.hypervisor_hostname);
    for (const h of hvs) {
      const on = placed.filter(
        (s) => s.hypervisor_hostname === h.hypervisor_hostname && s.status !== 'SHELVED_OFFLOADED',
      );
      const flavors = on.map((s) => t.sim.state.flavors.find((f) => f.id === s.flavor_id));
      expect(h.running_vms).toBe(on.length);
      expect(h.vcpus_used).toBe(flavors.reduce((n, f) => n + (f?.vcpus ?? 0), 0));
      expect(h.memory_mb_used).toBe(512 + flavors.reduce((n, f) => n + (f?.ram ?? 0), 0));
      expect(h.current_workload).toBe(on.filter((s) => s.task_state !== null).length);
    }
  });

  it('counts a new server on its host, and releases it when shelved off the host', async () => {
    // Only this test moves the clock: no background run finishes the build before it is seen.
    t.sim.stop();
    t.settle();
    const node = 'cvknode192(CVM10.125.26.12)';
    const before = await hv(node);
    expect(before.current_workload).toBe(0);
    const id = await boot(alice, CHENGDU, 'cas191p1c1:compcas31qzy7d3rc', 'chengdu-biz');
    expect((await serverOf(id, CHENGDU, alice))['OS-EXT-SRV-ATTR:hypervisor_hostname']).toBe(node);

    const building = await hv(node);
    expect(building.running_vms).toBe(before.running_vms + 1);
    expect(building.vcpus_used).toBe(before.vcpus_used + 4);
    expect(building.memory_mb_used).toBe(before.memory_mb_used + 8192);
    expect(building.local_gb_used).toBe(before.local_gb_used + 80);
    expect(building.free_ram_mb).toBe(before.free_ram_mb - 8192);
    expect(building.current_workload).toBe(before.current_workload + 1);

    t.settle();
    expect((await hv(node)).current_workload).toBe(0);
    await t.req('POST', `/os/compute/v1/v2/${CHENGDU}/servers/${id}/action`, {
      token: alice,
      body: { shelve: null },
    });
    t.settle();
    expect((await serverOf(id, CHENGDU, alice)).status).toBe('SHELVED_OFFLOADED');
    const after = await hv(node);
    expect(after.running_vms).toBe(before.running_vms);
    expect(after.vcpus_used).toBe(before.vcpus_used);
  });

  it("gives a new nova zone a host that the zone's servers land on", async () => {
    const created = await t.req('POST', '/os/compute/v1/cloudos/azones', {
      token: admin,
      body: { labelName: 'lab-b', zone: 'lab_b', virtType: 'KVM', resourceType: 'nova' },
    });
    expect(created.status).toBe(200);
    const fresh = await hv('lab_b');
    expect(fresh).toMatchObject({ running_vms: 0, status: 'enabled', state: 'up' });
    expect(fresh.service.host).toBe('comp-lab_b');
    expect(Number(fresh.id)).toBe((await list()).length);

    await boot(admin, ADMIN_PROJECT, 'lab_b', 'public-net');
    expect((await hv('lab_b')).running_vms).toBe(1);
    const del = await t.req('DELETE', `/os/compute/v1/cloudos/azones/${created.body.id}`, {
      token: admin,
    });
    expectVendorError(del, 409);
  });

  it('is for cloud administrators only, in any project (403)', async () => {
    expectVendorError(await t.req('GET', url(CHENGDU), { token: alice }), 403);
    expectVendorError(await t.req('GET', url(ADMIN_PROJECT), { token: alice }), 403);
    expectVendorError(await t.req('GET', url(CHENGDU)), 401);
    expect((await t.req('GET', url(CHENGDU), { token: admin })).status).toBe(200);
  });
});
