// The signed-in session: the token and what Keystone said about it. Kept in sessionStorage only
// (per tab, gone when the tab closes); never in localStorage, where any later visitor could read it.
import type { components } from '@contract/schema';

type TokenBody = components['schemas']['TokenResponse']['token'];
type Role = TokenBody['roles'][number];

export type Session = { token: string } & Pick<
  TokenBody,
  'expires_at' | 'user' | 'project' | 'roles'
>;

export const SESSION_STORAGE_KEY = 'cloudos.session';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function parseDomain(v: unknown): { id: string; name: string } | null {
  return isRecord(v) && isString(v.id) && isString(v.name) ? { id: v.id, name: v.name } : null;
}

function parseRole(v: unknown): Role | null {
  if (!isRecord(v) || !isString(v.id)) return null;
  if (v.name === 'admin' || v.name === 'member') return { id: v.id, name: v.name };
  return null;
}

/**
 * Builds a session from a token id and the body Keystone answered with (or what was stored).
 * Returns null when the body lacks what the console needs, rather than trusting its shape.
 */
export function toSession(token: string, body: unknown): Session | null {
  const t = isRecord(body) && isRecord(body.token) ? body.token : body;
  if (!token || !isRecord(t) || !isString(t.expires_at)) return null;
  const { user, project } = t;
  if (!isRecord(user) || !isString(user.id) || !isString(user.name)) return null;
  if (!isRecord(project) || !isString(project.id) || !isString(project.name)) return null;
  const userDomain = parseDomain(user.domain);
  const projectDomain = parseDomain(project.domain);
  if (!userDomain || !projectDomain || !Array.isArray(t.roles)) return null;
  return {
    token,
    expires_at: t.expires_at,
    user: {
      id: user.id,
      name: user.name,
      domain: userDomain,
      ...(isString(user.display_name) ? { display_name: user.display_name } : {}),
    },
    project: { id: project.id, name: project.name, domain: projectDomain },
    roles: t.roles.map(parseRole).filter((r): r is Role => r !== null),
  };
}

/** Who is looking, as pages scope their queries: outside React (route prefetch) too. */
export function viewerOf(session: Session | null): { isAdmin: boolean; projectId: string } {
  return { isAdmin: isAdmin(session), projectId: session?.project.id ?? '' };
}

/** A cloud administrator: the token carries the role named `admin`. */
export function isAdmin(session: Session | null): boolean {
  return session?.roles.some((r) => r.name === 'admin') ?? false;
}

export function isExpired(session: Session, now = Date.now()): boolean {
  const expiresAt = Date.parse(session.expires_at);
  return Number.isNaN(expiresAt) || expiresAt <= now;
}

// --- the store ---------------------------------------------------------------------------------

const listeners = new Set<() => void>();
let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

function readRaw(): string | null {
  try {
    return sessionStorage.getItem(SESSION_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The stored session (expired or not; check with isExpired). Stable identity between changes. */
export function getSession(): Session | null {
  const raw = readRaw();
  if (raw !== cached.raw) {
    let session: Session | null = null;
    try {
      const stored: unknown = raw ? JSON.parse(raw) : null;
      if (isRecord(stored) && isString(stored.token)) session = toSession(stored.token, stored);
    } catch {
      session = null;
    }
    cached = { raw, session };
  }
  return cached.session;
}

/** The session when it is still valid, else null. */
export function getValidSession(now = Date.now()): Session | null {
  const session = getSession();
  return session && !isExpired(session, now) ? session : null;
}

function notify() {
  for (const listener of listeners) listener();
}

export function setSession(session: Session) {
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  notify();
}

export function clearSession() {
  try {
    sessionStorage.removeItem(SESSION_STORAGE_KEY);
  } finally {
    notify();
  }
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// --- the moment before a session ends ----------------------------------------------------------

const endingListeners = new Set<() => void>();

/**
 * Runs `listener` just before an expired or refused session is cleared (not on logout), while
 * the page is still on screen: an open form saves what was typed, to offer it after re-login.
 */
export function onSessionEnding(listener: () => void): () => void {
  endingListeners.add(listener);
  return () => endingListeners.delete(listener);
}

export function announceSessionEnding() {
  for (const listener of endingListeners) {
    try {
      listener();
    } catch {
      // one listener's failure must not keep the session from ending
    }
  }
}
