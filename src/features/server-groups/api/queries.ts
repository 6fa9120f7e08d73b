import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { serverGroupKeys } from './keys';

export const serverGroupQueries = {
  /** Not paginated; sorted by name then id by the service. */
  list: (scope: string, allProjects: boolean) =>
    queryOptions({
      queryKey: serverGroupKeys.list(scope, allProjects),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2.1/os-server-groups', {
            params: { query: allProjects ? { all_projects: '1' } : {} },
            signal,
          }),
        );
        return body.server_groups;
      },
      enabled: scope !== '',
    }),
};
