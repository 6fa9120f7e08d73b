// A server's delayed transitions (api-notes 4.1), what a deleted server leaves behind, and the
// transitions a freshly seeded world schedules for its servers caught mid-transition.
import { SEED_EPOCH } from '../../constants.ts';
import type { Sim, TaskHandler } from '../../sim.ts';
import { liveHostsOf } from '../hypervisors/hosts.ts';
import { releaseBareMetal } from '../bare-metal/instances.ts';
import { volumesByServer } from '../compute-reference/indexes.ts';
import { placeServerVm } from '../resource-pools/server-vms.ts';
import type { ServerRec } from '../../state.ts';
import { treeOf } from '../../vm-snapshot-trees.ts';
import { DELAY, NO_VALID_HOST, STATUS_STATES, type Status } from './states.ts';
import { serversById } from './indexes.ts';

/** Moves a server to a settled status: vm_state and power_state follow (api-notes 4.1). */
function settle(sim: Sim, s: ServerRec, status: Status) {
  const [vm, power] = STATUS_STATES[status];
  s.status = status;
  s.vm_state = vm;
  s.power_state = power;
  s.task_state = null;
  s.updated = sim.now();
}

/**
 * A deleted server leaves its group, its volumes (deleting a boot volume marked so), its lease, its
 * whole-VM snapshots (they live in the VM's disk chain on the hypervisor and go with it) and the
 * snapshot policies it was bound to, and no pending transition of its own (a stop or a snapshot
 * still running when the delete landed has nothing left to finish).
 */
export function releaseServer(sim: Sim, id: string) {
  const state = sim.state;
  const attached = volumesByServer(sim).get(id) ?? [];
  state.servers = state.servers.filter((x) => x.id !== id);
  for (const g of state.serverGroups)
    if (g.members.includes(id)) g.members = g.members.filter((m) => m !== id);
  const gone = new Set<string>();
  for (const v of attached) {
    const mine = v.attachments.filter((a) => a.server_id === id);
    if (mine.some((a) => a.boot && a.delete_on_termination)) gone.add(v.id);
    v.attachments = v.attachments.filter((a) => a.server_id !== id);
    if (v.attachments.length === 0 && v.status === 'in-use') v.status = 'available';
  }
  if (gone.size) state.volumes = state.volumes.filter((v) => !gone.has(v.id));
  state.leases = state.leases.filter((l) => l.resUuid !== id);
  if (treeOf(sim, id)) state.vmSnapTrees = state.vmSnapTrees.filter((t) => t.serverId !== id);
  for (const p of state.snapPolicies)
    if (p.servers.includes(id)) p.servers = p.servers.filter((m) => m !== id);
  if (state.tasks.some((t) => t.ref === id)) state.tasks = state.tasks.filter((t) => t.ref !== id);
  // A bare-metal server's node undeploys.
  releaseBareMetal(sim, id);
}

export const serverTasks: Record<string, TaskHandler> = {
  'server.settle': (sim, task) => {
    // Through the id index: a scan of the tracked list per task wrapped every server in a
    // change-tracking proxy; the seeded transitions of `--scale 40` (hundreds due at once) held
    // the event loop for seconds.
    const s = serversById(sim)(task.ref);
    const data = task.data ?? {};
    // A later action (a delete, say) superseded this transition.
    if (!s || s.task_state !== data.task) return;
    switch (data.action) {
      case 'build':
        if (data.noValidHost === true || s.name.toLowerCase().startsWith('error')) {
          settle(sim, s, 'ERROR');
          s.host = null;
          s.hypervisor_hostname = null;
          s.fault = { code: 500, message: NO_VALID_HOST, created: sim.now() };
        } else {
          settle(sim, s, 'ACTIVE');
          s.launched_at = sim.now();
          // On a CAS or VMware node the server is a VM of the node's manager.
          placeServerVm(sim, s);
        }
        return;
      case 'stop':
        return settle(sim, s, 'SHUTOFF');
      case 'suspend':
        return settle(sim, s, 'SUSPENDED');
      case 'start':
      case 'resume':
      case 'reboot':
      case 'rebootHard':
        return settle(sim, s, 'ACTIVE');
      case 'resize':
      case 'liveresize':
        s.flavor_id = String(data.flavorId ?? s.flavor_id);
        return settle(sim, s, data.prevStatus === 'SHUTOFF' ? 'SHUTOFF' : 'ACTIVE');
      case 'shelve':
        settle(sim, s, 'SHELVED');
        s.task_state = 'shelving_offloading';
        sim.schedule('server.settle', DELAY.offload ?? 0, s.id, {
          action: 'offload',
          task: 'shelving_offloading',
        });
        return;
      case 'offload':
        settle(sim, s, 'SHELVED_OFFLOADED');
        s.host = null;
        s.hypervisor_hostname = null;
        return;
      case 'unshelve': {
        const [host = '', hyper = ''] = liveHostsOf(sim.state.hypervisors, s.az)[0] ?? [];
        s.host ??= host;
        s.hypervisor_hostname ??= hyper;
        settle(sim, s, 'ACTIVE');
        return placeServerVm(sim, s);
      }
      case 'snapshot':
        s.task_state = null;
        s.updated = sim.now();
        return;
      case 'delete':
        return releaseServer(sim, s.id);
    }
  },
};

/** How long after seeding a server seeded mid-transition settles. */
const SETTLE_AFTER: Partial<Record<Status, [string, number]>> = {
  BUILD: ['build', 30_000],
  REBOOT: ['reboot', 20_000],
  HARD_REBOOT: ['rebootHard', 25_000],
  RESIZE: ['resize', 60_000],
};

export function onServersSeeded(sim: Sim) {
  const state = sim.state;
  // Seeded leases count from the seed epoch; moved to count from now, "expires in two days"
  // and "due" stay true of the seeded ones whenever the world is seeded.
  const shift = Math.round((sim.now() - SEED_EPOCH) / 1000) * 1000;
  for (const l of state.leases) {
    l.startTime += shift;
    l.endTime += shift;
  }
  // The servers' own times too: a server seeded as building was created seconds ago, not on
  // the seed epoch, and no launch time lies before its creation or after now.
  for (const s of state.servers) {
    s.created += shift;
    s.updated += shift;
    if (s.launched_at !== null) s.launched_at += shift;
    if (s.fault) s.fault.created += shift;
  }
  for (const s of state.servers) {
    const plan = SETTLE_AFTER[s.status];
    if (!plan || s.task_state === null) continue;
    const [action, delay] = plan;
    sim.schedule('server.settle', delay, s.id, {
      action,
      task: s.task_state,
      flavorId: s.flavor_id,
      prevStatus: 'ACTIVE',
    });
  }
}
