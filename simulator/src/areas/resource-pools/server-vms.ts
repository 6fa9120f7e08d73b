// A cloud server on a CAS or VMware compute node is a VM of that node's manager (§1.13): the VM a
// server create (or an unshelve) makes there, recorded as adopted VMs are (`serverId` names the
// server). Deleting the server destroys the VM with it: `vmsOf` no longer lists it.
import type { Sim } from '../../sim.ts';
import type { ServerRec } from '../../state.ts';
import { hostsOf, storesOf } from './inventory.ts';
import { serverVm } from './server-vm.ts';

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
