// The pages' reads in the one shape of model/pool.ts, whichever API (CAS or VMware) answers.
// Hosts poll while a transition runs; VM lists while a migration runs.
import { useQueries, useQuery } from '@tanstack/react-query';
import { resourcePoolQueries } from '@/api/resources/resource-pools';
import { pollWhile } from '@/hooks/polling';
import {
  fromCasHost,
  fromCasPool,
  fromCasVm,
  fromDatastorePerf,
  fromVmwHost,
  fromVmwVm,
  type PoolHost,
  type PoolKind,
  type PoolStore,
  type PoolVm,
} from '../model/pool';

export type NodeRef = { projectId: string; node: string };

const hostBusy = (h: { taskState?: string }) => Boolean(h.taskState);
const vmsBusy = (vms: readonly { taskState?: string }[]) => vms.some((v) => Boolean(v.taskState));

export function useTree(kind: PoolKind, n: NodeRef) {
  return useQuery(resourcePoolQueries.tree(n, kind));
}

/** One host; polls while it changes state. */
export function useHost(kind: PoolKind, n: NodeRef, id: string) {
  const cas = useQuery({
    ...resourcePoolQueries.casHost(n, id),
    enabled: kind === 'cas' && n.node !== '' && id !== '',
    refetchInterval: pollWhile(hostBusy),
  });
  const vmw = useQuery({
    ...resourcePoolQueries.vmwHost(n, id),
    enabled: kind === 'vmware' && n.node !== '' && id !== '',
    refetchInterval: pollWhile(hostBusy),
  });
  const q = kind === 'cas' ? cas : vmw;
  const host: PoolHost | undefined =
    kind === 'cas' ? cas.data && fromCasHost(cas.data) : vmw.data && fromVmwHost(vmw.data);
  return { host, query: q };
}

/** The hosts of a cluster (the migration targets). */
export function useClusterHosts(
  kind: PoolKind,
  n: NodeRef,
  clusterId: string,
  hostIds: readonly string[],
) {
  const vmw = useQuery({
    ...resourcePoolQueries.vmwHosts(n, clusterId),
    enabled: kind === 'vmware' && n.node !== '' && clusterId !== '',
    refetchInterval: pollWhile((hosts) => hosts.some(hostBusy)),
  });
  const cas = useQueries({
    queries: (kind === 'cas' ? hostIds : []).map((id) => ({
      ...resourcePoolQueries.casHost(n, id),
      refetchInterval: pollWhile(hostBusy),
    })),
  });
  if (kind === 'vmware') return (vmw.data ?? []).map(fromVmwHost);
  return cas.flatMap((q) => (q.data ? [fromCasHost(q.data)] : []));
}

/** VMs of a host, or of a whole cluster when `hostId` is null. */
export function useVms(kind: PoolKind, n: NodeRef, clusterId: string, hostId: string | null) {
  const casHost = useQuery({
    ...resourcePoolQueries.casHostVms(n, hostId ?? ''),
    enabled: kind === 'cas' && n.node !== '' && hostId !== null,
    refetchInterval: pollWhile(vmsBusy),
  });
  const casCluster = useQuery({
    ...resourcePoolQueries.casClusterVms(n, clusterId),
    enabled: kind === 'cas' && n.node !== '' && hostId === null && clusterId !== '',
    refetchInterval: pollWhile(vmsBusy),
  });
  const vmw = useQuery({
    ...resourcePoolQueries.vmwVms(n, clusterId, hostId),
    enabled: kind === 'vmware' && n.node !== '' && clusterId !== '',
    refetchInterval: pollWhile(vmsBusy),
  });
  const query = kind === 'vmware' ? vmw : hostId !== null ? casHost : casCluster;
  const vms: PoolVm[] | undefined =
    kind === 'vmware'
      ? vmw.data?.map(fromVmwVm)
      : (hostId !== null ? casHost.data : casCluster.data)?.map(fromCasVm);
  return { vms, query };
}

/** Storage pools (CAS) or datastores with their capacity (VMware, from their performance). */
export function useStores(kind: PoolKind, n: NodeRef, hostId: string) {
  const cas = useQuery({
    ...resourcePoolQueries.casPools(n, hostId),
    enabled: kind === 'cas' && n.node !== '' && hostId !== '',
  });
  const ds = useQuery({
    ...resourcePoolQueries.vmwDatastores(n, hostId),
    enabled: kind === 'vmware' && n.node !== '' && hostId !== '',
  });
  const entries = Object.entries(ds.data ?? {});
  const perf = useQueries({
    queries: (kind === 'vmware' ? entries : []).map(([, id]) =>
      resourcePoolQueries.perf(n, 'datastore', id),
    ),
  });
  if (kind === 'cas') return { stores: cas.data?.map(fromCasPool), query: cas };
  const stores: PoolStore[] | undefined = ds.data
    ? entries.flatMap(([name], i) => {
        const p = perf[i]?.data;
        return p ? [fromDatastorePerf(name, p)] : [];
      })
    : undefined;
  return { stores, query: ds };
}
