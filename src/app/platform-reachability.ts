// Whether the platform answers the page on screen, read from react-query's cache rather than kept
// as a flag of its own: the platform is "unreachable" while an active query's last fetch failed
// with no answer or the gateway's 502/503/504 (isUnreachable), and reachable again as soon as
// those queries fetch successfully. The banner (layouts/platform-banner.tsx) shows it and, while it
// lasts, refetches just those queries every RECHECK_MS, so the page comes back by itself.
import type { Query, QueryClient } from '@tanstack/react-query';
import { isUnreachable } from '@/api/api-error';

/** How often the console asks again while the platform does not answer. */
export const RECHECK_MS = 5_000;

const isDown = (query: Query) =>
  query.isActive() && query.state.status === 'error' && isUnreachable(query.state.error);

/** The active queries whose last answer said the platform is unreachable. */
export function unreachableQueries(client: QueryClient): Query[] {
  return client.getQueryCache().findAll({ predicate: isDown });
}

export function isPlatformUnreachable(client: QueryClient): boolean {
  return unreachableQueries(client).length > 0;
}

/** Asks again for what failed because the platform did not answer (nothing else). */
export function recheckPlatform(client: QueryClient): Promise<void> {
  return client.refetchQueries({ predicate: isDown });
}
