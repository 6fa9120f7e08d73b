// A server's whole-VM snapshots (004 §1.10 #6–12, api-notes 4.3): a tree per server in which
// exactly one snapshot is current; a new snapshot is a child of the current one and becomes
// current; a revert makes its target current; a deleted snapshot's children move to its parent.
// Creating and reverting run on the hypervisor for a few seconds, shown on the server's task state.
import { caller, type OpCtx } from '../../area.ts';
import { badRequest, conflict, forbidden, notFound, SimError } from '../../errors.ts';
import type { Sim, TaskHandler } from '../../sim.ts';
import type { ServerRec, VmSnapTreeRec } from '../../state.ts';
import {
  addSnap,
  ensureTree,
  removeSnap,
  snapOf,
  treeOf,
  treesByServer,
} from '../../vm-snapshot-trees.ts';
import { serversById } from '../servers/indexes.ts';
import { DELAY, STATUS_STATES } from '../servers/states.ts';
import { LIMIT_COUNT } from './limit.ts';
import { treeWire } from './wire.ts';

export { treeOf, treesByServer };

/** How long a revert runs on the hypervisor (ms, scaled by --delay-scale). */
const REVERT_DELAY = 3000;

type ServerCtx = Pick<OpCtx<'getVirtualSnapshotTree'>, 'sim' | 'auth' | 'op'> & {
  params: { server_uuid: string };
};

/** The server of the path: the caller's organisation's, any for a cloud administrator. */
export function serverOf(ctx: ServerCtx): ServerRec {
  const auth = caller(ctx);
  const s = serversById(ctx.sim)(ctx.params.server_uuid);
  if (!s || (!auth.isAdmin && s.tenant_id !== auth.token.projectId))
    throw notFound('not find server');
  return s;
}

/** The server's compute node: without one, CAS cannot be asked (004:L10975). */
export function onNode(s: ServerRec): ServerRec {
  if (!s.host) throw new SimError(500, 'get server compute node error');
  return s;
}

/** A server the hypervisor can snapshot or revert now: settled, running or shut off. */
function settled(s: ServerRec, what: string) {
  if (s.task_state !== null)
    throw conflict(`Cannot ${what} server ${s.name} while its task ${s.task_state} runs.`);
  if (s.status !== 'ACTIVE' && s.status !== 'SHUTOFF')
    throw conflict(`Cannot ${what} server ${s.name} in status ${s.status}.`);
}

/** The whole-VM snapshots of an organisation's servers (the all-limits quota's usage). */
export function projectSnapshotCount(sim: Sim, project: string, auto: boolean): number {
  const server = serversById(sim);
  let n = 0;
  for (const t of sim.state.vmSnapTrees) {
    if (server(t.serverId)?.tenant_id !== project) continue;
    for (const x of t.snaps) if (x.auto === auto) n++;
  }
  return n;
}

function checkCapacity(sim: Sim, s: ServerRec, tree: VmSnapTreeRec | undefined) {
  const n = tree?.snaps.length ?? 0;
  if (n >= LIMIT_COUNT)
    throw conflict(
      `Server ${s.name} already has ${n} snapshots, its limit (limitCount ${LIMIT_COUNT}); delete one first.`,
    );
  const max = sim.state.projectLimits[s.tenant_id]?.max.maxComputeExtendVirtualSnaps ?? -1;
  if (max >= 0 && projectSnapshotCount(sim, s.tenant_id, false) >= max)
    throw forbidden(
      `Quota exceeded: the organisation's whole-VM snapshot quota (maxComputeExtendVirtualSnaps ${max}) is used up.`,
    );
}

export function getCountLimit(ctx: OpCtx<'getVirtualSnapshotCountLimit'>) {
  onNode(serverOf(ctx));
  return { status: 200, body: { limitCount: String(LIMIT_COUNT) } };
}

export function getTree(ctx: OpCtx<'getVirtualSnapshotTree'>) {
  const s = onNode(serverOf(ctx));
  return { status: 200, body: treeWire(treeOf(ctx.sim, s.id)) };
}

export function checkName(ctx: OpCtx<'checkVirtualSnapshotName'>) {
  const s = onNode(serverOf(ctx));
  const name = ctx.query.snapshotName.trim();
  if (!name)
    throw badRequest('snapshotName is empty.', [
      { path: 'query/snapshotName', message: 'is empty' },
    ]);
  return { status: 200, body: !snapOf(treeOf(ctx.sim, s.id), name) };
}

