import { describe, expect, it } from 'vitest';
import { ADMIN_PROJECT } from '../src/constants.ts';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

const CHENGDU = '66b6b770-d079-44a8-8cd9-3348bb185f60';
const ALL = '/os/kinton/v1/keystone/all-limits';
const limitsUrl = (project: string) => `/os/kinton/v1/keystone/${project}/limits`;
let t: TestSim;
let admin: string;
let alice: string;
let carol: string;
let dave: string;

const projectId = (name: string) => {
  const p = t.sim.state.projects.find((x) => x.name === name);
  if (!p) throw new Error(`no project ${name}`);
  return p.id;
};
const byName = <T extends { name: string; id: string }>(list: T[], name: string) => {
  const found = list.find((x) => x.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found.id;
};
async function absolute(project: string, token = admin) {
  const res = await t.req('GET', limitsUrl(project), { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.all_limits).toHaveLength(1);
  expect(res.body.all_limits[0].rate).toEqual([]);
  return res.body.all_limits[0].absolute;
}
/** What the servers of a project add up to, from the state. */
function counted(project: string) {
  const used = { instances: 0, cores: 0, ram: 0, nics: 0, volumes: 0, gigabytes: 0 };
  for (const s of t.sim.state.servers.filter((x) => x.tenant_id === project)) {
    const f = t.sim.state.flavors.find((x) => x.id === s.flavor_id);
    used.instances += 1;
    used.cores += f?.vcpus ?? 0;
    used.ram += f?.ram ?? 0;
    used.nics += s.ports.length;
  }
  for (const v of t.sim.state.volumes.filter((x) => x.tenant_id === project)) {
    used.volumes += 1;
    used.gigabytes += v.size;
  }
  return used;
}
/** A server of finance (dave) booted from a public image on `flavor`. */
function financeServer(name: string, flavor = 'm1.medium') {
  const f = t.sim.state.flavors.find((x) => x.name === flavor);
  const image = t.sim.state.images.find(
    (i) =>
      i.visibility === 'public' &&
      i.status === 'active' &&
      i.image_type === 'image' &&
      f !== undefined &&
      i.min_ram <= f.ram &&
      i.min_disk <= f.disk,
  );
  return t.req('POST', `/os/compute/v1/v2/${projectId('财务部')}/servers`, {
    token: dave,
    body: {
      server: {
        name,
        imageRef: image?.id,
        flavorRef: byName(t.sim.state.flavors, flavor),
        networks: [{ uuid: byName(t.sim.state.networks, 'finance-net') }],
        security_groups: [{ name: 'default' }],
        metadata: { enableAdminPass: '1' },
        availability_zone: 'caz19',
      },
    },
  });
}

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice, carol, dave] = await sim.logins('admin', 'alice', 'carol', 'dave');
});

