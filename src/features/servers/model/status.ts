// How a server's state reads: the tone of its status tag and whether it is changing by itself
// (which is what makes lists and the detail page poll).
import type { StatusTone } from '@/components/status-tone';
import type { PowerState, Server, ServerStatus } from './types';

export const STATUS_TONE: Record<ServerStatus, StatusTone> = {
  ACTIVE: 'success',
  BUILD: 'processing',
  REBOOT: 'processing',
  HARD_REBOOT: 'processing',
  RESIZE: 'processing',
  VERIFY_RESIZE: 'processing',
  SHUTOFF: 'default',
  SUSPENDED: 'warning',
  PAUSED: 'warning',
  SHELVED: 'default',
  SHELVED_OFFLOADED: 'default',
  ERROR: 'error',
  DELETED: 'default',
};

const MOVING: ReadonlySet<ServerStatus> = new Set([
  'BUILD',
  'REBOOT',
  'HARD_REBOOT',
  'RESIZE',
  'VERIFY_RESIZE',
]);

type StateFields = Pick<Server, 'status' | 'OS-EXT-STS:task_state'>;

/** A task runs (powering-off, shelving, …) or the status itself is a transition (BUILD, REBOOT…). */
export const isTransitional = (s: StateFields) =>
  s['OS-EXT-STS:task_state'] !== null || MOVING.has(s.status);

export const anyTransitional = (list: readonly StateFields[] | undefined) =>
  (list ?? []).some(isTransitional);

/** The tone shown: a running task spins whatever the status. */
export const serverTone = (s: StateFields): StatusTone =>
  s['OS-EXT-STS:task_state'] !== null ? 'processing' : STATUS_TONE[s.status];

/** The power state each status implies (api-notes 4.1, as the simulator and nova report them). */
const EXPECTED_POWER: Record<ServerStatus, readonly PowerState[]> = {
  ACTIVE: [1],
  BUILD: [0],
  REBOOT: [1],
  HARD_REBOOT: [1],
  RESIZE: [1],
  VERIFY_RESIZE: [1],
  SHUTOFF: [4],
  SUSPENDED: [7, 4],
  PAUSED: [3],
  SHELVED: [4],
  SHELVED_OFFLOADED: [4, 0],
  ERROR: [0],
  DELETED: [0],
};

/**
 * The power state, when it adds to the status ("Running" under "Running" only repeats it): a
 * mismatch, or an ERROR server that is still powered. Null when the status says it all.
 */
export function powerWorthShowing(
  s: Pick<Server, 'status' | 'OS-EXT-STS:power_state'>,
): PowerState | null {
  const power = s['OS-EXT-STS:power_state'];
  return EXPECTED_POWER[s.status].includes(power) ? null : power;
}
