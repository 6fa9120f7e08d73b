import { rootKeys } from '@/api/root-keys';

// `scope` is the token's project: a tenant's list is that project's groups; `allProjects` is the
// cloud administrator's view of every project's groups.
export const serverGroupKeys = {
  all: rootKeys.serverGroups,
  lists: () => [...rootKeys.serverGroups, 'list'] as const,
  list: (scope: string, allProjects: boolean) =>
    [...rootKeys.serverGroups, 'list', scope, { allProjects }] as const,
};
