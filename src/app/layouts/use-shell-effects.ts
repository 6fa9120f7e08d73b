import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Session } from '@/api/session';
import { expireSession } from '../auth-bridge';
import { findRoute, type AppRoute } from '../routes/route-model';

/** "<page> · <app>" in the browser tab, following route and language. */
export function useDocumentTitle(routes: readonly AppRoute[]) {
  const { t } = useTranslation(['shell', 'common']);
  const { pathname } = useLocation();
  const route = findRoute(routes, pathname);
  const app = t('common:app.name');
  const title = route ? `${t(route.titleKey)} · ${app}` : app;
  useEffect(() => {
    document.title = title;
  }, [title]);
}

// setTimeout fires at once for delays above 2^31-1 ms (~24.8 days).
export const MAX_TIMEOUT = 2 ** 31 - 1;

/** Ends the session the moment the token expires, even if the user does nothing. */
export function useSessionExpiry(session: Session | null) {
  const expiresAt = session?.expires_at;
  useEffect(() => {
    if (!expiresAt) return;
    const delay = Math.max(0, Date.parse(expiresAt) - Date.now());
    if (delay > MAX_TIMEOUT) return;
    const id = setTimeout(expireSession, delay);
    return () => clearTimeout(id);
  }, [expiresAt]);
}