export function createSnapshot(ctx: OpCtx<'createVirtualSnapshot'>) {
  const b = ctx.body;
  const s = onNode(serverOf(ctx));
  settled(s, 'snapshot');
  const name = b.name.trim();
  if (!name) throw badRequest('name is empty.', [{ path: 'body/name', message: 'is empty' }]);
  const snapMem = b.snapMem === 'true';
  if (snapMem && s.status !== 'ACTIVE')
    throw conflict(
      `Server ${s.name} is not running: a snapshot with memory needs a running server.`,
    );
  const existing = treeOf(ctx.sim, s.id);
  if (snapOf(existing, name))
    throw conflict(`Server ${s.name} already has a snapshot named ${name}.`);
  checkCapacity(ctx.sim, s, existing);
  const tree = ensureTree(ctx.sim, s.id);
  const rec = addSnap(tree, {
    name,
    desc: b.desc ?? null,
    created: ctx.sim.now(),
    snapMem,
    mode: b.snapshotMode ?? '2',
    noStop: (b.noStopVirtSnapMem ?? 'true') === 'true',
    status: 'creating',
    auto: false,
  });
  s.task_state = 'image_snapshot';
  s.updated = ctx.sim.now();
  ctx.sim.schedule('vmsnap.settle', DELAY.snapshot ?? 3000, s.id, { action: 'create', name });
  return {
    status: 200,
    body: {
      uuid: s.id,
      name,
      desc: rec.desc,
      snapMem: b.snapMem,
      snapshotMode: rec.mode,
      noStopVirtSnapMem: rec.noStop ? 'true' : 'false',
    },
  };
}

export function updateSnapshot(ctx: OpCtx<'updateVirtualSnapshot'>) {
  const b = ctx.body;
  const s = onNode(serverOf(ctx));
  const tree = treeOf(ctx.sim, s.id);
  const snap = snapOf(tree, b.name);
  if (!tree || !snap) throw notFound(`Snapshot ${b.name} of server ${s.name} could not be found.`);
  if (snap.status === 'creating') throw conflict(`Snapshot ${b.name} is still being created.`);
  const next = b.snapName.trim();
  if (!next)
    throw badRequest('snapName is empty.', [{ path: 'body/snapName', message: 'is empty' }]);
  if (next !== snap.name) {
    if (snapOf(tree, next))
      throw conflict(`Server ${s.name} already has a snapshot named ${next}.`);
    for (const c of tree.snaps) if (c.parent === snap.name) c.parent = next;
    if (tree.current === snap.name) tree.current = next;
    snap.name = next;
  }
  snap.desc = b.desc;
  return { status: 200 };
}

export function revertSnapshot(ctx: OpCtx<'revertVirtualSnapshot'>) {
  const s = onNode(serverOf(ctx));
  const name = ctx.body.virtualSnapName;
  const tree = treeOf(ctx.sim, s.id);
  const snap = snapOf(tree, name);
  if (!tree || !snap) throw notFound(`Snapshot ${name} of server ${s.name} could not be found.`);
  settled(s, 'revert');
  if (snap.status !== 'available') throw conflict(`Snapshot ${name} is still being created.`);
  tree.current = name;
  s.task_state = 'snapshot_reverting';
  s.updated = ctx.sim.now();
  ctx.sim.schedule('vmsnap.settle', REVERT_DELAY, s.id, { action: 'revert', name });
  return { status: 200 };
}

export function deleteSnapshots(ctx: OpCtx<'deleteVirtualSnapshots'>) {
  const s = onNode(serverOf(ctx));
  const names = [...new Set(ctx.query.snapshotNames.split(',').map((x) => x.trim()))].filter(
    Boolean,
  );
  if (names.length === 0)
    throw badRequest('snapshotNames lists no name.', [
      { path: 'query/snapshotNames', message: 'lists no name' },
    ]);
  const tree = treeOf(ctx.sim, s.id);
  const snaps = names.map((n) => {
    const x = snapOf(tree, n);
    if (!x) throw notFound(`Snapshot ${n} of server ${s.name} could not be found.`);
    return x;
  });
  if (s.task_state === 'snapshot_reverting')
    throw conflict(`Server ${s.name} is being reverted to a snapshot.`);
  const busy = snaps.find((x) => x.status === 'creating');
  if (busy) throw conflict(`Snapshot ${busy.name} is still being created.`);
  if (!tree) return { status: 200 };
  for (const x of snaps) removeSnap(tree, x);
  return { status: 200 };
}

export const snapshotTasks: Record<string, TaskHandler> = {
  'vmsnap.settle': (sim, task) => {
    const s = serversById(sim)(task.ref);
    const tree = treeOf(sim, task.ref);
    const name = typeof task.data?.name === 'string' ? task.data.name : '';
    const snap = snapOf(tree, name);
    if (task.data?.action === 'create') {
      if (snap) snap.status = 'available';
      if (s?.task_state === 'image_snapshot') {
        s.task_state = null;
        s.updated = sim.now();
      }
      return;
    }
    if (!s || s.task_state !== 'snapshot_reverting') return;
    // Reverting to a disk-only snapshot leaves the VM as its disks were: shut off.
    const status = snap?.snapMem === false ? 'SHUTOFF' : 'ACTIVE';
    const [vm, power] = STATUS_STATES[status];
    s.status = status;
    s.vm_state = vm;
    s.power_state = power;
    s.task_state = null;
    s.updated = sim.now();
  },
};
