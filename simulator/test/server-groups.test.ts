import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedState } from '../src/seed.ts';
import { expectVendorError } from './helpers.ts';
import { paths, world, type World } from './server-fixtures.ts';

const GROUPS = '/os/compute/v1/v2.1/os-server-groups';
let w: World;

beforeEach(async () => {
  w = await world();
});
afterEach(async () => {
  await w.t.close();
});

async function createGroup(token: string, name: string, policies: unknown = ['affinity']) {
  const res = await w.t.req('POST', GROUPS, { token, body: { server_group: { name, policies } } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.server_group as { id: string; members: string[]; policies: string[] };
}
const list = async (token: string, query = '') =>
  (await w.t.req('GET', `${GROUPS}${query}`, { token })).body.server_groups as {
    id: string;
    name: string;
    members: string[];
    project_id: string;
  }[];
const hint = (group: string) => ({ 'os:scheduler_hints': { group } });

describe('server groups: create, list, delete (004:L8219, L8308, L8406)', () => {
  it('creates a group of the token project and user, and lists it', async () => {
    const g = await createGroup(w.alice, '数据库-反亲和', ['anti-affinity']);
    expect(g).toMatchObject({
      name: '数据库-反亲和',
      policies: ['anti-affinity'],
      members: [],
      project_id: w.project(w.alice),
      user_id: w.t.sim.state.users.find((u) => u.name === 'alice')?.id,
      metadata: {},
    });
    const mine = await list(w.alice);
    expect(mine.map((x) => x.id)).toContain(g.id);
    expect(mine.every((x) => x.project_id === w.project(w.alice))).toBe(true);
    const names = mine.map((x) => x.name);
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
    // Another project does not see it.
    expect((await list(w.bob)).some((x) => x.id === g.id)).toBe(false);
  });

  it('accepts a bare policy string (api-notes I-27) and stores it as a list', async () => {
    const g = await createGroup(w.alice, 'bare', 'anti-affinity');
    expect(g.policies).toEqual(['anti-affinity']);
  });

  it('answers 400 naming the field for bad names and policies', async () => {
    const cases: [unknown, unknown, string][] = [
      ['', ['affinity'], 'body/server_group/name'],
      ['a'.repeat(65), ['affinity'], 'body/server_group/name'],
      ['.hidden', ['affinity'], 'body/server_group/name'],
      ['trailing.', ['affinity'], 'body/server_group/name'],
      ['a/b', ['affinity'], 'body/server_group/name'],
      ['ａｂｃ', ['affinity'], 'body/server_group/name'],
      ['ok', ['soft-affinity'], 'body/server_group/policies'],
      ['ok', ['affinity', 'anti-affinity'], 'body/server_group/policies'],
      ['ok', [], 'body/server_group/policies'],
      [undefined, ['affinity'], 'body/server_group/name'],
    ];
    for (const [name, policies, path] of cases) {
      const res = await w.t.req('POST', GROUPS, {
        token: w.alice,
        body: { server_group: { name, policies } },
      });
      expectVendorError(res, 400);
      expect(paths(res.body), `${String(name)} ${JSON.stringify(policies)}`).toContain(path);
    }
  });

  it('lists every project for an administrator with all_projects; 403 for a tenant', async () => {
    expectVendorError(await w.t.req('GET', `${GROUPS}?all_projects=true`, { token: w.alice }), 403);
    const all = await list(w.admin, '?all_projects=true');
    expect(new Set(all.map((g) => g.project_id)).size).toBeGreaterThanOrEqual(5);
    const own = await list(w.admin);
    expect(own.every((g) => g.project_id === w.project(w.admin))).toBe(true);
  });

  it('deletes (200, no body); 404 for an unknown group or one of another project', async () => {
    const g = await createGroup(w.alice, 'to-delete');
    expectVendorError(await w.t.req('DELETE', `${GROUPS}/${g.id}`, { token: w.bob }), 404);
    expectVendorError(await w.t.req('DELETE', `${GROUPS}/no-such-group`, { token: w.alice }), 404);
    const del = await w.t.req('DELETE', `${GROUPS}/${g.id}`, { token: w.alice });
    expect(del.status).toBe(200);
    expect(del.body).toBeUndefined();
    expect((await list(w.alice)).some((x) => x.id === g.id)).toBe(false);
    expectVendorError(await w.t.req('DELETE', `${GROUPS}/${g.id}`, { token: w.alice }), 404);
    // An administrator may delete another project's group.
    const other = await createGroup(w.bob, 'bobs');
    expect((await w.t.req('DELETE', `${GROUPS}/${other.id}`, { token: w.admin })).status).toBe(200);
  });

  it('deletes a group with members; the servers stay', async () => {
    const g = await createGroup(w.alice, 'with-members');
    const id = await w.create(w.alice, {}, hint(g.id));
    expect((await w.t.req('DELETE', `${GROUPS}/${g.id}`, { token: w.alice })).status).toBe(200);
    w.t.settle();
    expect((await w.show(id, w.alice)).status).toBe('ACTIVE');
  });

  it('needs a token (401)', async () => {
    expectVendorError(await w.t.req('GET', GROUPS, {}), 401);
  });
});

describe('server groups: membership and placement (api-notes 4.8)', () => {
  it('refuses a scheduler hint that is not a group of the project (400)', async () => {
    const bobs = await createGroup(w.bob, 'bobs');
    for (const group of ['no-such-group', bobs.id]) {
      const res = await w.t.req('POST', w.base(w.alice), {
        token: w.alice,
        body: { ...w.body(), ...hint(group) },
      });
      expectVendorError(res, 400);
      expect(paths(res.body)).toEqual(['body/os:scheduler_hints/group']);
    }
  });

  it('affinity: every member lands on the compute node of the first', async () => {
    const g = await createGroup(w.alice, 'together');
    const first = await w.create(w.alice, { name: 'aff-1' }, hint(g.id));
    const host = (await w.show(first, w.alice))['OS-EXT-SRV-ATTR:host'];
    for (let i = 2; i <= 5; i++) {
      const id = await w.create(w.alice, { name: `aff-${i}` }, hint(g.id));
      expect((await w.show(id, w.alice))['OS-EXT-SRV-ATTR:host']).toBe(host);
    }
    const listed = (await list(w.alice)).find((x) => x.id === g.id);
    expect(listed?.members).toHaveLength(5);
    expect(listed?.members[0]).toBe(first);
    w.t.settle();
    expect((await w.show(first, w.alice)).status).toBe('ACTIVE');
  });

  it('affinity: a member on another node than the requested one means no valid host (ERROR)', async () => {
    const g = await createGroup(w.alice, 'pinned');
    await w.create(w.alice, { availability_zone: 'cas191p1c1:compcas5mbw87y2rc' }, hint(g.id));
    const id = await w.create(
      w.alice,
      { name: 'elsewhere', availability_zone: 'cas191p1c1:compcas31qzy7d3rc' },
      hint(g.id),
    );
    w.t.settle();
    const s = await w.show(id, w.alice);
    expect(s.status).toBe('ERROR');
    expect(s['OS-EXT-SRV-ATTR:host']).toBeNull();
  });

  it('anti-affinity: members on distinct nodes, then ERROR "No valid host" when none is left', async () => {
    const g = await createGroup(w.alice, 'spread', ['anti-affinity']);
    const a = await w.create(w.alice, { name: 'spread-1' }, hint(g.id));
    const b = await w.create(w.alice, { name: 'spread-2' }, hint(g.id));
    const hostA = (await w.show(a, w.alice))['OS-EXT-SRV-ATTR:host'];
    const hostB = (await w.show(b, w.alice))['OS-EXT-SRV-ATTR:host'];
    expect(new Set([hostA, hostB])).toEqual(new Set(['compcas5mbw87y2rc', 'compcas31qzy7d3rc']));

    // cas191p1c1 has two compute nodes: the third member is accepted, then fails to schedule.
    const res = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: { ...w.body({ name: 'spread-3' }), ...hint(g.id) },
    });
    expect(res.status).toBe(202);
    const c = String(res.body.server.id);
    expect((await w.show(c, w.alice)).status).toBe('BUILD');
    w.t.settle();
    const failed = await w.show(c, w.alice);
    expect(failed.status).toBe('ERROR');
    expect(failed['OS-EXT-STS:vm_state']).toBe('error');
    expect(failed['OS-EXT-SRV-ATTR:host']).toBeNull();
    expect(failed.fault.code).toBe(500);
    expect(failed.fault.message).toMatch(/^No valid host was found/);
    expect((await w.show(a, w.alice)).fault).toBeUndefined();
    // The failed server is still a member (nova records it at the API).
    expect((await list(w.alice)).find((x) => x.id === g.id)?.members).toEqual([a, b, c]);

    // Deleting a member frees its node and leaves the group.
    await w.t.req('DELETE', `${w.base(w.alice)}/${a}`, { token: w.alice });
    w.t.settle();
    expect((await list(w.alice)).find((x) => x.id === g.id)?.members).toEqual([b, c]);
    const d = await w.create(w.alice, { name: 'spread-4' }, hint(g.id));
    expect((await w.show(d, w.alice))['OS-EXT-SRV-ATTR:host']).toBe(hostA);
  });

  it('anti-affinity: a requested node already used by a member means ERROR', async () => {
    const g = await createGroup(w.alice, 'spread', ['anti-affinity']);
    await w.create(w.alice, { availability_zone: 'cas191p1c1:compcas5mbw87y2rc' }, hint(g.id));
    const id = await w.create(
      w.alice,
      { name: 'same-node', availability_zone: 'cas191p1c1:compcas5mbw87y2rc' },
      hint(g.id),
    );
    w.t.settle();
    expect((await w.show(id, w.alice)).status).toBe('ERROR');
  });

  it('the administrator places into a group of the path project only', async () => {
    const g = await createGroup(w.alice, 'alices');
    const path = w.base(w.alice);
    const ok = await w.t.req('POST', path, {
      token: w.admin,
      body: { ...w.body(), ...hint(g.id) },
    });
    expect(ok.status).toBe(202);
    const adminGroup = (await list(w.admin))[0];
    const bad = await w.t.req('POST', path, {
      token: w.admin,
      body: { ...w.body(), ...hint(adminGroup?.id ?? '') },
    });
    expectVendorError(bad, 400);
  });
});

describe('server groups: seed', () => {
  it('seeds groups per project whose members agree with their policy', () => {
    const state = seedState(20261122, 1);
    for (const p of state.projects) {
      const mine = state.serverGroups.filter((g) => g.project_id === p.id);
      expect(mine.length, p.name).toBeGreaterThanOrEqual(2);
      expect(mine.some((g) => g.members.length === 0)).toBe(true);
    }
    for (const g of state.serverGroups) {
      const members = g.members.map((id) => state.servers.find((s) => s.id === id));
      expect(members.every((s) => s?.tenant_id === g.project_id && s.host !== null)).toBe(true);
      const hosts = new Set(members.map((s) => s?.host));
      if (g.policies[0] === 'affinity') expect(hosts.size).toBeLessThanOrEqual(1);
      else expect(hosts.size).toBe(members.length);
    }
    // As in nova, a server belongs to one group at most.
    const all = state.serverGroups.flatMap((g) => g.members);
    expect(new Set(all).size).toBe(all.length);
  });
});
