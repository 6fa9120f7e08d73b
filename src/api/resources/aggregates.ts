// Host aggregates (004 §1.14, nova os-aggregates): list, create, rename or move, delete, and host
// membership (add_host; nova's remove_host). Cloud administrators only.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type AggregateCreate = components['schemas']['AggregateCreate'];
type AggregateUpdate = components['schemas']['AggregateUpdate'];

export const aggregateKeys = {
  all: rootKeys.aggregates,
  list: (projectId: string) => [...rootKeys.aggregates, 'list', projectId] as const,
  detail: (projectId: string, id: number) =>
    [...rootKeys.aggregates, 'detail', projectId, id] as const,
};

export const aggregateQueries = {
  /** Sorted by id; not paginated. */
  list: (projectId: string) =>
    queryOptions({
      queryKey: aggregateKeys.list(projectId),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/os-aggregates', {
            params: { path: { tenant_id: projectId } },
            signal,
          }),
        );
        return body.aggregates;
      },
      enabled: projectId !== '',
    }),
  /** One aggregate (getAggregate): its hosts and metadata as they are now. */
  detail: (projectId: string, id: number) =>
    queryOptions({
      queryKey: aggregateKeys.detail(projectId, id),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/os-aggregates/{id}', {
            params: { path: { tenant_id: projectId, id: String(id) } },
            signal,
          }),
        );
        return body.aggregate;
      },
      enabled: projectId !== '',
    }),
};

// Membership moves hosts between zones: refresh zones' services and hypervisors too.
function useInvalidate() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: aggregateKeys.all }),
      qc.invalidateQueries({ queryKey: rootKeys.availabilityZones }),
      qc.invalidateQueries({ queryKey: rootKeys.hypervisors }),
    ]);
}

export function useCreateAggregate(projectId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: AggregateCreate) =>
      (
        await unwrap(
          api.POST('/os/compute/v1/v2/{tenant_id}/os-aggregates', {
            params: { path: { tenant_id: projectId } },
            body,
          }),
        )
      ).aggregate,
    onSettled: invalidate,
  });
}

export function useUpdateAggregate(projectId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, body }: { id: number; body: AggregateUpdate }) =>
      (
        await unwrap(
          api.PUT('/os/compute/v1/v2/{tenant_id}/os-aggregates/{id}', {
            params: { path: { tenant_id: projectId, id: String(id) } },
            body,
          }),
        )
      ).aggregate,
    onSettled: invalidate,
  });
}

export const deleteAggregate = (projectId: string, id: number) =>
  unwrap(
    api.DELETE('/os/compute/v1/v2/{tenant_id}/os-aggregates/{id}', {
      params: { path: { tenant_id: projectId, id: String(id) } },
    }),
  );

export const aggregateHostAction = (
  projectId: string,
  id: number,
  action: 'add_host' | 'remove_host',
  host: string,
) =>
  unwrap(
    api.POST('/os/compute/v1/v2/{tenant_id}/os-aggregates/{id}/action', {
      params: { path: { tenant_id: projectId, id: String(id) } },
      body: action === 'add_host' ? { add_host: { host } } : { remove_host: { host } },
    }),
  );

export function useAggregateHostAction(projectId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      id,
      action,
      host,
    }: {
      id: number;
      action: 'add_host' | 'remove_host';
      host: string;
    }) => aggregateHostAction(projectId, id, action, host),
    onSettled: invalidate,
  });
}
