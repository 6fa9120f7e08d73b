// CAS (`crm`) and VMware (`vrm`) resource pools (004 §1.13): the inventory behind a compute node
// (clusters, hosts, VMs, storage, performance), host maintenance and power, VM migration and
// snapshots, adopting VMs as servers and releasing them. Cloud administrators only; `projectId` is
// the caller's project (every path names it).
import { queryOptions } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type S = components['schemas'];
export type PoolKind = 'cas' | 'vmware';
export type HostOp = 'into' | 'exit' | 'wake' | 'shutoff' | 'reboot';
type Node = { projectId: string; node: string };

const base = (n: Node) => ({ tenant_id: n.projectId, compute_node_name: n.node });
const on = (n: Node) => n.projectId !== '' && n.node !== '';

export const resourcePoolKeys = {
  all: rootKeys.resourcePools,
  node: (n: Node) => [...rootKeys.resourcePools, n.projectId, n.node] as const,
  tree: (n: Node, kind: PoolKind) => [...resourcePoolKeys.node(n), 'tree', kind] as const,
  casHost: (n: Node, id: string) => [...resourcePoolKeys.node(n), 'cas-host', id] as const,
  casHostVms: (n: Node, id: string) => [...resourcePoolKeys.node(n), 'cas-host-vms', id] as const,
  casClusterVms: (n: Node, id: string) =>
    [...resourcePoolKeys.node(n), 'cas-cluster-vms', id] as const,
  casPools: (n: Node, id: string) => [...resourcePoolKeys.node(n), 'cas-pools', id] as const,
  vmwHosts: (n: Node, cluster: string) =>
    [...resourcePoolKeys.node(n), 'vmw-hosts', cluster] as const,
  vmwHost: (n: Node, id: string) => [...resourcePoolKeys.node(n), 'vmw-host', id] as const,
  vmwVms: (n: Node, cluster: string, host: string | null) =>
    [...resourcePoolKeys.node(n), 'vmw-vms', cluster, host] as const,
  vmwDatastores: (n: Node, host: string) =>
    [...resourcePoolKeys.node(n), 'vmw-datastores', host] as const,
  perf: (n: Node, type: S['VmwPerf']['type'], id: string) =>
    [...resourcePoolKeys.node(n), 'perf', type, id] as const,
  snapshots: (n: Node, vm: string) => [...resourcePoolKeys.node(n), 'snapshots', vm] as const,
};

export const resourcePoolQueries = {
  /** Clusters (and CAS host pools) with their hosts. */
  tree: (n: Node, kind: PoolKind) =>
    queryOptions({
      queryKey: resourcePoolKeys.tree(n, kind),
      queryFn: ({ signal }) =>
        unwrap(
          kind === 'cas'
            ? api.GET('/os/compute/v1/cloudos/crm/{tenant_id}/{compute_node_name}/clusters-hosts', {
                params: { path: base(n) },
                signal,
              })
            : api.GET('/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/clusters-hosts', {
                params: { path: base(n) },
                signal,
              }),
        ),
      enabled: on(n),
    }),
  casHost: (n: Node, id: string) =>
    queryOptions({
      queryKey: resourcePoolKeys.casHost(n, id),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET(
            '/os/compute/v1/cloudos/crm/{tenant_id}/{compute_node_name}/hostDetail/{host_id}',
            {
              params: { path: { ...base(n), host_id: id } },
              signal,
            },
          ),
        ),
      enabled: on(n) && id !== '',
    }),
  casHostVms: (n: Node, id: string) =>
    queryOptions({
      queryKey: resourcePoolKeys.casHostVms(n, id),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET(
              '/os/compute/v1/cloudos/crm/{tenant_id}/{compute_node_name}/vms-host-simple/{host_id}',
              { params: { path: { ...base(n), host_id: id } }, signal },
            ),
          )
        ).vms,
      enabled: on(n) && id !== '',
    }),
  casClusterVms: (n: Node, id: string) =>
    queryOptions({
      queryKey: resourcePoolKeys.casClusterVms(n, id),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET(
              '/os/compute/v1/cloudos/crm/{tenant_id}/{compute_node_name}/vms-cluster-simple/{cluster_id}',
              { params: { path: { ...base(n), cluster_id: id } }, signal },
            ),
          )
        ).vms,
      enabled: on(n) && id !== '',
    }),
  casPools: (n: Node, id: string) =>
    queryOptions({
      queryKey: resourcePoolKeys.casPools(n, id),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET(
              '/os/compute/v1/cloudos/crm/{tenant_id}/{compute_node_name}/storagePoolForHost/{host_id}',
              { params: { path: { ...base(n), host_id: id } }, signal },
            ),
          )
        ).storagePool,
      enabled: on(n) && id !== '',
    }),
  vmwHosts: (n: Node, cluster: string) =>
    queryOptions({
      queryKey: resourcePoolKeys.vmwHosts(n, cluster),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET(
              '/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/clusters/{cluster_id}/hosts/detail',
              { params: { path: { ...base(n), cluster_id: cluster } }, signal },
            ),
          )
        ).hosts,
      enabled: on(n) && cluster !== '',
    }),
  vmwHost: (n: Node, id: string) =>
    queryOptions({
      queryKey: resourcePoolKeys.vmwHost(n, id),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/hosts/{host_id}', {
            params: { path: { ...base(n), host_id: id } },
            signal,
          }),
        ),
      enabled: on(n) && id !== '',
    }),
  /** The VMs of a cluster, or of one of its hosts. */
  vmwVms: (n: Node, cluster: string, host: string | null) =>
    queryOptions({
      queryKey: resourcePoolKeys.vmwVms(n, cluster, host),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET(
              '/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/clusters/{cluster_id}/vms/detail',
              {
                params: {
                  path: { ...base(n), cluster_id: cluster },
                  query: host ? { host } : {},
                },
                signal,
              },
            ),
          )
        ).vms,
      enabled: on(n) && cluster !== '',
    }),
  /** name → MoRef. */
  vmwDatastores: (n: Node, host: string) =>
    queryOptions({
      queryKey: resourcePoolKeys.vmwDatastores(n, host),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET(
            '/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/host/{host_id}/datastore',
            { params: { path: { ...base(n), host_id: host } }, signal },
          ),
        ),
      enabled: on(n) && host !== '',
    }),
  perf: (n: Node, type: S['VmwPerf']['type'], id: string) =>
    queryOptions({
      queryKey: resourcePoolKeys.perf(n, type, id),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET(
            '/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/perf/{type}/{morId}',
            {
              params: { path: { ...base(n), type, morId: id } },
              signal,
            },
          ),
        ),
      enabled: on(n) && id !== '',
    }),
  snapshots: (n: Node, vm: string) =>
    queryOptions({
      queryKey: resourcePoolKeys.snapshots(n, vm),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET(
              '/os/compute/v1/cloudos/crm/{tenant_id}/{compute_node_name}/vmSnapshot/{vm_id}',
              {
                params: { path: { ...base(n), vm_id: vm } },
                signal,
              },
            ),
          )
        ).snapshot,
      enabled: on(n) && vm !== '',
    }),
};

