// Where to go after login. `next` comes from the URL, so only same-origin paths are accepted:
// "//evil.example" or "https://…" would turn the login page into an open redirect.
export const HOME_PATH = '/overview';

export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return HOME_PATH;
  }
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/'))
    return HOME_PATH;
  return next;
}

/** The login URL that brings the user back to `path` (path + search) afterwards. */
export function loginPathFor(path: string): string {
  const next = safeNextPath(path);
  return next === HOME_PATH && path !== HOME_PATH
    ? '/login'
    : `/login?next=${encodeURIComponent(next)}`;
}