describe('quota of one organisation (004:L22681)', () => {
  it("returns the compute quota and the servers' usage, stored and counted counters", async () => {
    const a = await absolute(CHENGDU, alice);
    const quota = t.sim.state.computeQuotas[CHENGDU];
    const used = counted(CHENGDU);
    expect(a).toMatchObject({
      projectId: CHENGDU,
      maxTotalInstances: quota?.instances,
      maxTotalCores: quota?.cores,
      maxTotalRAMSize: quota?.ram,
      totalInstancesUsed: used.instances,
      totalCoresUsed: used.cores,
      totalRAMUsed: used.ram,
      maxNetworks: 10,
      totalNetworksUsed: 2,
      totalSubnetsUsed: 2,
      totalVnicUsed: used.nics,
      maxTotalVolumes: 200,
      totalVolumesUsed: used.volumes,
      maxTotalVolumeGigabytes: 20480,
      totalGigabytesUsed: used.gigabytes,
      totalSecurityGroupsUsed: t.sim.state.securityGroups.filter((g) => g.tenant_id === CHENGDU)
        .length,
      maxTotalSnapshots: 100,
      totalSnapshotsUsed: 23,
    });
    expect(used.volumes).toBeGreaterThan(0);
    expect(used.instances).toBe(70);
    expect(a.network_addresses).toEqual([
      { cidr: '10.11.0.0/16', ip_pools: [{ start_ip: '10.11.0.2', end_ip: '10.11.255.254' }] },
      { cidr: '10.12.0.0/16', ip_pools: [{ start_ip: '10.12.0.2', end_ip: '10.12.255.254' }] },
    ]);
    // projectId, 21 limits, their 21 usage counters and network_addresses.
    expect(Object.keys(a)).toHaveLength(44);
    expect(a).toMatchObject({
      maxComputeExtendVirtualSnaps: 50,
      totalComputeExtendVirtualSnaps: 8,
    });
    const admins = await absolute(ADMIN_PROJECT);
    expect(admins.maxTotalInstances).toBe(-1);
    expect(admins.maxTotalVolumes).toBe(-1);
  });

  it('reports the numbers server create enforces, and follows create and delete', async () => {
    const finance = projectId('财务部');
    const before = await absolute(finance, dave);
    const room = before.maxTotalInstances - before.totalInstancesUsed;
    expect(room).toBe(3);
    const ids: string[] = [];
    for (let i = 0; i < room; i++) {
      const res = await financeServer(`fin-${i}`);
      expect(res.status, JSON.stringify(res.body)).toBe(202);
      ids.push(res.body.server.id);
    }
    const full = await absolute(finance, dave);
    expect(full.totalInstancesUsed).toBe(full.maxTotalInstances);
    expect(full.totalCoresUsed).toBe(before.totalCoresUsed + 2 * room);
    expect(full.totalRAMUsed).toBe(before.totalRAMUsed + 4096 * room);
    expect(full.totalVnicUsed).toBe(before.totalVnicUsed + room);
    expectVendorError(await financeServer('fin-over'), 403);

    await t.req('DELETE', `/os/compute/v1/v2/${finance}/servers/${ids[0]}`, { token: dave });
    t.settle();
    expect((await absolute(finance, dave)).totalInstancesUsed).toBe(full.totalInstancesUsed - 1);
  });

  it('lets a member read the organisations it belongs to, not others (403)', async () => {
    // carol's token is scoped to chengdu; she also belongs to 研发中心.
    expect((await absolute(projectId('研发中心'), carol)).projectId).toBe(projectId('研发中心'));
    const other = await t.req('GET', limitsUrl(projectId('mianyang')), { token: alice });
    expectVendorError(other, 403);
    expectVendorError(await t.req('GET', limitsUrl(ADMIN_PROJECT), { token: alice }), 403);
    expectVendorError(await t.req('GET', limitsUrl(CHENGDU)), 401);
  });

  it('answers 404 for an unknown organisation (403 for a member) and 400 for a bad id', async () => {
    const unknown = 'ffffffffffffffffffffffffffffffff';
    expectVendorError(await t.req('GET', limitsUrl(unknown), { token: admin }), 404);
    expectVendorError(await t.req('GET', limitsUrl(unknown), { token: alice }), 403);
    const long = await t.req('GET', limitsUrl('x'.repeat(37)), { token: admin });
    expectVendorError(long, 400);
    expect(long.body.details[0].path).toBe('path/projectId');
  });
});

describe('quota of every organisation (004:L22384, L23570)', () => {
  it('lists one entry per organisation, each the same as the single read', async () => {
    const res = await t.req('GET', ALL, { token: admin });
    expect(res.status).toBe(200);
    const ids = res.body.all_limits.map(
      (l: { absolute: { projectId: string } }) => l.absolute.projectId,
    );
    expect(ids).toEqual(t.sim.state.projects.map((p) => p.id));
    const chengdu = res.body.all_limits.find(
      (l: { absolute: { projectId: string } }) => l.absolute.projectId === CHENGDU,
    );
    expect(chengdu).toEqual({ rate: [], absolute: await absolute(CHENGDU) });
  });

  it('is for cloud administrators only (403)', async () => {
    expectVendorError(await t.req('GET', ALL, { token: alice }), 403);
    expectVendorError(await t.req('GET', ALL), 401);
  });
});

const setsUrl = (from: string, to: string) => `/os/kinton/v1/keystone/${from}/os-quota-sets/${to}`;

