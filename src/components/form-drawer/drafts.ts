// What a user had typed in a form when the session ended (token expired, or a 401), kept in
// sessionStorage (this tab only) until the same form opens again after re-login. Secrets are
// never kept (passwords, private keys, tokens), nor what JSON cannot hold (files, dates).

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

export function saveDraft(key: string, values: unknown) {
  const kept = keepable(values);
  if (!kept) return;
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(kept));
  } catch {
    // storage full or disabled: nothing to offer later
  }
}

/** The draft kept for `key`, if any (it stays until `dropDraft`). */
export function readDraft(key: string): Plain | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    return isPlain(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function dropDraft(key: string) {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // storage disabled: nothing was kept
  }
}
