import type { components } from '@contract/schema';
import { setSession, toSession, type Session } from '@/api/session';

type TokenResponse = components['schemas']['TokenResponse'];
const DOMAIN = { id: 'default', name: 'Default' };

export function tokenResponse(
  role: 'admin' | 'member',
  overrides: Partial<TokenResponse['token']> = {},
): TokenResponse {
  return {
    token: {
      methods: ['password'],
      expires_at: new Date(Date.now() + 3600_000).toISOString(),
      issued_at: new Date().toISOString(),
      user:
        role === 'admin'
          ? { id: 'u-admin', name: 'admin', domain: DOMAIN }
          : { id: 'u-alice', name: 'alice', domain: DOMAIN },
      project:
        role === 'admin'
          ? { id: 'p-admin', name: 'admin', domain: DOMAIN }
          : { id: 'p-chengdu', name: 'chengdu', domain: DOMAIN },
      roles: [{ id: `role-${role}`, name: role }],
      catalog: [],
      ...overrides,
    },
  };
}

/** Puts a signed-in session for an admin or a tenant into sessionStorage. */
export function signIn(role: 'admin' | 'member', token = `tok-${role}`): Session {
  const session = toSession(token, tokenResponse(role));
  if (!session) throw new Error('tokenResponse() did not make a session');
  setSession(session);
  return session;
}

export function projectsResponse(...names: string[]): {
  links: components['schemas']['CollectionLinks'];
  projects: components['schemas']['Project'][];
} {
  return {
    links: { self: '/v3/projects', previous: '', next: '' },
    projects: names.map((name) => ({ id: `p-${name}`, name, enabled: true, domain_id: 'default' })),
  };
}
