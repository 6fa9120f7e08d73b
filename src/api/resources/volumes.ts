// A project's volumes (nova's os-volumes proxy): the wizard's boot-from-volume choices.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

export const volumeKeys = {
  all: rootKeys.volumes,
  list: (projectId: string) => [...rootKeys.volumes, 'list', projectId] as const,
};

export const volumeQueries = {
  list: (projectId: string) =>
    queryOptions({
      queryKey: volumeKeys.list(projectId),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET('/os/compute/v1/v2/{tenant_id}/os-volumes/detail', {
              params: { path: { tenant_id: projectId } },
              signal,
            }),
          )
        ).volumes,
      enabled: projectId !== '',
    }),
};
