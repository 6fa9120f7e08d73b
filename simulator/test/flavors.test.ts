import { describe, expect, it } from 'vitest';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

const HP = '00974fcf-6cde-4647-a3b9-8fa9faedb061';
let t: TestSim;
let admin: string;
let alice: string;
let bob: string;
const project = (token: string) => t.project(token);
const base = (token: string) => `/os/compute/v1/v2/${project(token)}/flavors`;
type Flavor = Record<string, unknown> & { id: string; name: string };

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice, bob] = await sim.logins('admin', 'alice', 'bob');
});

describe('flavors (004 §1.16)', () => {
  it('lists id/name/links and details with ints and a float rxtx_factor', async () => {
    const list = await t.req('GET', base(alice), { token: alice });
    expect(list.status).toBe(200);
    const hp = list.body.flavors.find((f: Flavor) => f.id === HP);
    expect(hp).toMatchObject({ name: 'HP_4*16*60' });
    expect(Object.keys(hp).sort()).toEqual(['id', 'links', 'name']);
    expect(hp.links[0]).toEqual({
      rel: 'self',
      href: expect.stringMatching(new RegExp(`/os/compute/v1/v2/${project(alice)}/flavors/${HP}$`)),
    });

    const detail = await t.req('GET', `${base(alice)}/detail`, { token: alice });
    expect(detail.status).toBe(200);
    expect(detail.body.flavors.find((f: Flavor) => f.id === HP)).toMatchObject({
      ram: 16384,
      vcpus: 4,
      disk: 60,
      swap: 0,
      'OS-FLV-EXT-DATA:ephemeral': 0,
      rxtx_factor: 1,
      'OS-FLV-DISABLED:disabled': false,
      'os-flavor-access:is_public': true,
    });
    const rams = detail.body.flavors.map((f: { ram: number }) => f.ram);
    expect(rams).toEqual([...rams].sort((a, b) => a - b));

    const shown = await t.req('GET', `${base(bob)}/${HP}`, { token: bob });
    expect(shown.body.flavor).toMatchObject({ id: HP, name: 'HP_4*16*60', vcpus: 4 });
  });

  it('hides private and disabled flavors from tenants but not from administrators', async () => {
    const tenant = (await t.req('GET', `${base(alice)}/detail`, { token: alice })).body.flavors;
    const all = (await t.req('GET', `${base(admin)}/detail`, { token: admin })).body.flavors;
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(tenant.length).toBeLessThan(all.length);
    expect(
      tenant.every(
        (f: Record<string, boolean>) =>
          f['os-flavor-access:is_public'] && !f['OS-FLV-DISABLED:disabled'],
      ),
    ).toBe(true);
    const priv = all.find((f: Flavor) => f.name === 'db.8c64g');
    expect(priv['os-flavor-access:is_public']).toBe(false);
    // Show by id still works for a tenant (servers may use it).
    expect((await t.req('GET', `${base(alice)}/${priv.id}`, { token: alice })).status).toBe(200);
  });

  it('lets an administrator create flavors; id may be an int, a string or absent', async () => {
    const created = await t.req('POST', base(admin), {
      token: admin,
      body: { flavor: { id: 1, name: 'HP_6*66*66', ram: 66, vcpus: 6, disk: 66, rxtx_factor: 1 } },
    });
    expect(created.status).toBe(200);
    expect(created.body.flavor).toMatchObject({
      id: '1',
      name: 'HP_6*66*66',
      ram: 66,
      vcpus: 6,
      disk: 66,
      rxtx_factor: 1,
      'os-flavor-access:is_public': true,
    });

    const strings = await t.req('POST', base(admin), {
      token: admin,
      body: {
        flavor: {
          name: 'big',
          ram: '131072',
          vcpus: '32',
          disk: '500',
          rxtx_factor: '2.5',
          swap: 1024,
          'OS-FLV-EXT-DATA:ephemeral': '20',
          'os-flavor-access:is_public': false,
        },
      },
    });
    expect(strings.status).toBe(200);
    const big = strings.body.flavor;
    expect(big.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(big).toMatchObject({ ram: 131072, vcpus: 32, disk: 500, rxtx_factor: 2.5, swap: 1024 });
    expect(big['OS-FLV-EXT-DATA:ephemeral']).toBe(20);
    expect(
      (await t.req('GET', `${base(admin)}/${big.id}`, { token: admin })).body.flavor.name,
    ).toBe('big');
    // Private: not in a tenant's list.
    const tenant = (await t.req('GET', base(alice), { token: alice })).body.flavors;
    expect(tenant.some((f: Flavor) => f.id === big.id)).toBe(false);

    const named = await t.req('POST', base(admin), {
      token: admin,
      body: { flavor: { id: 'gpu.t4-x1', name: 'gpu t4', ram: 8192, vcpus: 4, disk: 80 } },
    });
    expect(named.body.flavor.id).toBe('gpu.t4-x1');
  });

  it('refuses bad input with 400 naming the field', async () => {
    const ok = { name: 'n', ram: 1024, vcpus: 1, disk: 10 };
    const bad: [unknown, RegExp][] = [
      [{ flavor: { ...ok, name: undefined } }, /name/],
      [{ flavor: { ...ok, name: '' } }, /name/],
      [{ flavor: { ...ok, name: ' padded ' } }, /name/],
      [{ flavor: { ...ok, name: 'nul\u0000inside' } }, /name/],
      [{ flavor: { ...ok, name: 'two\nlines' } }, /name/],
      [{ flavor: { ...ok, ram: 0 } }, /ram/],
      [{ flavor: { ...ok, ram: -1 } }, /ram/],
      [{ flavor: { ...ok, vcpus: 0 } }, /vcpus/],
      [{ flavor: { ...ok, vcpus: 'four' } }, /vcpus/],
      [{ flavor: { ...ok, disk: 1.5 } }, /disk/],
      [{ flavor: { ...ok, rxtx_factor: 0 } }, /rxtx_factor/],
      [{ flavor: { ...ok, id: 'has space' } }, /id/],
      [{ flavor: { ...ok, id: 'x'.repeat(37) } }, /id/],
      [{ flavor: { ...ok, vcups: 2 } }, /vcups/],
      [ok, /flavor/],
    ];
    for (const [body, field] of bad) {
      const res = await t.req('POST', base(admin), { token: admin, body });
      expectVendorError(res, 400);
      expect(res.body.msg).toMatch(field);
    }
  });

  it('refuses a used id or name (409), a tenant creating (403) and unknown ids (404)', async () => {
    expectVendorError(
      await t.req('POST', base(admin), {
        token: admin,
        body: { flavor: { id: HP, name: 'other', ram: 1024, vcpus: 1, disk: 1 } },
      }),
      409,
    );
    expectVendorError(
      await t.req('POST', base(admin), {
        token: admin,
        body: { flavor: { name: 'm1.small', ram: 1024, vcpus: 1, disk: 1 } },
      }),
      409,
    );
    expectVendorError(
      await t.req('POST', base(alice), {
        token: alice,
        body: { flavor: { name: 'mine', ram: 1024, vcpus: 1, disk: 1 } },
      }),
      403,
    );
    expectVendorError(await t.req('GET', `${base(alice)}/no-such-flavor`, { token: alice }), 404);
  });

  it("refuses another project's tenant_id (403) and a missing token (401)", async () => {
    expectVendorError(await t.req('GET', base(bob), { token: alice }), 403);
    expectVendorError(await t.req('GET', `${base(bob)}/detail`, { token: alice }), 403);
    expectVendorError(await t.req('GET', `${base(bob)}/${HP}`, { token: alice }), 403);
    expectVendorError(await t.req('GET', base(alice)), 401);
    // An administrator may use any project's path.
    expect((await t.req('GET', base(bob), { token: admin })).status).toBe(200);
  });
});
