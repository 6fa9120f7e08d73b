import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectVendorError, startSim, type TestSim } from './helpers.ts';
import { ADMIN_PROJECT } from '../src/constants.ts';

const AUTH = '/os/kinton/v1/v3/auth/tokens';
let t: TestSim;
beforeEach(async () => {
  t = await startSim();
});
afterEach(async () => {
  await t.close();
});

const projectId = (name: string) => {
  const p = t.sim.state.projects.find((x) => x.name === name);
  if (!p) throw new Error(`no project ${name}`);
  return p.id;
};

describe('login (Keystone v3 password auth)', () => {
  it('issues a token in X-Subject-Token scoped to the default project, with roles', async () => {
    const res = await t.req('POST', AUTH, {
      body: {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: 'alice', password: 'cloudos' } },
          },
        },
      },
    });
    expect(res.status).toBe(201);
    expect(String(res.headers['x-subject-token'])).toMatch(/^gAAAAA/);
    expect(res.body.token.project.name).toBe('chengdu');
    expect(res.body.token.roles).toEqual([{ id: 'role-member', name: 'member' }]);
    expect(Date.parse(res.body.token.expires_at)).toBeGreaterThan(Date.now());
  });

  it('gives the cloud administrator the admin role and any project scope', async () => {
    const token = await t.login('admin', 'cloudos', projectId('mianyang'));
    const res = await t.req('GET', AUTH, { token, headers: { 'x-subject-token': token } });
    expect(res.status).toBe(200);
    expect(res.body.token.project.name).toBe('mianyang');
    expect(res.body.token.roles[0].name).toBe('admin');
  });

  it('refuses a wrong password, an unknown user and a disabled user with 401', async () => {
    for (const [name, password] of [
      ['alice', 'nope'],
      ['mallory', 'cloudos'],
      ['erin', 'cloudos'],
    ]) {
      const res = await t.req('POST', AUTH, {
        body: {
          auth: { identity: { methods: ['password'], password: { user: { name, password } } } },
        },
      });
      expectVendorError(res, 401);
    }
  });

  it('refuses a scope on a project the user is not assigned to', async () => {
    const res = await t.req('POST', AUTH, {
      body: {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: 'alice', password: 'cloudos' } },
          },
          scope: { project: { id: projectId('mianyang') } },
        },
      },
    });
    expectVendorError(res, 401);
  });

  it('refuses an empty project id or name instead of scoping to the default project', async () => {
    for (const project of [{ id: '' }, { name: '' }]) {
      const res = await t.req('POST', AUTH, {
        body: {
          auth: {
            identity: {
              methods: ['password'],
              password: { user: { name: 'alice', password: 'cloudos' } },
            },
            scope: { project },
          },
        },
      });
      expectVendorError(res, 400);
    }
  });

  it('re-scopes with the token method to another project of the same user', async () => {
    const token = await t.login('carol');
    const res = await t.req('POST', AUTH, {
      body: {
        auth: {
          identity: { methods: ['token'], token: { id: token } },
          scope: { project: { id: projectId('研发中心') } },
        },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.token.project.name).toBe('研发中心');
    expect(res.headers['x-subject-token']).not.toBe(token);
  });

  it('rejects a malformed auth body with 400, never 500', async () => {
    expectVendorError(
      await t.req('POST', AUTH, { body: { auth: { identity: { methods: ['kerberos'] } } } }),
      400,
    );
    expectVendorError(
      await t.req('POST', AUTH, {
        raw: '{"auth":',
        headers: { 'content-type': 'application/json' },
      }),
      400,
    );
    expectVendorError(await t.req('POST', AUTH, { body: { auth: {} } }), 400);
  });
});

