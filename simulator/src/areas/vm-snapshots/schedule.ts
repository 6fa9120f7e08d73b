// Snapshot policies at work (004 §1.10 #1–5, issue [P2]): a policy in effect snapshots each of its
// servers at its time — daily, weekly on a weekday (1 = Monday … 7 = Sunday) or monthly on a day
// (a month without that day uses its last) — and keeps at most `maxSnapshotNum` of the snapshots
// it took, dropping the oldest (children move to the parent, as a manual delete does). Times are
// the platform's, China Standard Time (UTC+8). Runs are tasks, so they survive restarts and follow
// --delay-scale: at 0.001 a day passes in 86 s.
import type { Sim, TaskHandler } from '../../sim.ts';
import type { SnapPolicyRec, Task, VmSnapTreeRec } from '../../state.ts';
import { serversById } from '../servers/indexes.ts';
import { LIMIT_COUNT } from './limit.ts';
import { treesByServer } from './snapshots.ts';

const CST = 8 * 3600_000;
const DAY = 24 * 3600_000;

/** The first time after `after` (ms) at which the policy's schedule falls. */
export function nextRun(
  p: Pick<SnapPolicyRec, 'frequency' | 'day' | 'hour' | 'minutes'>,
  after: number,
) {
  const at = (d: Date) =>
    Date.UTC(
      d.getUTCFullYear(),
      d.getUTCMonth(),
      d.getUTCDate(),
      Number(p.hour),
      Number(p.minutes),
    ) - CST;
  // Walk the platform's calendar days from the day of `after` until one matches and is later.
  const start = new Date(after + CST);
  for (let i = 0; i <= 62; i++) {
    const d = new Date(
      Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + i),
    );
    const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
    const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    const matches =
      p.frequency === '2' ||
      (p.frequency === '1' && weekday === Number(p.day)) ||
      (p.frequency === '0' && d.getUTCDate() === Math.min(Number(p.day), lastDay));
    const t = at(d);
    if (matches && t > after) return t;
  }
  return after + 31 * DAY;
}

/**
 * Schedules the policy's next run after `from` (its last run, or now) in place of any pending one,
 * if it is in effect: an edit moves the run, a policy taken out of effect has none.
 */
export function schedulePolicy(sim: Sim, p: SnapPolicyRec, from = sim.now()) {
  const state = sim.state;
  if (state.tasks.some((t) => t.kind === 'vmsnap.policy' && t.ref === p.uuid))
    state.tasks = state.tasks.filter((t) => !(t.kind === 'vmsnap.policy' && t.ref === p.uuid));
  if (p.state !== '1') return;
  const due = nextRun(p, from);
  sim.schedule('vmsnap.policy', due - from, p.uuid, { due });
}

/** A run's snapshot name: the policy's name and the scheduled minute, e.g. `daily-db-202612050230`. */
function runName(p: SnapPolicyRec, due: number) {
  const d = new Date(due + CST).toISOString();
  return `${p.name}-${d.slice(0, 10).replaceAll('-', '')}${d.slice(11, 13)}${d.slice(14, 16)}`;
}

function dropOldestAuto(tree: VmSnapTreeRec) {
  const oldest = tree.snaps
    .filter((x) => x.auto && x.status === 'available')
    .sort((a, b) => a.created - b.created)[0];
  if (!oldest) return false;
  for (const c of tree.snaps) if (c.parent === oldest.name) c.parent = oldest.parent;
  if (tree.current === oldest.name) tree.current = oldest.parent;
  tree.snaps = tree.snaps.filter((y) => y !== oldest);
  return true;
}

function run(sim: Sim, task: Task) {
  const p = sim.state.snapPolicies.find((x) => x.uuid === task.ref);
  const due = typeof task.data?.due === 'number' ? task.data.due : NaN;
  // Deleted, no longer in effect, or rescheduled by an edit (that edit scheduled its own run).
  if (!p || p.state !== '1' || nextRun(p, due - 60_000) !== due) return;
  const server = serversById(sim);
  const trees = treesByServer(sim);
  const name = runName(p, due);
  const keep = Math.max(1, Number(p.maxSnapshotNum) || 1);
  for (const id of p.servers) {
    const s = server(id);
    if (!s?.host || s.task_state !== null || (s.status !== 'ACTIVE' && s.status !== 'SHUTOFF'))
      continue;
    let tree = trees.get(id)?.[0];
    if (!tree) {
      sim.state.vmSnapTrees.push({ serverId: id, current: null, snaps: [] });
      tree = sim.state.vmSnapTrees[sim.state.vmSnapTrees.length - 1];
    }
    if (!tree || tree.snaps.some((x) => x.name === name)) continue;
    while (tree.snaps.filter((x) => x.auto).length >= keep && dropOldestAuto(tree));
    if (tree.snaps.length >= LIMIT_COUNT && !dropOldestAuto(tree)) continue;
    tree.snaps.push({
      name,
      desc: null,
      created: sim.now(),
      snapMem: p.flag === '1' && s.status === 'ACTIVE',
      mode: '2',
      noStop: true,
      parent: tree.current,
      status: 'available',
      auto: true,
    });
    tree.current = name;
  }
  schedulePolicy(sim, p, due);
}

export const policyTasks: Record<string, TaskHandler> = { 'vmsnap.policy': run };
