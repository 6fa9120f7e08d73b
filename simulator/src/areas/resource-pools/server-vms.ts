// A cloud server on a CAS or VMware compute node is a VM of that node's manager (§1.13): the VM a
// server create (or an unshelve) makes there, recorded as adopted VMs are (`serverId` names the
// server). Deleting the server destroys the VM with it: `vmsOf` no longer lists it.
import type { Sim } from '../../sim.ts';
import type { HvHostRec, HvStoreRec, HvVmRec, ServerRec } from '../../state.ts';
import { hostsOf, storesOf } from './inventory.ts';

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

/**
 * Called when a server lands on a compute node (its build succeeded, it was unshelved): on a CAS
 * or VMware node, the manager now has a VM for it. Once per node: a server back on a node it
 * left finds its VM again.
 */
export function placeServerVm(sim: Sim, s: ServerRec) {
  const state = sim.state;
  const node = state.computeNodes.find((n) => n.hostName === s.host);
  if (!node || (node.vmType !== 1 && node.vmType !== 2)) return;
  const vms = sim.index('hvVms', 'node', (r) => r.node).get(node.hostName) ?? [];
  if (vms.some((v) => v.serverId === s.id)) return;
  const vm = serverVm(s, {
    node: node.hostName,
    vmware: node.vmType === 1,
    hosts: hostsOf(sim, node.hostName),
    stores: storesOf(sim, node.hostName),
    vms,
    flavor: state.flavors.find((f) => f.id === s.flavor_id),
    imageName: state.images.find((im) => im.id === s.image_id)?.name ?? '',
  });
  if (vm) state.hvVms.push(vm);
}
