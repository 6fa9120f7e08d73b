// A cloud server on a CAS or VMware compute node is a VM of that node's manager (§1.13): the VM a
// server create (or an unshelve) makes there, recorded as adopted VMs are (`serverId` names the
// server). Deleting the server destroys the VM with it: `vmsOf` no longer lists it.
import type { Sim } from '../../sim.ts';
import type { ServerRec } from '../../state.ts';
import { imageById, imagesById } from '../images/tasks.ts';
import { flavorsById } from '../flavors/indexes.ts';
import { hostsOf, storesOf, vmsByNode } from './inventory.ts';
import { serverVm } from './server-vm.ts';

const nodesByHost = (sim: Sim) => sim.index('computeNodes', 'host', (n) => n.hostName);
/** The VMs recorded for a server (one per node it has been on). */
const vmsByServer = (sim: Sim) => sim.index('hvVms', 'server', (v) => v.serverId || null);

/** Builds what placing a server's VM looks up (see the areas' `warm`). */
export function warmServerVms(sim: Sim) {
  nodesByHost(sim);
  vmsByNode(sim);
  vmsByServer(sim);
  imagesById(sim);
  flavorsById(sim);
  // Any node: what is built is the grouping of every node.
  hostsOf(sim, '');
  storesOf(sim, '');
}

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
  const node = s.host ? nodesByHost(read).get(s.host)?.[0] : undefined;
  if (!node || (node.vmType !== 1 && node.vmType !== 2)) return;
  if (
    vmsByServer(read)
      .get(s.id)
      ?.some((v) => v.node === node.hostName)
  )
    return;
  const vms = vmsByNode(read).get(node.hostName) ?? [];
  const vm = serverVm(s, {
    node: node.hostName,
    vmware: node.vmType === 1,
    hosts: hostsOf(read, node.hostName),
    stores: storesOf(read, node.hostName),
    vms,
    flavor: flavorsById(read)(s.flavor_id),
    imageName: imageById(read, s.image_id)?.name ?? '',
  });
  if (vm) sim.state.hvVms.push(vm);
}
