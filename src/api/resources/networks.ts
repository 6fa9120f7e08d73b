// A project's networks and security groups (nova's proxies): the create wizard's choices.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

export const networkKeys = {
  all: rootKeys.networks,
  list: (projectId: string) => [...rootKeys.networks, 'list', projectId] as const,
  securityGroups: (projectId: string) =>
    [...rootKeys.networks, 'security-groups', projectId] as const,
};

const path = (p: string) => ({ path: { tenant_id: p } });

export const networkQueries = {
  list: (projectId: string) =>
    queryOptions({
      queryKey: networkKeys.list(projectId),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET('/os/compute/v1/v2/{tenant_id}/os-networks', {
              params: path(projectId),
              signal,
            }),
          )
        ).networks,
      staleTime: 60_000,
      enabled: projectId !== '',
    }),
  securityGroups: (projectId: string) =>
    queryOptions({
      queryKey: networkKeys.securityGroups(projectId),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET('/os/compute/v1/v2/{tenant_id}/os-security-groups', {
              params: path(projectId),
              signal,
            }),
          )
        ).security_groups,
      staleTime: 60_000,
      enabled: projectId !== '',
    }),
};
