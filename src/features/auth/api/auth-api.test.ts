import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch, unreachableFetch } from '@/testing/fetch-stub';
import { tokenResponse } from '@/testing/factories';

// authPath is read from the environment when the module loads.
async function loadWithAuthPath(path: string | undefined) {
  vi.resetModules();
  if (path) vi.stubEnv('VITE_AUTH_PATH', path);
  return import('./auth-api');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('auth calls', () => {
  it('use the typed client on the default path', async () => {
    const fetch = stubFetch({
      'POST /os/kinton/v1/v3/auth/tokens': () =>
        json(201, tokenResponse('member'), { 'X-Subject-Token': 'tok' }),
    });
    const { loginWithPassword, authPath } = await loadWithAuthPath(undefined);
    expect(authPath).toBe('/os/kinton/v1/v3/auth/tokens');
    expect((await loginWithPassword('alice', 'cloudos')).token).toBe('tok');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('use plain fetch on a configured path, with the same results and errors', async () => {
    let seen: { token: string | null; subject: string | null } | undefined;
    stubFetch({
      'POST /identity/v3/auth/tokens': () =>
        json(201, tokenResponse('admin'), { 'X-Subject-Token': 'tok-2' }),
      'GET /identity/v3/auth/tokens': ({ headers }) => {
        seen = { token: headers.get('X-Auth-Token'), subject: headers.get('X-Subject-Token') };
        return json(401, { error: { code: 401, message: 'expired' } }, { 'x-request-id': 'r-1' });
      },
    });
    const { authPath, loginWithPassword, loginWithToken } = await loadWithAuthPath(
      '/identity/v3/auth/tokens',
    );
    expect(authPath).toBe('/identity/v3/auth/tokens');
    const session = await loginWithPassword('admin', 'cloudos');
    expect(session.token).toBe('tok-2');
    expect(session.roles).toEqual([{ id: 'role-admin', name: 'admin' }]);

    const error = await loginWithToken('old').catch((e: unknown) => e);
    expect(seen).toEqual({ token: 'old', subject: 'old' });
    // (resetModules gave this module its own copy of the ApiError class: compare by shape)
    expect(error).toMatchObject({
      name: 'ApiError',
      status: 401,
      message: 'expired',
      requestId: 'r-1',
    });
  });

  it('report an unreachable server as status 0', async () => {
    unreachableFetch();
    const { loginWithPassword } = await loadWithAuthPath('/identity/v3/auth/tokens');
    await expect(loginWithPassword('a', 'b')).rejects.toMatchObject({ status: 0 });
  });

  it('re-scope with the token method and the new project', async () => {
    let body: unknown;
    stubFetch({
      'POST /os/kinton/v1/v3/auth/tokens': (req) => {
        body = req.body;
        return json(201, tokenResponse('member'), { 'X-Subject-Token': 'tok-p2' });
      },
    });
    const { rescopeToProject } = await loadWithAuthPath(undefined);
    expect((await rescopeToProject('tok-p1', 'p2')).token).toBe('tok-p2');
    expect(body).toEqual({
      auth: {
        identity: { methods: ['token'], token: { id: 'tok-p1' } },
        scope: { project: { id: 'p2' } },
      },
    });
  });
});
