import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { compactQuery } from '@/api/query-params';
import { serverQuery } from '@/api/reference-queries';
import { TRANSITIONAL_POLL_MS } from '@/hooks/polling';
import { anyTransitional, isTransitional } from '../model/status';
import { consoleBody } from '../model/action-bodies';
import { serverKeys, type ServerListParams } from './keys';

export const serverQueries = {
  list: (scope: string, filters: ServerListParams) => {
    const query = compactQuery(filters);
    return queryOptions({
      queryKey: serverKeys.list(scope, query),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/servers/detail', {
            params: { path: { tenant_id: scope }, query },
            signal,
          }),
        ),
      // Poll only while a server on the page is changing by itself.
      refetchInterval: (q) =>
        anyTransitional(q.state.data?.servers) ? TRANSITIONAL_POLL_MS : false,
      placeholderData: (prev) => prev,
      enabled: scope !== '',
    });
  },
  /** `project` is the server's own project (an administrator may look at any project's). */
  detail: (project: string, id: string) =>
    queryOptions({
      ...serverQuery(project, id),
      refetchInterval: (q) =>
        q.state.data && isTransitional(q.state.data) ? TRANSITIONAL_POLL_MS : false,
    }),
  /**
   * A VNC console URL. Each one carries a short-lived token, so it is never cached: `attempt`
   * (bumped by "reconnect") makes a fresh request.
   */
  console: (project: string, id: string, attempt: number) =>
    queryOptions({
      queryKey: serverKeys.console(project, id, attempt),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.POST('/os/compute/v1/v2/{tenant_id}/servers/{server_id}/action', {
            params: { path: { tenant_id: project, server_id: id } },
            body: consoleBody(),
            signal,
          }),
        );
        if (!body || !('console' in body)) throw new Error('no console in the response');
        return body.console;
      },
      staleTime: Infinity,
      gcTime: 0,
      retry: false,
    }),
};
