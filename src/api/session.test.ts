import { describe, expect, it, vi } from 'vitest';
import {
  SESSION_STORAGE_KEY,
  clearSession,
  getSession,
  getValidSession,
  isAdmin,
  isExpired,
  setSession,
  subscribeSession,
  toSession,
  type Session,
} from './session';

const body = (roles: { id: string; name: string }[], expires_at = '2099-01-01T00:00:00Z') => ({
  token: {
    methods: ['password'],
    expires_at,
    issued_at: '2026-11-22T00:00:00Z',
    user: {
      id: 'u1',
      name: 'alice',
      display_name: 'Alice',
      domain: { id: 'default', name: 'Default' },
    },
    project: { id: 'p1', name: 'chengdu', domain: { id: 'default', name: 'Default' } },
    roles,
    catalog: [],
  },
});

const tenant = (): Session => {
  const s = toSession('tok-1', body([{ id: 'r', name: 'member' }]));
  if (!s) throw new Error('fixture did not parse');
  return s;
};

describe('toSession', () => {
  it('keeps token, expiry, user, project and roles', () => {
    expect(tenant()).toEqual({
      token: 'tok-1',
      expires_at: '2099-01-01T00:00:00Z',
      user: {
        id: 'u1',
        name: 'alice',
        display_name: 'Alice',
        domain: { id: 'default', name: 'Default' },
      },
      project: { id: 'p1', name: 'chengdu', domain: { id: 'default', name: 'Default' } },
      roles: [{ id: 'r', name: 'member' }],
    });
  });

  it('rejects bodies without what the console needs', () => {
    expect(toSession('t', {})).toBeNull();
    expect(toSession('t', { token: { expires_at: 'x' } })).toBeNull();
    expect(toSession('', body([]))).toBeNull();
  });

  it('drops roles it does not know', () => {
    expect(toSession('t', body([{ id: 'x', name: 'reader' }]))?.roles).toEqual([]);
  });
});

describe('roles and expiry', () => {
  it('is admin only with a role named admin', () => {
    expect(isAdmin(toSession('t', body([{ id: 'r', name: 'admin' }])))).toBe(true);
    expect(isAdmin(tenant())).toBe(false);
    expect(isAdmin(null)).toBe(false);
  });

  it('expires at expires_at', () => {
    const s = { ...tenant(), expires_at: '2026-11-22T10:00:00Z' };
    expect(isExpired(s, Date.parse('2026-11-22T09:59:59Z'))).toBe(false);
    expect(isExpired(s, Date.parse('2026-11-22T10:00:00Z'))).toBe(true);
    expect(isExpired({ ...s, expires_at: 'garbage' })).toBe(true);
  });
});

describe('session store', () => {
  it('stores the session in sessionStorage and never in localStorage', () => {
    const local = vi.spyOn(Storage.prototype, 'setItem');
    setSession(tenant());
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toContain('tok-1');
    expect(localStorage.length).toBe(0);
    for (const call of local.mock.calls) expect(call[0]).toBe(SESSION_STORAGE_KEY);
    expect(getSession()).toEqual(tenant());
    local.mockRestore();
  });

  it('reads back the same object until it changes', () => {
    setSession(tenant());
    expect(getSession()).toBe(getSession());
  });

  it('clears the session and tells subscribers', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeSession(listener);
    setSession(tenant());
    clearSession();
    expect(getSession()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('ignores garbage in storage', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{not json');
    expect(getSession()).toBeNull();
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'x' }));
    expect(getSession()).toBeNull();
  });

  it('treats an expired session as no session', () => {
    setSession({ ...tenant(), expires_at: '2000-01-01T00:00:00Z' });
    expect(getSession()).not.toBeNull();
    expect(getValidSession()).toBeNull();
  });
});
