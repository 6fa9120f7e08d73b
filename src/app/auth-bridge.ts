// Connects the API client to the session: every call carries the token, and a 401 (or a token
// found expired) ends the session and sends the user to /login?next=<where they were>.
import { configureApi } from '@/api/client';
import { loginPathFor } from '@/features/auth/model/next-path';
import { announceSessionEnding, clearSession, getSession, isExpired } from '@/api/session';

type NavigatingRouter = {
  state: { location: { pathname: string; search: string } };
  navigate: (to: string, options?: { replace?: boolean }) => Promise<void>;
};

let endSession: () => void = () => undefined;

/** Ends the session now (401, expiry) and goes to the login page, which brings the user back. */
export function expireSession() {
  endSession();
}

/**
 * `clearCaches` drops every cached query (the previous user's data). It is passed in because the
 * query client is loaded with the shell, not with the login page.
 */
export function installAuthBridge(router: NavigatingRouter, clearCaches: () => void) {
  endSession = () => {
    // Several parallel calls may fail with 401 at once: only the first ends the session.
    if (!getSession()) return;
    announceSessionEnding();
    clearSession();
    clearCaches();
    const { pathname, search } = router.state.location;
    void router.navigate(loginPathFor(pathname + search), { replace: true });
  };
  configureApi({
    getToken: () => {
      const session = getSession();
      if (!session) return null;
      if (isExpired(session)) {
        queueMicrotask(endSession);
        return null;
      }
      return session.token;
    },
    onUnauthorized: () => endSession(),
  });
}
