// Calls to the platform as a given user, for seeding and reading what a test needs outside the
// console (as another console or the CLI would): a token from Keystone, then plain requests
// through the site's own API prefixes (so they land in the test's simulator world).
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { SESSION_STORAGE_KEY } from '../../src/api/session';

export type Who = { token: string; projectId: string };

/** Signs `user` in through Keystone's token API (not the page) and returns the token and project. */
export async function tokenOf(request: APIRequestContext, user: string): Promise<Who> {
  const answer = await request.post('/os/kinton/v1/v3/auth/tokens', {
    data: {
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: user, password: 'cloudos', domain: { id: 'default' } } },
        },
      },
    },
  });
  expect(answer.ok(), `token for ${user}: ${answer.status()}`).toBe(true);
  const body = (await answer.json()) as { token: { project: { id: string } } };
  return { token: answer.headers()['x-subject-token'] ?? '', projectId: body.token.project.id };
}

/** The token the page's session holds (sessionStorage), as the console sends it. */
export async function pageToken(page: Page): Promise<string> {
  const raw = await page.evaluate((key) => sessionStorage.getItem(key), SESSION_STORAGE_KEY);
  const token = raw ? (JSON.parse(raw) as { token?: unknown }).token : undefined;
  if (typeof token !== 'string' || !token) throw new Error('the page holds no session');
  return token;
}

/** JSON requests as `who` (X-Auth-Token), failing the test on an unexpected status. */
export function apiAs(request: APIRequestContext, who: Who) {
  const headers = { 'x-auth-token': who.token };
  const check = async (what: string, res: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(res.ok(), `${what}: ${res.status()} ${await res.text()}`).toBe(true);
    return res.status() === 204 ? undefined : ((await res.json()) as unknown);
  };
  return {
    get: async (path: string) => check(`GET ${path}`, await request.get(path, { headers })),
    post: async (path: string, data: unknown) =>
      check(`POST ${path}`, await request.post(path, { headers, data })),
    put: async (path: string, data: unknown) =>
      check(`PUT ${path}`, await request.put(path, { headers, data })),
  };
}
