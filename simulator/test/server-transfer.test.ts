// 主机资产转移 (004:L7948): a new owner, and the owner's project when the server's is not theirs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectVendorError } from './helpers.ts';
import { paths, world, type World } from './server-fixtures.ts';

let w: World;
beforeEach(async () => {
  w = await world();
});
afterEach(async () => {
  await w.t.close();
});

const userId = (name: string) => {
  const u = w.t.sim.state.users.find((x) => x.name === name);
  if (!u) throw new Error(`no user ${name}`);
  return u.id;
};
const transfer = (id: string, user: string, token = w.alice) =>
  w.t.req('POST', `/os/compute/v1/cloudos/h3cloudos-servers/${id}/transfer`, {
    token,
    body: { transfer: { user_id: user } },
  });
const groupsOf = (id: string) =>
  w.t.sim.state.serverGroups.filter((g) => g.members.includes(id)).map((g) => g.id);

describe('servers: asset transfer (004:L7948)', () => {
  it('gives the server to a member of its project: owner changes, project stays', async () => {
    const id = await w.create(w.alice);
    w.t.settle();
    const res = await transfer(id, userId('carol'));
    expect(res.status).toBe(202);
    expect(res.body).toBeUndefined();
    const s = await w.show(id, w.alice);
    expect(s.user_id).toBe(userId('carol'));
    expect(s.metadata.user_name).toBe('carol');
    expect(s.tenant_id).toBe(w.project(w.alice));
  });

  it("moves the server to the user's first organisation, with its quota, volumes and lease", async () => {
    const state = w.t.sim.state;
    const chengdu = w.project(w.alice);
    const mianyang = w.project(w.bob);
    // A seeded chengdu server with a data volume, a lease and a group.
    const s = state.servers.find(
      (x) =>
        x.tenant_id === chengdu &&
        x.task_state === null &&
        state.volumes.some((v) => v.attachments.some((a) => a.server_id === x.id)),
    );
    if (!s) throw new Error('no seeded server with a volume');
    const group = state.serverGroups.find((g) => g.project_id === chengdu);
    group?.members.push(s.id);
    if (!state.leases.some((l) => l.resUuid === s.id)) {
      const l = state.leases.find((x) => x.tenantId === chengdu);
      if (l) l.resUuid = s.id;
    }
    const before = (await w.t.req('GET', `${w.base(w.bob)}/detail`, { token: w.bob })).body.servers
      .length;

    expect((await transfer(s.id, userId('bob'))).status).toBe(202);
    expectVendorError(await w.t.req('GET', `${w.base(w.alice)}/${s.id}`, { token: w.alice }), 404);
    const moved = await w.show(s.id, w.bob);
    expect(moved.tenant_id).toBe(mianyang);
    expect(moved.user_id).toBe(userId('bob'));
    expect(moved.metadata.user_name).toBe('bob');
    const after = (await w.t.req('GET', `${w.base(w.bob)}/detail`, { token: w.bob })).body.servers;
    expect(after.length).toBe(before + 1);
    // Volumes and lease follow; the group (of chengdu) is left.
    for (const v of state.volumes.filter((x) => x.attachments.some((a) => a.server_id === s.id)))
      expect([v.tenant_id, v.user_id]).toEqual([mianyang, userId('bob')]);
    const lease = state.leases.find((l) => l.resUuid === s.id);
    expect(lease).toMatchObject({
      tenantId: mianyang,
      userUuid: userId('bob'),
      userName: 'bob',
      email: 'bob@test.com',
    });
    expect(groupsOf(s.id)).toEqual([]);
    // Bob may now act on it; Alice may not.
    expect(
      (
        await w.t.req('POST', `${w.base(w.bob)}/${s.id}/action`, {
          token: w.bob,
          body: { 'os-stop': null },
        })
      ).status,
    ).not.toBe(404);
    expectVendorError(await transfer(s.id, userId('alice')), 404);
  });

  it("refuses a move the target project's quota cannot hold (403) and changes nothing", async () => {
    const res = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: w.body({}, 'HP_16*64*200'),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const id = String(res.body.server.id);
    w.t.settle();
    const refused = await transfer(id, userId('dave'));
    expectVendorError(refused, 403);
    expect(refused.body.msg).toMatch(/^Quota exceeded for cores/);
    const s = await w.show(id, w.alice);
    expect(s.tenant_id).toBe(w.project(w.alice));
    expect(s.metadata.user_name).toBe('alice');
  });

  it('answers 400 naming user_id for an unknown, disabled or current owner, or no organisation', async () => {
    const id = await w.create(w.alice);
    w.t.settle();
    w.t.sim.state.users.push({
      id: 'f'.repeat(32),
      name: 'nobody',
      enabled: true,
      domain_id: 'default',
      display_name: 'No organisation',
      password: 'cloudos',
      defaultProjectId: null,
    });
    for (const user of ['no-such-user', userId('erin'), userId('alice'), 'f'.repeat(32)]) {
      const res = await transfer(id, user);
      expectVendorError(res, 400);
      expect(paths(res.body), user).toEqual(['body/transfer/user_id']);
    }
    const bad = await w.t.req('POST', `/os/compute/v1/cloudos/h3cloudos-servers/${id}/transfer`, {
      token: w.alice,
      body: { transfer: {} },
    });
    expectVendorError(bad, 400);
    expect(paths(bad.body)).toEqual(['body/transfer/user_id']);
  });

  it('is 404 for an unknown server or one of another project; the administrator may transfer any', async () => {
    expectVendorError(await transfer('no-such-server', userId('carol')), 404);
    const id = await w.create(w.alice);
    w.t.settle();
    expectVendorError(await transfer(id, userId('dave'), w.bob), 404);
    expect((await transfer(id, userId('carol'), w.admin)).status).toBe(202);
    expect((await w.show(id, w.alice)).user_id).toBe(userId('carol'));
  });

  it('is 409 while a task runs (building, deleting)', async () => {
    const id = await w.create(w.alice);
    const building = await transfer(id, userId('carol'));
    expectVendorError(building, 409);
    expect(building.body.msg).toBe(
      `Cannot 'transfer' instance ${id} while it is in task_state spawning`,
    );
    w.t.settle();
    await w.t.req('DELETE', `${w.base(w.alice)}/${id}`, { token: w.alice });
    expectVendorError(await transfer(id, userId('carol')), 409);
  });

  it('needs a token (401)', async () => {
    const res = await w.t.req('POST', '/os/compute/v1/cloudos/h3cloudos-servers/x/transfer', {
      body: { transfer: { user_id: 'x' } },
    });
    expectVendorError(res, 401);
  });
});
