// Compute nodes (004 §1.15, vendor h3cloudos/computenode): the list, the add wizard's checkout
// (validate the manager and list its clusters) and refresh (its networks), add and delete.
// Cloud administrators only; the list carries management passwords, never shown.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type S = components['schemas'];

export const computeNodeKeys = {
  all: rootKeys.computeNodes,
  list: () => [...rootKeys.computeNodes, 'list'] as const,
};

export const computeNodeQueries = {
  /** Sorted by host name; not paginated. */
  list: () =>
    queryOptions({
      queryKey: computeNodeKeys.list(),
      queryFn: ({ signal }) => unwrap(api.GET('/os/compute/v1/h3cloudos/computenode', { signal })),
    }),
};

/** Step 1 of the wizard: 200 even when the manager refuses (`available: false`, `errors`). */
export const checkComputeNode = (body: S['ComputeNodeCheck']) =>
  unwrap(api.POST('/os/compute/v1/h3cloudos/computenode/checkout/config', { body }));

/** Step 2: the manager's switches and the networks a node may use. */
export const refreshComputeNodeConfig = (body: S['ComputeNodeRefresh']) =>
  unwrap(api.POST('/os/compute/v1/h3cloudos/computenode/refresh/config', { body }));

export const deleteComputeNode = (body: S['ComputeNodeDeletion']) =>
  unwrap(api.POST('/os/compute/v1/h3cloudos/computenode/deletion', { body }));

// A new node's hosts appear as hypervisors and zone services.
export function useAddComputeNode() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (node: S['ComputeNodeInput']) =>
      unwrap(api.POST('/os/compute/v1/h3cloudos/computenode', { body: [node] })),
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: computeNodeKeys.all }),
        qc.invalidateQueries({ queryKey: rootKeys.hypervisors }),
        qc.invalidateQueries({ queryKey: rootKeys.availabilityZones }),
      ]),
  });
}

/** Update one node (the API takes an array of whole nodes keyed by hostName; all or nothing). */
export function useUpdateComputeNode() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (node: S['ComputeNodeInput']) =>
      unwrap(api.PUT('/os/compute/v1/h3cloudos/computenode', { body: [node] })),
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: computeNodeKeys.all }),
        qc.invalidateQueries({ queryKey: rootKeys.hypervisors }),
        qc.invalidateQueries({ queryKey: rootKeys.availabilityZones }),
      ]),
  });
}
