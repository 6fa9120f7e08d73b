// The hand-over from the login form drawn by index.html before the JavaScript arrived
// (login-boot.ts) to the real one: what the user typed, where the cursor was, and whether they
// already pressed Enter. Read and removed in one go, in the real form's layout effect, so no
// keystroke can fall between the two forms and the page never shows both.

export const PRERENDERED_LOGIN_ID = 'login-static';

export type PrerenderedLogin = {
  username: string;
  password: string;
  /** The field that had the focus, with its selection. */
  focus: { field: 'username' | 'password'; start: number | null; end: number | null } | null;
  /** The user submitted the form before the real one was there. */
  submitted: boolean;
};

/** Whether the early form is on the page (never at build time, where there is no page). */
export function hasPrerenderedLogin(doc: Document | undefined = globalThis.document): boolean {
  return doc?.getElementById(PRERENDERED_LOGIN_ID) != null;
}

/** Removes the early form and returns its state; null when there was none. */
export function takePrerenderedLogin(doc: Document = document): PrerenderedLogin | null {
  const host = doc.getElementById(PRERENDERED_LOGIN_ID);
  if (!host) return null;
  const input = (name: string) => {
    const el = host.querySelector(`input[name="${name}"]`);
    return el instanceof HTMLInputElement ? el : null;
  };
  const username = input('username');
  const password = input('password');
  const active = doc.activeElement;
  const focused = active === password ? password : active === username ? username : null;
  const state: PrerenderedLogin = {
    username: username?.value ?? '',
    password: password?.value ?? '',
    focus: focused
      ? {
          field: focused === password ? 'password' : 'username',
          start: focused.selectionStart,
          end: focused.selectionEnd,
        }
      : null,
    submitted: host.dataset.submitted === 'true',
  };
  host.remove();
  return state;
}

/** Removes the early form when something else than the login form is shown (an error page). */
export function dropPrerenderedLogin(doc: Document = document): void {
  doc.getElementById(PRERENDERED_LOGIN_ID)?.remove();
}
