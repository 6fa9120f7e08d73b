import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { keypairKeys } from './keys';

export const keypairQueries = {
  /** Not paginated; nova wraps each entry in `{keypair: …}`, unwrapped here. */
  list: (projectId: string) =>
    queryOptions({
      queryKey: keypairKeys.list(projectId),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/os-keypairs', {
            params: { path: { tenant_id: projectId } },
            signal,
          }),
        );
        return body.keypairs.map((x) => x.keypair);
      },
      enabled: projectId !== '',
    }),
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
