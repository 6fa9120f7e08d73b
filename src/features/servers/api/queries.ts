// The servers pages' view of the shared entries (src/api/resources/servers.ts): the same keys,
// polled while a server on screen is changing by itself.
import { queryOptions } from '@tanstack/react-query';
import { serverQueries, type ServerListParams } from '@/api/resources/servers';
import { pollWhile } from '@/hooks/polling';
import { anyTransitional, isTransitional } from '../model/status';

export const watchedServerQueries = {
  list: (scope: string, filters: ServerListParams) =>
    queryOptions({
      ...serverQueries.list(scope, filters),
      refetchInterval: pollWhile((page) => anyTransitional(page.servers), { whileError: true }),
      placeholderData: (prev) => prev,
    }),
  /** `project` is the server's own project (an administrator may look at any project's). */
  detail: (project: string, id: string) =>
    queryOptions({
      ...serverQueries.detail(project, id),
      refetchInterval: pollWhile(isTransitional, { whileError: true }),
    }),
};
