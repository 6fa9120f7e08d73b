// Hypervisors (nova, cloud administrators only: 403 otherwise). The hypervisors page and the
// compute-node filters read the same list entry.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

// `scope` is the token's project, the path's tenant_id (the list itself is the whole cloud's).
export const hypervisorKeys = {
  all: rootKeys.hypervisors,
  list: (scope: string) => [...rootKeys.hypervisors, 'list', scope] as const,
};

export const hypervisorQueries = {
  /** Every hypervisor of the cloud, not paginated. */
  list: (scope: string) =>
    queryOptions({
      queryKey: hypervisorKeys.list(scope),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/os-hypervisors/detail', {
            params: { path: { tenant_id: scope } },
            signal,
          }),
        );
        return body.hypervisors;
      },
      enabled: scope !== '',
      staleTime: 30_000,
    }),
  /** The compute nodes' host names, sorted: the choices of a host filter (the list's entry). */
  hosts: (scope: string) =>
    queryOptions({
      ...hypervisorQueries.list(scope),
      select: (hypervisors) => [...new Set(hypervisors.map((h) => h.service.host))].sort(),
    }),
};
