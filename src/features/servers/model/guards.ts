// Which action a server accepts in its current state (api-notes 4.1, the simulator's ALLOWED
// table and nova's own checks). A guard returns true or why not; the menu shows the reason as the
// tooltip of the disabled item and the batch runner skips ineligible servers with it.
import type { Server, VmState } from './types';

export type ServerActionKey =
  | 'start'
  | 'stop'
  | 'reboot'
  | 'rebootHard'
  | 'suspend'
  | 'resume'
  | 'resize'
  | 'liveResize'
  | 'console'
  | 'shelve'
  | 'unshelve'
  | 'rename'
  | 'transfer'
  | 'shortenLease'
  | 'snapshot'
  | 'delete';

/** vm_states an action may start from; `null` = any. */
export const ALLOWED_FROM: Record<ServerActionKey, readonly VmState[] | null> = {
  start: ['stopped'],
  stop: ['active', 'error'],
  reboot: ['active'],
  rebootHard: ['active', 'stopped', 'error', 'paused', 'suspended'],
  suspend: ['active'],
  resume: ['suspended'],
  resize: ['active', 'stopped'],
  liveResize: ['active'],
  console: ['active'],
  shelve: ['active', 'stopped', 'paused', 'suspended'],
  unshelve: ['shelved', 'shelved_offloaded'],
  rename: null,
  transfer: ['active', 'stopped', 'paused', 'suspended', 'shelved', 'shelved_offloaded'],
  shortenLease: null,
  // createImage (004:L5330; servers.yaml's state table).
  snapshot: ['active', 'stopped', 'paused', 'suspended'],
  delete: null,
};

/** Actions nova accepts while a task runs (delete interrupts almost anything; rename is metadata). */
const DURING_TASK: ReadonlySet<ServerActionKey> = new Set(['delete', 'rename']);

export type GuardRefusal =
  | { readonly reason: 'busy'; readonly task: string }
  | { readonly reason: 'state'; readonly allowed: readonly VmState[]; readonly current: VmState }
  | { readonly reason: 'noLease' }
  | { readonly reason: 'deleting' };
export type Guard = true | GuardRefusal;

type GuardFields = Pick<Server, 'OS-EXT-STS:vm_state' | 'OS-EXT-STS:task_state' | 'metadata'>;

export function guard(action: ServerActionKey, s: GuardFields): Guard {
  const task = s['OS-EXT-STS:task_state'];
  const vm = s['OS-EXT-STS:vm_state'];
  if (task === 'deleting') return { reason: 'deleting' };
  if (vm === 'deleted') return { reason: 'deleting' };
  if (task !== null && !DURING_TASK.has(action)) return { reason: 'busy', task };
  if (action === 'shortenLease' && !leaseOf(s)) return { reason: 'noLease' };
  const allowed = ALLOWED_FROM[action];
  if (allowed && !allowed.includes(vm)) return { reason: 'state', allowed, current: vm };
  return true;
}

export type Lease = { readonly id: string; readonly endTime: number };

/** The server's lease, which the platform exposes in its metadata (see the getServer contract). */
export function leaseOf(s: Pick<Server, 'metadata'>): Lease | undefined {
  const id = s.metadata.tenancyId;
  const end = Number(s.metadata.tenancyEndTime);
  if (!id || !Number.isFinite(end) || end <= 0) return undefined;
  return { id, endTime: end };
}
