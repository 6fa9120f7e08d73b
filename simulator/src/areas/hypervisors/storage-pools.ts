// A compute node's storage pools (§1.7 item 8, hostpool): the shared datastore sized from the
// host's disk usage, and with `all=yes` the node's local pools too.
import type { HypervisorRec, Schemas } from '../../state.ts';

type Pool = Schemas['StoragePool'];

// [cluster, host pool] of the seeded zones' CAS/vCenter inventory.
const CLUSTERS: Record<string, [string, string]> = {
  cas191p1c1: ['cluster1-R4900G3', 'hostpool01'],
  caz19: ['cluster2-R4900G5', 'hostpool02'],
  vmw_dc01: ['DC01-Cluster', 'vCenter-DC01'],
  kvm_pool2: ['kvm-cluster2', 'kvm_pool2'],
};

export const clusterOf = (zone: string): [string, string] =>
  CLUSTERS[zone] ?? [`${zone}-cluster`, `${zone}-hostpool`];

const GIB_MB = 1024;

export function storagePools(h: HypervisorRec, w: Schemas['Hypervisor'], all: boolean): Pool[] {
  const active = h.state === 'up' ? 1 : 0;
  const vmware = h.hypervisor_type.startsWith('VMware');
  const shared: Pool = {
    status: active,
    preAllocation: w.local_gb_used * GIB_MB,
    name: vmware ? 'vsanDatastore' : 'iscsishared',
    totalSize: w.local_gb * GIB_MB,
    path: vmware ? '/vmfs/volumes/vsanDatastore' : '/vms/iscsishared',
    type: 'fs',
    freeSize: (w.disk_available_least ?? w.free_disk_gb) * GIB_MB,
  };
  if (!all) return [shared];
  const local = 1117 * GIB_MB + Number(h.id) * 4096;
  return [
    shared,
    {
      status: active,
      preAllocation: 96 * GIB_MB,
      name: 'defaultpool',
      totalSize: local,
      path: '/vms/images',
      type: 'dir',
      freeSize: local - 64 * GIB_MB,
    },
    {
      status: active,
      preAllocation: 12 * GIB_MB,
      name: 'isopool',
      totalSize: 200 * GIB_MB,
      path: '/vms/isos',
      type: 'dir',
      freeSize: 188 * GIB_MB,
    },
  ];
}
