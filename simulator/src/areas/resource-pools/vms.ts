// VM migration (relocate_vm, §1.13 #18) and hypervisor-level snapshots (#21–24, api-notes 4.3).
import type { OpCtx } from '../../area.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { Sim, TaskHandler } from '../../sim.ts';
import type { HvVmRec } from '../../state.ts';
import {
  findHost,
  findVm,
  nodeOf,
  powerOf,
  storeUsedGB,
  storesOfHost,
  usageOf,
} from './inventory.ts';
import { addSnap, ensureTree, removeSnap, snapOf, treeOf } from '../../vm-snapshot-trees.ts';
import { serversById } from '../servers/indexes.ts';
import { LIMIT_COUNT } from '../vm-snapshots/limit.ts';
import { snapshotTree } from './wire.ts';

export const RELOCATE_DELAY = 5000;
const at = (path: string, message: string) => [{ path: `body/${path}`, message }];

export function relocateVm(ctx: OpCtx<'relocateVm'>) {
  const node = nodeOf(ctx, null);
  const sim = ctx.sim;
  const b = ctx.body;
  const vm = findVm(sim, node.hostName, ctx.params.vm_id);
  if (b.id !== vm.id)
    throw badRequest(
      `The body's id ${b.id} is not the path's VM ${vm.id}.`,
      at('id', 'differs from the path'),
    );
  if (vm.migrating) throw conflict(`VM ${vm.name} is already being migrated.`);
  const power = powerOf(sim, vm);
  if (b.onlineMigrate === '1' && power !== 'running')
    throw conflict(
      `VM ${vm.name} is not running: an online migration needs a running VM (use onlineMigrate "0").`,
    );
  if (b.onlineMigrate === '0' && power === 'running')
    throw conflict(
      `VM ${vm.name} is running: power it off for an offline migration, or migrate it online.`,
    );
  const target = findHost(sim, node.hostName, b.targetHostId);
  const moveHost = b.migrateType !== '1';
  const moveStore = b.migrateType !== '0';
  if (moveHost) {
    if (target.id === vm.hostId)
      throw badRequest(
        `VM ${vm.name} already runs on host ${target.name}.`,
        at('targetHostId', "is the VM's own host"),
      );
    if (target.clusterId !== vm.clusterId)
      throw conflict(
        `Host ${target.name} is not in the VM's cluster: a VM migrates within its cluster.`,
      );
    if (target.powerState !== 'POWERED_ON' || target.connection !== 'CONNECTED' || target.task)
      throw conflict(`Host ${target.name} is not powered on and connected.`);
    if (target.maintenance) throw conflict(`Host ${target.name} is in maintenance mode.`);
    // A running VM needs its memory on the target (a stopped one is only registered there).
    const freeMB = target.memoryMB - usageOf(sim, target).memMB;
    if (power === 'running' && freeMB < vm.memoryMB)
      throw conflict(
        `Host ${target.name} has ${freeMB} MB of memory free; running VM ${vm.name} needs ${vm.memoryMB} MB.`,
      );
  } else if (target.id !== vm.hostId) {
    throw badRequest(
      `A storage-only migration (migrateType "1") keeps the VM on its host ${vm.hostId}.`,
      at('targetHostId', "must be the VM's host"),
    );
  }
  // A host-only migration keeps the disks where they are: `targetPool` is kept as given.
  const reachable = storesOfHost(sim, target);
  const store = moveStore
    ? reachable.find(
        (s) => s.id === b.targetPool || (node.kind === 'cas' && s.name === b.targetPool),
      )
    : reachable.find((s) => s.id === vm.storeId);
  if (moveStore) {
    if (!store)
      throw notFound(`Storage ${b.targetPool} could not be found on host ${target.name}.`);
    if (store.id === vm.storeId)
      throw badRequest(
        `VM ${vm.name} is already on storage ${store.name}.`,
        at('targetPool', "is the VM's own storage"),
      );
    const free = store.totalGB - storeUsedGB(sim, store).used;
    if (free < vm.usedGB)
      throw conflict(
        `Storage ${store.name} has ${free.toFixed(1)} GB free; VM ${vm.name} needs ${vm.usedGB} GB.`,
      );
  } else if (!store) {
    throw conflict(
      `Host ${target.name} cannot reach the VM's storage: migrate host and storage together (migrateType "2").`,
    );
  }
  vm.migrating = true;
  sim.schedule('hv.relocate', RELOCATE_DELAY, `${vm.node}/${vm.id}`, {
    hostId: moveHost ? target.id : vm.hostId,
    storeId: store.id,
  });
  return { status: 200 };
}

export const vmTasks: Record<string, TaskHandler> = {
  'hv.relocate': (sim, task) => {
    const [node = '', id = ''] = task.ref.split('/');
    const vm = sim.state.hvVms.find((x) => x.node === node && x.id === id);
    if (!vm) return;
    vm.migrating = false;
    const host = sim.state.hvHosts.find((h) => h.node === node && h.id === task.data?.hostId);
    if (host) {
      vm.hostId = host.id;
      vm.clusterId = host.clusterId;
    }
    if (typeof task.data?.storeId === 'string') vm.storeId = task.data.storeId;
  },
};

const snap = (vm: HvVmRec, name: string) => vm.snapshots.find((s) => s.name === name);