describe('tokens', () => {
  it('401s without a token, with an unknown token and with an expired one', async () => {
    expectVendorError(await t.req('GET', '/os/kinton/v1/v3/projects'), 401);
    expectVendorError(
      await t.req('GET', '/os/kinton/v1/v3/projects', { token: 'gAAAAAbogus' }),
      401,
    );
    const token = await t.login('alice');
    expect((await t.req('GET', '/os/kinton/v1/v3/projects', { token })).status).toBe(200);
    await t.req('POST', '/__sim/expire-tokens');
    expectVendorError(await t.req('GET', '/os/kinton/v1/v3/projects', { token }), 401);
  });

  it('expires tokens after the configured lifetime', async () => {
    const short = await startSim({ tokenTtlSec: 0.05 });
    try {
      const token = await short.login('alice');
      await new Promise((r) => setTimeout(r, 80));
      expectVendorError(await short.req('GET', '/os/kinton/v1/v3/projects', { token }), 401);
    } finally {
      await short.close();
    }
  });

  it("revokes a token (logout); a tenant may not inspect another user's token", async () => {
    const alice = await t.login('alice');
    const bob = await t.login('bob');
    // Another user's live token answers as an unknown one does: nothing tells that it exists.
    const other = await t.req('GET', AUTH, { token: alice, headers: { 'x-subject-token': bob } });
    const unknown = await t.req('GET', AUTH, {
      token: alice,
      headers: { 'x-subject-token': 'no-such-token' },
    });
    expectVendorError(other, 404);
    expect({ ...other.body, requestId: '' }).toEqual({ ...unknown.body, requestId: '' });
    expect(
      (await t.req('DELETE', AUTH, { token: alice, headers: { 'x-subject-token': alice } })).status,
    ).toBe(204);
    expectVendorError(await t.req('GET', '/os/kinton/v1/v3/projects', { token: alice }), 401);
  });
});

describe('organisations, users and assignments (004 §1.18)', () => {
  it('lists every project to the admin and only its own to a tenant', async () => {
    const admin = await t.login('admin');
    const all = await t.req('GET', '/os/kinton/v1/v3/projects', { token: admin });
    expect(all.body.projects.length).toBe(t.sim.state.projects.length);
    expect(all.body.links).toMatchObject({ previous: '', next: '' });
    const carol = await t.login('carol');
    const mine = await t.req('GET', '/os/kinton/v1/v3/projects', { token: carol });
    expect(mine.body.projects.map((p: { name: string }) => p.name).sort()).toEqual([
      'chengdu',
      '研发中心',
    ]);
  });

  it("lists the AZs of an organisation; a tenant may not read another organisation's", async () => {
    const alice = await t.login('alice');
    const own = await t.req(
      'GET',
      `/os/kinton/v1/keystone/types/AzoneProject/assigments?targets=${projectId('chengdu')}`,
      { token: alice },
    );
    expect(own.status).toBe(200);
    expect(own.body.assigments.length).toBeGreaterThan(0);
    expect(own.body.assigments[0]).toMatchObject({
      type: 'AzoneProject',
      targetId: projectId('chengdu'),
    });
    expectVendorError(
      await t.req(
        'GET',
        `/os/kinton/v1/keystone/types/AzoneProject/assigments?targets=${ADMIN_PROJECT}`,
        { token: alice },
      ),
      403,
    );
    expectVendorError(
      await t.req('GET', '/os/kinton/v1/keystone/types/AzoneProject/assigments', { token: alice }),
      400,
    );
  });

  it('lists user/project assignments scoped to the caller', async () => {
    const admin = await t.login('admin');
    const all = await t.req('GET', '/os/kinton/v1/keystone/types/UserProjectGroup/assigments', {
      token: admin,
    });
    expect(all.body.assigments.length).toBe(t.sim.state.userProjects.length);
    const alice = await t.login('alice');
    const mine = await t.req('GET', '/os/kinton/v1/keystone/types/UserProjectGroup/assigments', {
      token: alice,
    });
    expect(new Set(mine.body.assigments.map((a: { targetId: string }) => a.targetId))).toEqual(
      new Set([projectId('chengdu')]),
    );
    const admins = all.body.assigments.filter(
      (a: { group: { name: string } }) => a.group.name === 'cloudos.rolegroup.cloud',
    );
    expect(admins[0].group.role_uuid).toBe('9e8abc4d-2436-4a3d-b728-bf2bf9cbfa36');
  });

  it('lists users to the admin only', async () => {
    const admin = await t.login('admin');
    const res = await t.req('GET', '/os/kinton/v1/v3/users-entities', { token: admin });
    expect(res.body.users.map((u: { name: string }) => u.name)).toContain('alice');
    expect(res.body.users[0]).not.toHaveProperty('password');
    expectVendorError(
      await t.req('GET', '/os/kinton/v1/v3/users-entities', { token: await t.login('alice') }),
      403,
    );
  });
});
