// Whole-VM snapshots and snapshot policies (004 §1.10 #1–12; the quota, #13–14, is the quotas
// area's). Paths under /os/compute/v1/cloudos/virtual/snapshot (api-notes I-1); the router matches
// the literal segments (`strategy`, `count-limit`, `resume`, `checkName`) before `{server_uuid}`
// (I-10). Errors carry the section's English messages (I-44).
import { SEED_EPOCH } from '../../constants.ts';
import { defineHandlers, type Area } from '../../area.ts';
import type { Sim } from '../../sim.ts';
import { createPolicy, deletePolicy, getPolicy, listPolicies, updatePolicy } from './policies.ts';
import { policyTasks, schedulePolicy } from './schedule.ts';
import { seedVmSnapshots } from './seed.ts';
import {
  checkName,
  createSnapshot,
  deleteSnapshots,
  getCountLimit,
  getTree,
  revertSnapshot,
  snapshotTasks,
  updateSnapshot,
} from './snapshots.ts';

const handlers = defineHandlers({
  createSnapshotPolicy: createPolicy,
  listSnapshotPolicies: listPolicies,
  getSnapshotPolicy: getPolicy,
  updateSnapshotPolicy: updatePolicy,
  deleteSnapshotPolicy: deletePolicy,
  getVirtualSnapshotCountLimit: getCountLimit,
  createVirtualSnapshot: createSnapshot,
  getVirtualSnapshotTree: getTree,
  updateVirtualSnapshot: updateSnapshot,
  revertVirtualSnapshot: revertSnapshot,
  deleteVirtualSnapshots: deleteSnapshots,
  checkVirtualSnapshotName: checkName,
});

/** Seeded snapshot times count from the seed epoch; moved so that "yesterday" stays yesterday. */
function onSeed(sim: Sim) {
  const shift = Math.round((sim.now() - SEED_EPOCH) / 1000) * 1000;
  for (const t of sim.state.vmSnapTrees) for (const s of t.snaps) s.created += shift;
  // The seeded policies in effect run on their schedule — but not under test: a manual clock's
  // settle() runs every task at once (every unit test would take ten policy runs with it), and
  // under test control (e2e) a run due at some time of day would change a seeded server's
  // snapshots in the middle of whichever test runs then. Policies a test creates always run.
  if (sim.opts.clock !== 'manual' && !sim.opts.control)
    for (const p of sim.state.snapPolicies) schedulePolicy(sim, p);
}

export const vmSnapshotsArea = {
  handlers,
  tasks: { ...snapshotTasks, ...policyTasks },
  onSeed,
  // A state saved before this area existed gets the seeded trees and policies of its servers.
  defaults: (s) => {
    if (s.vmSnapTrees && s.snapPolicies && s.nextSnapPolicyId) return;
    const seeded = seedVmSnapshots(
      {
        servers: s.servers ?? [],
        azones: s.azones ?? [],
        projects: s.projects ?? [],
        projectLimits: s.projectLimits ?? {},
      },
      s.scale ?? 1,
    );
    s.vmSnapTrees ??= seeded.vmSnapTrees;
    s.snapPolicies ??= seeded.snapPolicies;
    s.nextSnapPolicyId ??= seeded.nextSnapPolicyId;
  },
} satisfies Area;
