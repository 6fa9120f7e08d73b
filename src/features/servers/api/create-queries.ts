// What the create wizard chooses from, beyond the shared reference data: the project's networks,
// security groups, bootable volumes, server groups and compute quota.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { rootKeys } from '@/api/root-keys';

const keys = {
  networks: (p: string) => [...rootKeys.networks, 'list', p] as const,
  securityGroups: (p: string) => [...rootKeys.networks, 'security-groups', p] as const,
  volumes: (p: string) => [...rootKeys.volumes, 'list', p] as const,
  serverGroups: (p: string) => [...rootKeys.serverGroups, 'list', p] as const,
  quota: (p: string) => [...rootKeys.quotas, 'limits', p] as const,
};

const path = (p: string) => ({ path: { tenant_id: p } });

export const createQueries = {
  networks: (p: string) =>
    queryOptions({
      queryKey: keys.networks(p),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET('/os/compute/v1/v2/{tenant_id}/os-networks', { params: path(p), signal }),
          )
        ).networks,
      staleTime: 60_000,
      enabled: p !== '',
    }),
  securityGroups: (p: string) =>
    queryOptions({
      queryKey: keys.securityGroups(p),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET('/os/compute/v1/v2/{tenant_id}/os-security-groups', {
              params: path(p),
              signal,
            }),
          )
        ).security_groups,
      staleTime: 60_000,
      enabled: p !== '',
    }),
  volumes: (p: string) =>
    queryOptions({
      queryKey: keys.volumes(p),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET('/os/compute/v1/v2/{tenant_id}/os-volumes/detail', {
              params: path(p),
              signal,
            }),
          )
        ).volumes,
      enabled: p !== '',
    }),
  /** Server groups are scoped by the token (no project in the path); `p` keys the cache. */
  serverGroups: (p: string) =>
    queryOptions({
      queryKey: keys.serverGroups(p),
      queryFn: async ({ signal }) =>
        (await unwrap(api.GET('/os/compute/v1/v2.1/os-server-groups', { signal }))).server_groups,
      enabled: p !== '',
    }),
  quota: (p: string) =>
    queryOptions({
      queryKey: keys.quota(p),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/kinton/v1/keystone/{projectId}/limits', {
            params: { path: { projectId: p } },
            signal,
          }),
        );
        return body.all_limits[0]?.absolute;
      },
      enabled: p !== '',
    }),
};
