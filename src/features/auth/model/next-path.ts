// Where to go after login. `next` comes from the URL, so only same-origin paths are accepted:
// "//evil.example" or "https://…" would turn the login page into an open redirect.
export const HOME_PATH = '/overview';

// A fixed origin to resolve `next` against: whatever resolves elsewhere is not ours.
const BASE = 'https://console.invalid';

export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/')) return HOME_PATH;
  // Browsers drop tabs and newlines from URLs and read "\\" as "/": "/\t/evil.example" is
  // "//evil.example" to them. No legitimate path of ours has either.
  for (const ch of next) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || ch === '\\') return HOME_PATH;
  }
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return HOME_PATH;
  }
  if (url.origin !== BASE) return HOME_PATH;
  if (url.pathname === '/login' || url.pathname.startsWith('/login/')) return HOME_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The login URL that brings the user back to `path` (path + search) afterwards. */
export function loginPathFor(path: string): string {
  const next = safeNextPath(path);
  return next === HOME_PATH && path !== HOME_PATH
    ? '/login'
    : `/login?next=${encodeURIComponent(next)}`;
}
