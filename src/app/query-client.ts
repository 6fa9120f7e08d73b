// react-query defaults, in one place.
// - Reads (queries) retry at most twice, with exponential backoff, and only when retrying can help:
//   no answer at all (ApiError.status 0) or a 5xx. A 4xx is the server's final word. Mutations
//   never retry (they may not be idempotent).
// - Every failed query or mutation is shown once as a localized notification with the request id
//   (global-error-notifier.tsx), except 401 (the session ended; auth-bridge redirects to /login) and
//   those that opt out with `meta: { silent: true }` because they show the error themselves, and
//   reads the platform did not answer (no answer, 502/503/504): the platform banner says that once
//   for the whole page and brings the page back by itself (layouts/platform-banner.tsx).
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, isUnreachable } from '@/api/api-error';
import { recordMutationTask, type MutationTaskMeta } from '@/components/task-centre/record';
import { reportError } from './error-bus';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { silent?: boolean };
    /** `task`: the task centre follows what this mutation started (see task-centre/record.ts). */
    mutationMeta: { silent?: boolean; task?: MutationTaskMeta };
  }
}

export const MAX_QUERY_RETRIES = 2;

export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES) return false;
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status >= 500;
}

/** 1 s, 2 s, 4 s … capped at 10 s. */
export function retryDelay(attemptIndex: number): number {
  return Math.min(1000 * 2 ** attemptIndex, 10_000);
}

export function shouldReportError(error: unknown, meta: { silent?: boolean } | undefined): boolean {
  if (meta?.silent) return false;
  if (isApiError(error) && error.status === 401) return false;
  // Cancelled requests (navigating away, a newer refetch) are not failures.
  if (error instanceof DOMException && error.name === 'AbortError') return false;
  return true;
}

export function createQueryClient(report: (error: unknown) => void = reportError): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (shouldReportError(error, query.meta) && !isUnreachable(error)) report(error);
      },
    }),
    mutationCache: new MutationCache({
      onSuccess: (data, variables, _context, mutation) =>
        recordMutationTask(mutation.meta, variables, data),
      onError: (error, _variables, _context, mutation) => {
        if (shouldReportError(error, mutation.meta)) report(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetryQuery,
        retryDelay,
      },
      mutations: { retry: false },
    },
  });
}

/** The application's client. Tests create their own with createQueryClient(). */
export const queryClient = createQueryClient();