const HOST_PATHS = {
  into: '/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/host/{host_id}/into',
  exit: '/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/host/{host_id}/exit',
  wake: '/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/host/{host_id}/wake',
  shutoff: '/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/host/{host_id}/shutoff',
  reboot: '/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/host/{host_id}/reboot',
} as const;

/** Maintenance into / exit and the power calls of a host in maintenance; 200 before it changes. */
export const hostAction = (n: Node, op: HostOp, host: S['RpHostRef']) =>
  unwrap(
    api.PUT(HOST_PATHS[op], { params: { path: { ...base(n), host_id: host.id } }, body: host }),
  );

export const relocateVm = (n: Node, body: S['RpRelocate']) =>
  unwrap(
    api.POST('/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/vm/{vm_id}/relocate_vm', {
      params: { path: { ...base(n), vm_id: body.id } },
      body,
    }),
  );

export const createVmSnapshot = (n: Node, body: S['VmSnapshotCreate']) =>
  unwrap(
    api.POST('/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/vm/snapshots', {
      params: { path: base(n) },
      body,
    }),
  );

export const revertVmSnapshot = (n: Node, body: S['VmSnapshotRevert']) =>
  unwrap(
    api.PUT('/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/vm/snapshots', {
      params: { path: base(n) },
      body,
    }),
  );

export const deleteVmSnapshot = (n: Node, vm: string, name: string) =>
  unwrap(
    api.DELETE(
      '/os/compute/v1/cloudos/vrm/{tenant_id}/{compute_node_name}/vm/snapshots/{vm_id}/{snapshot_name}',
      { params: { path: { ...base(n), vm_id: vm, snapshot_name: name } } },
    ),
  );

/** Adopt (纳管) a VM as a server of `projectId` (the target project, not the caller's). */
export const adoptCasVm = (projectId: string, body: S['CasAdopt']) =>
  unwrap(
    api.POST('/os/compute/v1/server-ext/{tenant_id}/register/cas', {
      params: { path: { tenant_id: projectId } },
      body,
    }),
  );

export const adoptVmwareVm = (projectId: string, body: S['VmwAdopt']) =>
  unwrap(
    api.POST('/os/compute/v1/server-ext/{tenant_id}/register', {
      params: { path: { tenant_id: projectId } },
      body,
    }),
  );

/** Release (取消纳管): the server leaves the cloud, the VM keeps running. */
export const releaseManagedVm = (projectId: string, serverId: string) =>
  unwrap(
    api.DELETE('/os/compute/v1/v2/{tenant_id}/cancel-managedVM/{server_id}', {
      params: { path: { tenant_id: projectId, server_id: serverId } },
    }),
  );
