// What the standard OpenStack clients need beyond the documents ([S2]): nova's reads they call
// (x-undocumented), min_count/max_count, admins reading any project's server, glance's free-form
// properties on image create and server groups under the catalog's compute endpoint.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectVendorError } from './helpers.ts';
import { world, type World } from './server-fixtures.ts';

let w: World;
beforeEach(async () => {
  w = await world();
});
afterEach(async () => {
  await w.t.close();
});

const nova = (token: string, tail: string) => `/os/compute/v1/v2/${w.project(token)}${tail}`;
const get = (token: string, tail: string) => w.t.req('GET', nova(token, tail), { token });

describe('nova reads of the standard clients', () => {
  it('shows a network of the project; another project’s or an unknown one is 404', async () => {
    const own = w.networkId('chengdu-biz');
    const res = await get(w.alice, `/os-networks/${own}`);
    expect(res.status).toBe(200);
    expect(res.body.network).toMatchObject({ id: own, label: 'chengdu-biz' });
    expectVendorError(await get(w.bob, `/os-networks/${own}`), 404);
    expectVendorError(await get(w.alice, '/os-networks/nope'), 404);
    expectVendorError(
      await w.t.req('GET', `/os/compute/v1/v2/${w.project(w.bob)}/os-networks/${own}`, {
        token: w.alice,
      }),
      403,
    );
  });

  it('answers a flavor’s extra specs; an unknown flavor is 404', async () => {
    const res = await get(w.alice, `/flavors/${w.flavorId('m1.medium')}/os-extra_specs`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ extra_specs: {} });
    expectVendorError(await get(w.alice, '/flavors/nope/os-extra_specs'), 404);
  });

  it('shows a hypervisor and its uptime to an admin; 403 for a tenant, 404 unknown', async () => {
    const h = w.t.sim.state.hypervisors[0];
    if (!h) throw new Error('no hypervisor');
    const res = await get(w.admin, `/os-hypervisors/${h.id}`);
    expect(res.status).toBe(200);
    expect(res.body.hypervisor.hypervisor_hostname).toBe(h.hypervisor_hostname);
    expect((await get(w.admin, `/os-hypervisors/${h.id}/uptime`)).status).toBe(200);
    expectVendorError(await get(w.alice, `/os-hypervisors/${h.id}`), 403);
    expectVendorError(await get(w.admin, '/os-hypervisors/99999'), 404);
  });

  it('lists the availability zones of the project (with hosts in detail)', async () => {
    const res = await get(w.alice, '/os-availability-zone/detail');
    expect(res.status).toBe(200);
    const names = res.body.availabilityZoneInfo.map((z: { zoneName: string }) => z.zoneName);
    expect(names).toContain('cas191p1c1');
    const brief = await get(w.alice, '/os-availability-zone');
    expect(brief.body.availabilityZoneInfo[0].hosts).toBeNull();
    const all = await get(w.admin, '/os-availability-zone');
    expect(all.body.availabilityZoneInfo.length).toBeGreaterThanOrEqual(names.length);
  });

  it('shows the quota set of the own project; another project is 403, unknown 404', async () => {
    const res = await get(w.alice, `/os-quota-sets/${w.project(w.alice)}`);
    expect(res.status).toBe(200);
    expect(res.body.quota_set).toMatchObject({ id: w.project(w.alice) });
    expect(typeof res.body.quota_set.instances).toBe('number');
    expectVendorError(await get(w.alice, `/os-quota-sets/${w.project(w.bob)}`), 403);
    expectVendorError(await get(w.admin, '/os-quota-sets/nope'), 404);
    expect((await get(w.admin, `/os-quota-sets/${w.project(w.bob)}`)).status).toBe(200);
  });

  it('answers absolute limits with usage that counts a new server', async () => {
    const before = (await get(w.alice, '/limits')).body.limits.absolute;
    await w.create(w.alice);
    const after = (await get(w.alice, '/limits')).body.limits.absolute;
    expect(after.totalInstancesUsed).toBe(before.totalInstancesUsed + 1);
    expect(typeof after.maxTotalInstances).toBe('number');
  });

  it('serves server groups under v2/{project}; another project’s path is 403', async () => {
    const created = await w.t.req('POST', nova(w.alice, '/os-server-groups'), {
      token: w.alice,
      body: { server_group: { name: 'grp', policies: ['anti-affinity'] } },
    });
    expect(created.status).toBe(200);
    const id = created.body.server_group.id;
    const shown = await get(w.alice, `/os-server-groups/${id}`);
    expect(shown.body.server_group.name).toBe('grp');
    expectVendorError(await get(w.bob, `/os-server-groups/${id}`), 404);
    expectVendorError(
      await w.t.req('GET', `/os/compute/v1/v2/${w.project(w.bob)}/os-server-groups`, {
        token: w.alice,
      }),
      403,
    );
    const list = await get(w.alice, '/os-server-groups');
    expect(list.body.server_groups.some((g: { id: string }) => g.id === id)).toBe(true);
    const del = await w.t.req('DELETE', nova(w.alice, `/os-server-groups/${id}`), {
      token: w.alice,
    });
    expect(del.status).toBe(200);
  });
});

describe('server create with min_count/max_count', () => {
  it('creates N servers named -1..N and answers the first', async () => {
    const before = w.t.sim.state.servers.length;
    const res = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: w.body({ name: 'batch', min_count: 2, max_count: 3 }, 'm1.tiny'),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const made = w.t.sim.state.servers.slice(before);
    expect(made.map((s) => s.name)).toEqual(['batch-1', 'batch-2', 'batch-3']);
    expect(res.body.server.id).toBe(made[0]?.id);
  });

  it('refuses max_count < min_count (400) and more than the quota allows at least (403)', async () => {
    const bad = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: w.body({ min_count: 3, max_count: 2 }),
    });
    expectVendorError(bad, 400);
    const over = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: w.body({ min_count: 1000 }),
    });
    expectVendorError(over, 403);
  });
});

describe('an admin reads any project’s server under its own project', () => {
  it('answers the admin; a tenant still gets 404 for a foreign server', async () => {
    const id = await w.create(w.alice);
    const res = await w.t.req('GET', `${w.base(w.admin)}/${id}`, { token: w.admin });
    expect(res.status).toBe(200);
    expect(res.body.server.id).toBe(id);
    expectVendorError(await w.t.req('GET', `${w.base(w.bob)}/${id}`, { token: w.bob }), 404);
  });
});

describe('glance’s free-form properties on image create', () => {
  const image = {
    name: 'cli-img',
    disk_format: 'raw',
    container_format: 'bare',
    visibility: 'private',
    virt_type: 'CAS',
    cas_ostype: 'linux|CentOS 7(64-bit)',
    min_cpu: '1',
    min_ram: 64,
    min_disk: 1,
  };
  it('accepts string properties such as owner_specified.openstack.*', async () => {
    const res = await w.t.req('POST', '/os/image/v1/v2/images', {
      token: w.alice,
      body: {
        ...image,
        'owner_specified.openstack.md5': '',
        'owner_specified.openstack.object': 'images/x',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
  it('still validates the documented fields and refuses non-string extras', async () => {
    const noType = await w.t.req('POST', '/os/image/v1/v2/images', {
      token: w.alice,
      body: { ...image, virt_type: undefined, extra: 'x' },
    });
    expectVendorError(noType, 400);
    const nonString = await w.t.req('POST', '/os/image/v1/v2/images', {
      token: w.alice,
      body: { ...image, extra: 5 },
    });
    expectVendorError(nonString, 400);
  });
});
