// The projects the caller may scope to: every project for a cloud administrator, its own ones for
// a tenant (the server decides; the same call serves both).
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { rootKeys } from '@/api/root-keys';

export const projectKeys = {
  all: rootKeys.projects,
  list: () => [...rootKeys.projects, 'list'] as const,
};

export const projectQueries = {
  list: () =>
    queryOptions({
      queryKey: projectKeys.list(),
      queryFn: ({ signal }) => unwrap(api.GET('/os/kinton/v1/v3/projects', { signal })),
      select: (data) => data.projects.filter((p) => p.enabled),
    }),
};