/**
 * The cloud server a VM is, while that server exists: its snapshots are then the server's tree
 * (vm-snapshot-trees.ts), the one the server's Snapshots tab reads, not the VM record's own list.
 */
function serverOfVm(sim: Sim, vm: HvVmRec) {
  return vm.serverId ? serversById(sim)(vm.serverId) : undefined;
}

export function listVmSnapshots(ctx: OpCtx<'listVmSnapshots'>) {
  const node = nodeOf(ctx, null);
  const vm = findVm(ctx.sim, node.hostName, ctx.params.vm_id);
  const server = serverOfVm(ctx.sim, vm);
  if (!server) return { status: 200, body: snapshotTree(vm.snapshots, vm.currentSnap) };
  const tree = treeOf(ctx.sim, server.id);
  const snaps = [...(tree?.snaps ?? [])].sort((a, b) => a.created - b.created);
  return { status: 200, body: snapshotTree(snaps, tree?.current ?? null) };
}

function vmOfBody(ctx: OpCtx<'createVmSnapshot' | 'revertVmSnapshot'>, sim: Sim) {
  const node = nodeOf(ctx, null);
  const vm = sim.state.hvVms.find((v) => v.node === node.hostName && v.id === ctx.body.vmId);
  if (!vm)
    throw notFound(`VM ${ctx.body.vmId} could not be found on compute node ${node.hostName}.`);
  return findVm(sim, node.hostName, vm.id);
}

/** A server's snapshot the hypervisor may revert or delete: one the cloud has finished taking. */
function settledSnap(sim: Sim, vm: HvVmRec, serverId: string, name: string) {
  const s = snapOf(treeOf(sim, serverId), name);
  if (!s) throw notFound(`Snapshot ${name} of VM ${vm.name} could not be found.`);
  if (s.status === 'creating')
    throw conflict(`Snapshot ${name} of VM ${vm.name} is still being created.`);
  return s;
}

export function createVmSnapshot(ctx: OpCtx<'createVmSnapshot'>) {
  const b = ctx.body;
  const vm = vmOfBody(ctx, ctx.sim);
  const server = serverOfVm(ctx.sim, vm);
  if (vm.migrating) throw conflict(`VM ${vm.name} is being migrated.`);
  const exists = server ? snapOf(treeOf(ctx.sim, server.id), b.name) : snap(vm, b.name);
  if (exists) throw conflict(`VM ${vm.name} already has a snapshot named ${b.name}.`);
  if (b.snapMem && powerOf(ctx.sim, vm) !== 'running')
    throw conflict(`VM ${vm.name} is not running: a snapshot with memory needs a running VM.`);
  const created = ctx.sim.now();
  if (server) {
    // The hypervisor's per-VM limit, the one the server's count-limit call reports.
    const tree = ensureTree(ctx.sim, server.id);
    if (tree.snaps.length >= LIMIT_COUNT)
      throw conflict(`VM ${vm.name} already has ${LIMIT_COUNT} snapshots, its limit.`);
    addSnap(tree, {
      name: b.name,
      desc: b.desc || null,
      created,
      snapMem: b.snapMem ?? false,
      mode: '2',
      noStop: true,
      status: 'available',
      auto: false,
    });
    return { status: 200 };
  }
  vm.snapshots.push({
    name: b.name,
    desc: b.desc ?? '',
    created,
    snapMem: b.snapMem ?? false,
    parent: vm.currentSnap,
  });
  vm.currentSnap = b.name;
  return { status: 200 };
}

export function revertVmSnapshot(ctx: OpCtx<'revertVmSnapshot'>) {
  const vm = vmOfBody(ctx, ctx.sim);
  const server = serverOfVm(ctx.sim, vm);
  if (server) {
    const s = settledSnap(ctx.sim, vm, server.id, ctx.body.name);
    if (vm.migrating) throw conflict(`VM ${vm.name} is being migrated.`);
    if (server.task_state !== null)
      throw conflict(`VM ${vm.name}'s server is busy (${server.task_state}).`);
    // The server's power stays nova's; the tree's current snapshot is the one both views mark.
    ensureTree(ctx.sim, server.id).current = s.name;
    return { status: 200 };
  }
  const s = snap(vm, ctx.body.name);
  if (!s) throw notFound(`Snapshot ${ctx.body.name} of VM ${vm.name} could not be found.`);
  if (vm.migrating) throw conflict(`VM ${vm.name} is being migrated.`);
  vm.currentSnap = s.name;
  if (!vm.serverId) vm.power = s.snapMem ? 'running' : 'stopped';
  return { status: 200 };
}

export function deleteVmSnapshot(ctx: OpCtx<'deleteVmSnapshot'>) {
  const node = nodeOf(ctx, null);
  const vm = findVm(ctx.sim, node.hostName, ctx.params.vm_id);
  const name = ctx.params.snapshot_name;
  const server = serverOfVm(ctx.sim, vm);
  if (server) {
    const s = settledSnap(ctx.sim, vm, server.id, name);
    removeSnap(ensureTree(ctx.sim, server.id), s);
    return { status: 200 };
  }
  const s = snap(vm, name);
  if (!s) throw notFound(`Snapshot ${name} of VM ${vm.name} could not be found.`);
  for (const c of vm.snapshots) if (c.parent === s.name) c.parent = s.parent;
  vm.snapshots = vm.snapshots.filter((x) => x !== s);
  if (vm.currentSnap === s.name) vm.currentSnap = s.parent;
  return { status: 200 };
}
