// What a user had typed in a form when the session ended (token expired, or a 401), kept in
// sessionStorage (this tab only) until the same form opens again after re-login. Secrets are
// never kept (passwords, private keys, tokens), nor what JSON cannot hold (files, dates). A draft
// belongs to the user who typed it: someone else signing in at the same browser is never offered
// it, and logging out drops every draft.

const PREFIX = 'cloudos.draft:';
const SECRET = /pass|secret|private|token|credential/i;

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function clean(v: unknown): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    return v;
  if (Array.isArray(v)) {
    const items = v.map(clean);
    return items.includes(undefined) ? undefined : items;
  }
  if (isPlain(v)) {
    const out: Plain = {};
    for (const [k, x] of Object.entries(v)) {
      if (SECRET.test(k)) continue;
      const c = clean(x);
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  return undefined; // File, Blob, dayjs, functions: not kept
}

const isEmpty = (v: unknown) => v === '' || v === null || (Array.isArray(v) && v.length === 0);

/** Plain JSON values only, secrets dropped; null when nothing is worth keeping. */
export function keepable(values: unknown): Plain | null {
  const out = clean(values);
  if (!isPlain(out)) return null;
  return Object.values(out).some((v) => !isEmpty(v)) ? out : null;
}

export function saveDraft(key: string, values: unknown, owner = '') {
  const kept = keepable(values);
  if (!kept) return;
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify({ owner, values: kept }));
  } catch {
    // storage full or disabled: nothing to offer later
  }
}

/**
 * The draft `owner` kept for `key`, if any (it stays until `dropDraft`). Another user's draft is
 * dropped, never returned.
 */
export function readDraft(key: string, owner = ''): Plain | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    if (!isPlain(parsed) || !isPlain(parsed.values)) return null;
    if (parsed.owner !== owner) {
      dropDraft(key);
      return null;
    }
    return parsed.values;
  } catch {
    return null;
  }
}

/** Drops every kept draft (logout: the next person at this browser sees nothing of them). */
export function dropAllDrafts() {
  try {
    for (const k of Object.keys(sessionStorage))
      if (k.startsWith(PREFIX)) sessionStorage.removeItem(k);
  } catch {
    // storage disabled: nothing was kept
  }
}

export function dropDraft(key: string) {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // storage disabled: nothing was kept
  }
}
