import { useMemo, useSyncExternalStore } from 'react';
import { getSession, subscribeSession, viewerOf, type Session } from '@/api/session';

/** The stored session, re-rendering when it changes (login, project switch, logout). */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

/** Who is looking, for guards and query scopes: the token's project and whether it is an admin. */
export function useViewer(): { isAdmin: boolean; projectId: string } {
  const session = useSession();
  const { isAdmin: admin, projectId } = viewerOf(session);
  return useMemo(() => ({ isAdmin: admin, projectId }), [admin, projectId]);
}
