// A cloud server on a CAS or VMware compute node is a VM of that node's manager (§1.13): the VM a
// server create (or an unshelve) makes there, recorded as adopted VMs are (`serverId` names the
// server). Deleting the server destroys the VM with it: `vmsOf` no longer lists it.
import type { Sim } from '../../sim.ts';
import type { ServerRec } from '../../state.ts';
import { flavorsById } from '../flavors/indexes.ts';
import { hostsOf, storesOf } from './inventory.ts';
import { serverVm } from './server-vm.ts';

/**
 * Called when a server lands on a compute node (its build succeeded, it was unshelved): on a CAS
 * or VMware node, the manager now has a VM for it. Once per node: a server back on a node it
 * left finds its VM again.
 */
export function placeServerVm(sim: Sim, s: ServerRec) {
  // Everything but the push only reads: it reads the plain state through indexes, not the tracked
  // lists. At `--scale 40` a batch of due tasks settles hundreds of seeded builds at once, each
  // landing here; scanning the tracked lists (or taking a node's thousands of VMs as tracking
  // views) held the event loop for seconds.
  const read = sim.world.reader();
  const node = s.host
    ? read.index('computeNodes', 'host', (n) => n.hostName).get(s.host)?.[0]
    : undefined;
  if (!node || (node.vmType !== 1 && node.vmType !== 2)) return;
  const vms = read.index('hvVms', 'node', (r) => r.node).get(node.hostName) ?? [];
  if (vms.some((v) => v.serverId === s.id)) return;
  const vm = serverVm(s, {
    node: node.hostName,
    vmware: node.vmType === 1,
    hosts: hostsOf(read, node.hostName),
    stores: storesOf(read, node.hostName),
    vms,
    flavor: flavorsById(read)(s.flavor_id),
    imageName:
      read.index('images', 'id', (im) => im.id, { stable: true }).get(s.image_id)?.[0]?.name ?? '',
  });
  if (vm) sim.state.hvVms.push(vm);
}
