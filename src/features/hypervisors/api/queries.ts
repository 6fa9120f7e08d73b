import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { hypervisorKeys } from './keys';

export const hypervisorQueries = {
  /** Every hypervisor of the cloud, not paginated; cloud administrators only (403 otherwise). */
  list: (projectId: string) =>
    queryOptions({
      queryKey: hypervisorKeys.list(projectId),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/os-hypervisors/detail', {
            params: { path: { tenant_id: projectId } },
            signal,
          }),
        );
        return body.hypervisors;
      },
      enabled: projectId !== '',
      staleTime: 30_000,
    }),
};
