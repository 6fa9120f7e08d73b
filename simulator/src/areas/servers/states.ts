// nova's server state machine (api-notes 4.1): what each status means for vm_state and power
// state, and how long each transition takes. Plain data: the seed uses it too.
import type { ServerRec } from '../../state.ts';

export type Status = ServerRec['status'];
export type VmState = ServerRec['vm_state'];
export type TaskState = NonNullable<ServerRec['task_state']>;

/** status → [vm_state, power_state] (api-notes 4.1). */
export const STATUS_STATES: Record<Status, [VmState, ServerRec['power_state']]> = {
  BUILD: ['building', 0],
  ACTIVE: ['active', 1],
  SHUTOFF: ['stopped', 4],
  SUSPENDED: ['suspended', 7],
  PAUSED: ['paused', 3],
  REBOOT: ['active', 1],
  HARD_REBOOT: ['active', 1],
  RESIZE: ['active', 1],
  VERIFY_RESIZE: ['resized', 1],
  SHELVED: ['shelved', 4],
  SHELVED_OFFLOADED: ['shelved_offloaded', 4],
  ERROR: ['error', 0],
  DELETED: ['deleted', 0],
};

/** The task a server seeded in a transitional status is in. */
export const TRANSIENT_TASK: Partial<Record<Status, TaskState>> = {
  BUILD: 'spawning',
  REBOOT: 'rebooting',
  HARD_REBOOT: 'rebooting_hard',
  RESIZE: 'resize_prep',
};

/** Transition times (ms, scaled by --delay-scale). */
export const DELAY: Record<string, number> = {
  build: 3000,
  stop: 2000,
  start: 2000,
  suspend: 1500,
  resume: 1500,
  reboot: 2500,
  rebootHard: 3000,
  resize: 4000,
  liveresize: 2000,
  shelve: 2000,
  offload: 2000,
  unshelve: 3000,
  snapshot: 3000,
  delete: 1000,
};

/** nova's scheduling failure, the fault of a server that found no compute node. */
export const NO_VALID_HOST = 'No valid host was found. There are not enough hosts available.';
