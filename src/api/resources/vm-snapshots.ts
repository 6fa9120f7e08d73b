// Whole-VM snapshots of a server and snapshot policies (004 §1.10 #1–12). A server's snapshots
// form a tree (`snapshot` roots, children under `snapshots.snapshot`); creating and reverting
// change the server's task state, so every write refreshes the servers too, and the snapshot
// quota's usage.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type S = components['schemas'];
export type VmSnapshotNode = S['VirtualSnapshotNode'];
export type VmSnapshotCreate = S['VirtualSnapshotCreate'];
export type VmSnapshotUpdate = S['VirtualSnapshotUpdate'];
export type SnapshotPolicy = S['SnapshotPolicy'];
export type SnapshotPolicyCreate = S['SnapshotPolicyCreate'];
export type SnapshotPolicyUpdate = S['SnapshotPolicyUpdate'];

const V = '/os/compute/v1/cloudos/virtual/snapshot';
const at = (serverId: string) => ({ path: { server_uuid: serverId } });

export const vmSnapshotKeys = {
  all: rootKeys.vmSnapshots,
  server: (serverId: string) => [...rootKeys.vmSnapshots, serverId] as const,
  tree: (serverId: string) => [...rootKeys.vmSnapshots, serverId, 'tree'] as const,
  countLimit: (serverId: string) => [...rootKeys.vmSnapshots, serverId, 'count-limit'] as const,
};

export const snapshotPolicyKeys = {
  all: rootKeys.snapshotPolicies,
  list: () => [...rootKeys.snapshotPolicies, 'list'] as const,
  detail: (uuid: string) => [...rootKeys.snapshotPolicies, 'detail', uuid] as const,
};

export const vmSnapshotQueries = {
  /** The roots of the server's snapshot tree. */
  tree: (serverId: string) =>
    queryOptions({
      queryKey: vmSnapshotKeys.tree(serverId),
      queryFn: async ({ signal }) =>
        (await unwrap(api.GET(`${V}/{server_uuid}`, { params: at(serverId), signal }))).snapshot,
      enabled: serverId !== '',
    }),
  /** How many snapshots CAS keeps for the server. */
  countLimit: (serverId: string) =>
    queryOptions({
      queryKey: vmSnapshotKeys.countLimit(serverId),
      queryFn: async ({ signal }) =>
        Number(
          (
            await unwrap(
              api.GET(`${V}/count-limit/{server_uuid}`, { params: at(serverId), signal }),
            )
          ).limitCount,
        ),
      enabled: serverId !== '',
      staleTime: 5 * 60_000,
    }),
};

export const snapshotPolicyQueries = {
  /** The token's organisation's policies (every organisation's for an administrator); not paged. */
  list: () =>
    queryOptions({
      queryKey: snapshotPolicyKeys.list(),
      queryFn: ({ signal }) => unwrap(api.GET(`${V}/strategy`, { signal })),
    }),
  detail: (uuid: string) =>
    queryOptions({
      queryKey: snapshotPolicyKeys.detail(uuid),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET(`${V}/strategy/{res_uuid}`, { params: { path: { res_uuid: uuid } }, signal }),
        ),
      enabled: uuid !== '',
    }),
};

/** True when the name is free on the server (asked before a create or rename is sent). */
export const isVmSnapshotNameFree = (serverId: string, name: string) =>
  unwrap(
    api.GET(`${V}/checkName/{server_uuid}`, {
      params: { ...at(serverId), query: { snapshotName: name } },
    }),
  );

export const createVmSnapshot = (serverId: string, body: VmSnapshotCreate) =>
  unwrap(api.POST(`${V}/{server_uuid}`, { params: at(serverId), body }));
export const updateVmSnapshot = (serverId: string, body: VmSnapshotUpdate) =>
  unwrap(api.PUT(`${V}/{server_uuid}`, { params: at(serverId), body }));
export const revertVmSnapshot = (serverId: string, name: string) =>
  unwrap(
    api.PUT(`${V}/resume/{server_uuid}`, {
      params: at(serverId),
      body: { virtualSnapName: name },
    }),
  );
export const deleteVmSnapshots = (serverId: string, names: readonly string[]) =>
  unwrap(
    api.DELETE(`${V}/{server_uuid}`, {
      params: { ...at(serverId), query: { snapshotNames: names.join(',') } },
    }),
  );

export const createSnapshotPolicy = (body: SnapshotPolicyCreate) =>
  unwrap(api.POST(`${V}/strategy`, { body }));
export const updateSnapshotPolicy = (uuid: string, body: SnapshotPolicyUpdate) =>
  unwrap(api.PUT(`${V}/strategy/{res_uuid}`, { params: { path: { res_uuid: uuid } }, body }));
export const deleteSnapshotPolicy = (uuid: string) =>
  unwrap(api.DELETE(`${V}/strategy/{res_uuid}`, { params: { path: { res_uuid: uuid } } }));

/** What a snapshot write changes: the server's tree, the server (task state), the quota usage. */
export const vmSnapshotWriteKeys = (serverId: string) =>
  [vmSnapshotKeys.server(serverId), rootKeys.servers, rootKeys.quotas] as const;

function useVmSnapshotMutation<A>(serverId: string, fn: (args: A) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      for (const queryKey of vmSnapshotWriteKeys(serverId)) void qc.invalidateQueries({ queryKey });
    },
  });
}

export const useCreateVmSnapshot = (serverId: string) =>
  useVmSnapshotMutation(serverId, (body: VmSnapshotCreate) => createVmSnapshot(serverId, body));
export const useUpdateVmSnapshot = (serverId: string) =>
  useVmSnapshotMutation(serverId, (body: VmSnapshotUpdate) => updateVmSnapshot(serverId, body));

/** Policies bind servers: a write refreshes the policies. */
function usePolicyMutation<A>(fn: (args: A) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => void qc.invalidateQueries({ queryKey: snapshotPolicyKeys.all }),
  });
}

export const useCreateSnapshotPolicy = () => usePolicyMutation(createSnapshotPolicy);
export const useUpdateSnapshotPolicy = () =>
  usePolicyMutation((a: { uuid: string; body: SnapshotPolicyUpdate }) =>
    updateSnapshotPolicy(a.uuid, a.body),
  );
