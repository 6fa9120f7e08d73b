// Keystone v3 token calls: password login, validating a pasted token, re-scoping to another
// project, and logout. The path is a deployment setting (the production server's
// CLOUDOS_AUTH_PATH at run time, or VITE_AUTH_PATH at build time); the typed `api` client only
// knows the default path, so any other path is called with plain fetch.
import { ApiError, AUTH_PATH, api } from '@/api/client';
import { toApiError } from '@/api/api-error';
import type { components } from '@contract/schema';
import { readRuntimeConfig } from '@/api/runtime-config';
import { toSession, type Session } from '@/api/session';

type AuthRequest = components['schemas']['AuthRequest'];

const configured: unknown = readRuntimeConfig().authPath ?? import.meta.env.VITE_AUTH_PATH;
export const authPath =
  typeof configured === 'string' && configured.trim() ? configured.trim() : AUTH_PATH;

type AuthCall =
  | { method: 'POST'; body: AuthRequest; authToken?: string }
  | { method: 'GET' | 'DELETE'; subjectToken: string; authToken: string };

type AuthAnswer = { subjectToken: string | null; body: unknown };

async function viaClient(call: AuthCall): Promise<AuthAnswer> {
  const headers = call.authToken ? { 'X-Auth-Token': call.authToken } : undefined;
  if (call.method === 'POST') {
    const { data, response } = await api.POST(AUTH_PATH, { body: call.body, headers });
    return { subjectToken: response.headers.get('X-Subject-Token'), body: data };
  }
  const params = { header: { 'X-Subject-Token': call.subjectToken } };
  if (call.method === 'GET') {
    const { data, response } = await api.GET(AUTH_PATH, { params, headers });
    return { subjectToken: response.headers.get('X-Subject-Token'), body: data };
  }
  await api.DELETE(AUTH_PATH, { params, headers });
  return { subjectToken: null, body: undefined };
}

async function viaFetch(call: AuthCall): Promise<AuthAnswer> {
  const headers = new Headers({ Accept: 'application/json' });
  if (call.authToken) headers.set('X-Auth-Token', call.authToken);
  if (call.method !== 'POST') headers.set('X-Subject-Token', call.subjectToken);
  if (call.method === 'POST') headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await globalThis.fetch(authPath, {
      method: call.method,
      headers,
      body: call.method === 'POST' ? JSON.stringify(call.body) : undefined,
    });
  } catch (error) {
    throw new ApiError({
      status: 0,
      message: error instanceof Error ? error.message : String(error),
    });
  }
  const text = await response.text();
  let body: unknown = text || undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  if (!response.ok) throw toApiError(response.status, body, response.headers);
  return { subjectToken: response.headers.get('X-Subject-Token'), body };
}

const authCall = (call: AuthCall) => (authPath === AUTH_PATH ? viaClient(call) : viaFetch(call));

function sessionFrom(answer: AuthAnswer, fallbackToken?: string): Session {
  const session = toSession(answer.subjectToken ?? fallbackToken ?? '', answer.body);
  if (!session) {
    throw new ApiError({
      status: 502,
      message: 'The identity service answered without a usable token.',
    });
  }
  return session;
}

/** Password login; the token is scoped to the user's default project. */
export async function loginWithPassword(username: string, password: string): Promise<Session> {
  const answer = await authCall({
    method: 'POST',
    body: {
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: username, password, domain: { id: 'default' } } },
        },
      },
    },
  });
  return sessionFrom(answer);
}

/** Signs in with a token the user already has, after checking it with Keystone. */
export async function loginWithToken(token: string): Promise<Session> {
  const answer = await authCall({ method: 'GET', subjectToken: token, authToken: token });
  return sessionFrom(answer, token);
}

/** Exchanges the current token for one scoped to another project. */
export async function rescopeToProject(currentToken: string, projectId: string): Promise<Session> {
  const answer = await authCall({
    method: 'POST',
    authToken: currentToken,
    body: {
      auth: {
        identity: { methods: ['token'], token: { id: currentToken } },
        scope: { project: { id: projectId } },
      },
    },
  });
  return sessionFrom(answer);
}

/** Revokes a token (logout). Best effort: callers ignore failures, the session ends anyway. */
export async function revokeToken(token: string): Promise<void> {
  await authCall({ method: 'DELETE', subjectToken: token, authToken: token });
}
