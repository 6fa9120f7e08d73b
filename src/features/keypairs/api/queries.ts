import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { keypairsQuery } from '@/api/reference-queries';
import { keypairKeys } from './keys';

export const keypairQueries = {
  /** Shared with the server wizard, which picks a key pair (one cache entry). */
  list: keypairsQuery,
  detail: (projectId: string, name: string) =>
    queryOptions({
      queryKey: keypairKeys.detail(projectId, name),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/keypairs/{keypair_name}', {
            params: { path: { tenant_id: projectId, keypair_name: name } },
            signal,
          }),
        );
        return body.keypair;
      },
      enabled: projectId !== '' && name !== '',
      // A key pair never changes; only deletion ends it.
      staleTime: 5 * 60_000,
    }),
};
