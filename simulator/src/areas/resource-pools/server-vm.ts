// The VM record of a cloud server on a CAS or VMware compute node (§1.13), recorded as adopted VMs
// are (`serverId` names the server): pure, for the seed and for server-vms.ts.
import type { HvHostRec, HvStoreRec, HvVmRec, ServerRec } from '../../state.ts';

export type ServerVmInput = {
  node: string;
  /** Is the node a VMware one (`vm-…` ids) rather than CAS (numeric ids)? */
  vmware: boolean;
  hosts: readonly HvHostRec[];
  stores: readonly HvStoreRec[];
  /** The node's VMs so far, of which the new VM's id must differ. */
  vms: readonly HvVmRec[];
  flavor: { vcpus: number; ram: number; disk: number } | undefined;
  imageName: string;
};

const POWER: Partial<Record<ServerRec['status'], HvVmRec['power']>> = {
  ACTIVE: 'running',
  SHUTOFF: 'stopped',
  PAUSED: 'paused',
  SUSPENDED: 'paused',
};

/**
 * The host a server of the node runs on: the one its hypervisor name designates (a CAS target
 * `cvknode102`, `cvknode191(CVM…)`), else the node's own host, the first of its first cluster.
 */
export function hostOfServer(
  hosts: readonly HvHostRec[],
  s: Pick<ServerRec, 'hypervisor_hostname'>,
) {
  const name = (s.hypervisor_hostname ?? '').replace(/\(.*\)$/, '');
  return hosts.find((h) => h.name === name) ?? hosts[0];
}

/** The VM record of a server placed on the node; null when the node has no host. */
export function serverVm(s: ServerRec, i: ServerVmInput): HvVmRec | null {
  const host = hostOfServer(i.hosts, s);
  if (!host) return null;
  const store =
    i.stores.find((x) => x.hostIds.length > 1 && x.hostIds.includes(host.id)) ??
    i.stores.find((x) => x.hostIds.includes(host.id));
  const numbers = i.vms.map((v) => Number(v.id.replace(/^vm-/, ''))).filter(Number.isFinite);
  const no = Math.max(i.vmware ? 9000 : 5000, ...numbers) + 1;
  const windows = /win/i.test(i.imageName);
  const diskGB = Math.max(i.flavor?.disk ?? 20, 20);
  return {
    node: host.node,
    id: i.vmware ? `vm-${no}` : String(no),
    name: s.instance_name,
    hostId: host.id,
    clusterId: host.clusterId,
    storeId: store?.id ?? '',
    power: POWER[s.status] ?? 'running',
    cpu: i.flavor?.vcpus ?? 1,
    memoryMB: i.flavor?.ram ?? 1024,
    diskGB,
    // A fresh disk holds its image: about a fifth of the disk.
    usedGB: Math.round(diskGB * 20) / 100,
    windows,
    osDesc: windows ? 'Microsoft Windows Server 2019(64-bit)' : 'CentOS 7(64-bit)',
    guestId: windows ? 'windows2019srv_64Guest' : 'centos7_64Guest',
    ip: s.ports[0]?.ip ?? '',
    mac: s.ports[0]?.mac ?? '',
    serverId: s.id,
    migrating: false,
    snapshots: [],
    currentSnap: null,
  };
}
