import { rootKeys } from '@/api/root-keys';

// `scope` is the token's project, the path's tenant_id (the list itself is the whole cloud's).
export const hypervisorKeys = {
  all: rootKeys.hypervisors,
  list: (scope: string) => [...rootKeys.hypervisors, 'list', scope] as const,
};
