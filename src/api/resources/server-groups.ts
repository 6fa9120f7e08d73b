// Server groups (nova v2.1, scoped by the token: no project in the path). The groups page and the
// create wizard's picker read the same list entry.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type ServerGroupCreate = components['schemas']['ServerGroupCreate'];

// `scope` is the token's project: a tenant's list is that project's groups; `allProjects` is the
// cloud administrator's view of every project's groups.
export const serverGroupKeys = {
  all: rootKeys.serverGroups,
  lists: () => [...rootKeys.serverGroups, 'list'] as const,
  list: (scope: string, allProjects: boolean) =>
    [...rootKeys.serverGroups, 'list', scope, { allProjects }] as const,
};

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

/** The group belongs to the token's project and user (nova v2.1: no tenant in the path). */
export async function createServerGroup(body: ServerGroupCreate) {
  const res = await unwrap(api.POST('/os/compute/v1/v2.1/os-server-groups', { body }));
  return res.server_group;
}

export const deleteServerGroup = (id: string) =>
  unwrap(api.DELETE('/os/compute/v1/v2.1/os-server-groups/{id}', { params: { path: { id } } }));

export function useCreateServerGroup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createServerGroup,
    onSettled: () => qc.invalidateQueries({ queryKey: serverGroupKeys.all }),
  });
}
