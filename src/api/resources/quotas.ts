// A project's compute quota and usage (keystone limits): what the wizard may still create.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

export const quotaKeys = {
  all: rootKeys.quotas,
  limits: (projectId: string) => [...rootKeys.quotas, 'limits', projectId] as const,
};

export const quotaQueries = {
  limits: (projectId: string) =>
    queryOptions({
      queryKey: quotaKeys.limits(projectId),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/kinton/v1/keystone/{projectId}/limits', {
            params: { path: { projectId } },
            signal,
          }),
        );
        return body.all_limits[0]?.absolute;
      },
      enabled: projectId !== '',
    }),
};
