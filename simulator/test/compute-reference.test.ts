// The reference data server create needs (undocumented nova proxies, api-notes I-31).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedState } from '../src/seed.ts';
import { expectVendorError } from './helpers.ts';
import { world, type World } from './server-fixtures.ts';

let w: World;
beforeEach(async () => {
  w = await world();
});
afterEach(async () => {
  await w.t.close();
});

const url = (token: string, tail: string) => `/os/compute/v1/v2/${w.project(token)}/${tail}`;
const get = (token: string, tail: string, as = token) =>
  w.t.req('GET', url(token, tail), { token: as });

describe('compute reference: networks (os-networks)', () => {
  it("lists the shared networks and the project's own, by label", async () => {
    const res = await get(w.alice, 'os-networks');
    expect(res.status).toBe(200);
    const labels = res.body.networks.map((n: { label: string }) => n.label);
    expect(labels).toEqual(['chengdu-biz', 'chengdu-db', 'public-net']);
    expect(res.body.networks[0]).toMatchObject({
      cidr: '10.11.0.0/16',
      shared: false,
      project_id: w.project(w.alice),
    });
    const bob = await get(w.bob, 'os-networks');
    expect(bob.body.networks.map((n: { label: string }) => n.label)).toEqual([
      'mianyang-net',
      'public-net',
    ]);
  });

  it('is 403 for another project path (the administrator may read any)', async () => {
    expectVendorError(await get(w.alice, 'os-networks', w.bob), 403);
    expect((await get(w.alice, 'os-networks', w.admin)).status).toBe(200);
    expectVendorError(await w.t.req('GET', url(w.alice, 'os-networks')), 401);
  });
});

describe('compute reference: volumes (os-volumes/detail)', () => {
  it("lists the project's volumes, newest first, with consistent status and attachments", async () => {
    const res = await get(w.alice, 'os-volumes/detail');
    expect(res.status).toBe(200);
    const volumes: Record<string, any>[] = res.body.volumes;
    const mine = w.t.sim.state.volumes.filter((v) => v.tenant_id === w.project(w.alice));
    expect(volumes).toHaveLength(mine.length);
    const created = volumes.map((v) => v.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    const statuses = new Set(volumes.map((v) => v.status));
    for (const s of ['available', 'in-use', 'error']) expect(statuses).toContain(s);
    expect(volumes.some((v) => v.bootable && v.status === 'available')).toBe(true);
    const servers = new Set(
      w.t.sim.state.servers.filter((s) => s.tenant_id === w.project(w.alice)).map((s) => s.id),
    );
    for (const v of volumes) {
      expect(v.status === 'in-use').toBe(v.attachments.length > 0);
      for (const a of v.attachments) {
        expect(servers.has(a.serverId)).toBe(true);
        expect(a.device).toMatch(/^\/dev\/vd[b-z]$/);
      }
    }
    // The attached volumes show on their server.
    const attached = volumes.find((v) => v.status === 'in-use');
    const server = await w.show(attached?.attachments[0].serverId, w.alice);
    expect(server['os-extended-volumes:volumes_attached']).toContainEqual({ id: attached?.id });
  });

  it('is 403 for another project path', async () => {
    expectVendorError(await get(w.alice, 'os-volumes/detail', w.bob), 403);
  });
});

describe('compute reference: security groups (os-security-groups)', () => {
  it("lists the project's groups, default first, with nova's rules", async () => {
    const res = await get(w.alice, 'os-security-groups');
    expect(res.status).toBe(200);
    const groups: Record<string, any>[] = res.body.security_groups;
    expect(groups[0]?.name).toBe('default');
    expect(groups[0]?.rules[0]).toMatchObject({
      ip_protocol: null,
      group: { name: 'default', tenant_id: w.project(w.alice) },
    });
    const web = groups.find((g) => g.name === 'web');
    expect(web?.rules).toContainEqual(
      expect.objectContaining({
        ip_protocol: 'tcp',
        from_port: 443,
        to_port: 443,
        ip_range: { cidr: '0.0.0.0/0' },
      }),
    );
    expect(groups.every((g) => g.tenant_id === w.project(w.alice))).toBe(true);
  });

  it('has a default group in every project, even one seeded without groups', async () => {
    w.t.sim.state.securityGroups = w.t.sim.state.securityGroups.filter(
      (g) => g.tenant_id !== w.project(w.bob),
    );
    const res = await get(w.bob, 'os-security-groups');
    expect(res.body.security_groups.map((g: { name: string }) => g.name)).toEqual(['default']);
    // And server create accepts it.
    const created = await w.t.req('POST', w.base(w.bob), {
      token: w.bob,
      body: w.body({
        networks: [{ uuid: w.networkId('mianyang-net') }],
        availability_zone: 'caz19',
        security_groups: [{ name: 'default' }],
      }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(202);
  });

  it('is 403 for another project path', async () => {
    expectVendorError(await get(w.alice, 'os-security-groups', w.bob), 403);
  });
});

describe('compute reference: seed', () => {
  it('seeds volumes and security groups per project, deterministically', () => {
    const a = seedState(7, 1);
    const b = seedState(7, 1);
    expect(a.volumes).toEqual(b.volumes);
    expect(a.securityGroups).toEqual(b.securityGroups);
    for (const p of a.projects) {
      const vols = a.volumes.filter((v) => v.tenant_id === p.id);
      expect(vols.filter((v) => v.bootable && v.status === 'available').length).toBeGreaterThan(0);
      expect(vols.some((v) => !v.bootable)).toBe(true);
      expect(
        a.securityGroups.filter((g) => g.tenant_id === p.id && g.name === 'default'),
      ).toHaveLength(1);
    }
    for (const v of a.volumes.filter((x) => x.status === 'in-use')) {
      const s = a.servers.find((x) => x.id === v.attachments[0]?.server_id);
      expect(s?.tenant_id).toBe(v.tenant_id);
    }
    // The new collections did not move the older seed data.
    expect(a.servers.map((s) => s.id)).toEqual(b.servers.map((s) => s.id));
  });
});
