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

export function listVmSnapshots(ctx: OpCtx<'listVmSnapshots'>) {
  const node = nodeOf(ctx, null);
  return { status: 200, body: snapshotTree(findVm(ctx.sim, node.hostName, ctx.params.vm_id)) };
}

function vmOfBody(ctx: OpCtx<'createVmSnapshot' | 'revertVmSnapshot'>, sim: Sim) {
  const node = nodeOf(ctx, null);
  const vm = sim.state.hvVms.find((v) => v.node === node.hostName && v.id === ctx.body.vmId);
  if (!vm)
    throw notFound(`VM ${ctx.body.vmId} could not be found on compute node ${node.hostName}.`);
  return findVm(sim, node.hostName, vm.id);
}

export function createVmSnapshot(ctx: OpCtx<'createVmSnapshot'>) {
  const b = ctx.body;
  const vm = vmOfBody(ctx, ctx.sim);
  if (vm.migrating) throw conflict(`VM ${vm.name} is being migrated.`);
  if (snap(vm, b.name)) throw conflict(`VM ${vm.name} already has a snapshot named ${b.name}.`);
  if (b.snapMem && powerOf(ctx.sim, vm) !== 'running')
    throw conflict(`VM ${vm.name} is not running: a snapshot with memory needs a running VM.`);
  vm.snapshots.push({
    name: b.name,
    desc: b.desc ?? '',
    created: ctx.sim.now(),
    snapMem: b.snapMem ?? false,
    parent: vm.currentSnap,
  });
  vm.currentSnap = b.name;
  return { status: 200 };
}

export function revertVmSnapshot(ctx: OpCtx<'revertVmSnapshot'>) {
  const vm = vmOfBody(ctx, ctx.sim);
  const s = snap(vm, ctx.body.name);
  if (!s) throw notFound(`Snapshot ${ctx.body.name} of VM ${vm.name} could not be found.`);
  if (vm.migrating) throw conflict(`VM ${vm.name} is being migrated.`);
  vm.currentSnap = s.name;
  // Only an unmanaged VM's power is the hypervisor's to change here; a server's is nova's.
  if (!vm.serverId) vm.power = s.snapMem ? 'running' : 'stopped';
  return { status: 200 };
}

export function deleteVmSnapshot(ctx: OpCtx<'deleteVmSnapshot'>) {
  const node = nodeOf(ctx, null);
  const vm = findVm(ctx.sim, node.hostName, ctx.params.vm_id);
  const s = snap(vm, ctx.params.snapshot_name);
  if (!s)
    throw notFound(`Snapshot ${ctx.params.snapshot_name} of VM ${vm.name} could not be found.`);
  for (const c of vm.snapshots) if (c.parent === s.name) c.parent = s.parent;
  vm.snapshots = vm.snapshots.filter((x) => x !== s);
  if (vm.currentSnap === s.name) vm.currentSnap = s.parent;
  return { status: 200 };
}
