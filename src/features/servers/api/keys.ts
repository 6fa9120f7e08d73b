import type { paths } from '@contract/schema';
import { referenceKeys } from '@/api/reference-queries';
import { rootKeys } from '@/api/root-keys';

/** The detail list's query parameters, as the contract types them. */
export type ServerListParams = NonNullable<
  paths['/os/compute/v1/v2/{tenant_id}/servers/detail']['get']['parameters']['query']
>;

// `scope` is the path's project: a tenant's servers, or the admin's own project (with
// `all_tenants` in the params for every project's).
export const serverKeys = {
  all: rootKeys.servers,
  lists: () => [...rootKeys.servers, 'list'] as const,
  list: (scope: string, params: ServerListParams) =>
    [...rootKeys.servers, 'list', scope, params] as const,
  details: () => [...rootKeys.servers, 'detail'] as const,
  detail: referenceKeys.server,
  console: (project: string, id: string, attempt: number) =>
    [...rootKeys.servers, 'detail', project, id, 'console', attempt] as const,
};