describe('quota update (004:L22983, L23680, L11484)', () => {
  it('accepts the integer example (004:L23173) as printed and echoes the stored sets', async () => {
    const lab = projectId('lab-archive');
    const body = {
      network: {
        subnet: 300,
        network: 300,
        floatingip: 300,
        router: 300,
        vpnservice: 300,
        firewall: 300,
        listener: 300,
        loadbalancer: 300,
        vnic: 300,
        vpcs: 300,
        security_group: 300,
        private_zone: 300,
        record_set: 300,
        network_addresses: [
          {
            cidr: '7.7.7.7/24',
            ip_version: 4,
            ip_pools: [{ start_ip: '7.7.7.1', end_ip: '7.7.7.255' }],
          },
        ],
      },
      compute: { quota_set: { cores: 300, instances: 300, ram: 3000000 } },
      block_storage: {
        quota_set: { snapshots: 300, gigabytes: 300000, volumes: 300, backups: 300 },
      },
    };
    const res = await t.req('PUT', setsUrl(ADMIN_PROJECT, lab), { token: admin, body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.compute.quota_set).toEqual({ cores: 300, instances: 300, ram: 3000000 });
    expect(res.body.network).toMatchObject({ router: 300, subnet: 300, port: -1 });
    expect(res.body.network.network_addresses).toEqual([
      { cidr: '7.7.7.0/24', ip_pools: [{ start_ip: '7.7.7.1', end_ip: '7.7.7.255' }] },
    ]);
    const a = await absolute(lab);
    expect(a).toMatchObject({
      maxTotalCores: 300,
      maxTotalInstances: 300,
      maxTotalRAMSize: 3000000,
      maxTotalVolumeGigabytes: 300000,
      maxTotalBackups: 300,
      maxSubnets: 300,
      maxVpc: 300,
    });
  });

  it('accepts the string example with the whole-VM snapshot quota (004:L11509), partially', async () => {
    // Sent to the retired lab, which uses nothing: the example's values are below admin's usage.
    const lab = projectId('lab-archive');
    const res = await t.req('PUT', setsUrl(ADMIN_PROJECT, lab), {
      token: admin,
      body: {
        compute: { quota_set: { cores: '501', instances: '501', ram: '513024' } },
        // gigabytes raised from the example's 501: the lab's volumes hold 640 GB.
        block_storage: { quota_set: { snapshots: '498', gigabytes: '1024', volumes: '501' } },
        file_share: { quota_set: { shares: '499', manila_gigabytes: '501' } },
        obj_stor: { quota_set: { obj_stor_buckets: '499', obj_stor_gigabytes: '501' } },
        compute_extend: { quota_set: { auto_virtual_snaps: '251', virtual_snaps: '501' } },
        eisoo_backup: { quota_set: { back_up: '500' } },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.file_share.quota_set).toEqual({ shares: 499, manila_gigabytes: 501 });
    expect(res.body.eisoo_backup.quota_set).toEqual({ back_up: 500 });
    const a = await absolute(lab);
    expect(a.maxComputeExtendVirtualSnaps).toBe(501);
    expect(a.maxComputeExtendAutoVirtualSnaps).toBe(251);
    // A block left out keeps its values.
    expect(a.maxNetworks).toBe(2);
  });

  it('refuses a limit below the usage with the numbers, and changes nothing', async () => {
    const before = await absolute(CHENGDU);
    const res = await t.req('PUT', setsUrl(ADMIN_PROJECT, CHENGDU), {
      token: admin,
      body: {
        compute: { quota_set: { cores: before.totalCoresUsed - 1, instances: 500 } },
        network: { network: 1 },
      },
    });
    expectVendorError(res, 400);
    expect(res.body.msg).toContain(
      `cores: ${before.totalCoresUsed - 1} is below the ${before.totalCoresUsed} in use`,
    );
    expect(res.body.msg).toContain('network: 1 is below the 2 in use');
    expect(await absolute(CHENGDU)).toEqual(before);
    // Exactly the usage is allowed, and then server create is refused.
    const finance = projectId('财务部');
    const used = (await absolute(finance)).totalInstancesUsed;
    const ok = await t.req('PUT', setsUrl(ADMIN_PROJECT, finance), {
      token: admin,
      body: { compute: { quota_set: { instances: used } } },
    });
    expect(ok.status).toBe(200);
    expectVendorError(await financeServer('fin-over'), 403);
  });

  it('rejects bad input: a malformed value, a CIDR, a pool outside it, an empty body', async () => {
    const put = (body: unknown) =>
      t.req('PUT', setsUrl(ADMIN_PROJECT, CHENGDU), { token: admin, body });
    expectVendorError(await put({ compute: { quota_set: { cores: 'many' } } }), 400);
    expectVendorError(await put({ compute: { quota_set: { cores: -2 } } }), 400);
    expectVendorError(
      await put({ network: { network_addresses: [{ cidr: '300.1.1.0/24' }] } }),
      400,
    );
    const pool = await put({
      network: {
        network_addresses: [
          { cidr: '10.9.0.0/24', ip_pools: [{ start_ip: '10.9.1.1', end_ip: '10.9.1.9' }] },
        ],
      },
    });
    expectVendorError(pool, 400);
    expect(pool.body.details[0].path).toBe('body/network/network_addresses/0/ip_pools/0');
    expectVendorError(await put({}), 400);
    expectVendorError(await put({ unknown: {} }), 400);
  });

  it('is for cloud administrators, from one of their organisations, to a known one', async () => {
    const body = { compute: { quota_set: { cores: 1000 } } };
    expectVendorError(await t.req('PUT', setsUrl(CHENGDU, CHENGDU), { token: alice, body }), 403);
    expectVendorError(await t.req('PUT', setsUrl(CHENGDU, CHENGDU), { token: admin, body }), 403);
    const unknown = 'ffffffffffffffffffffffffffffffff';
    expectVendorError(
      await t.req('PUT', setsUrl(ADMIN_PROJECT, unknown), { token: admin, body }),
      404,
    );
    expectVendorError(await t.req('PUT', setsUrl(ADMIN_PROJECT, CHENGDU), { body }), 401);
  });
});
