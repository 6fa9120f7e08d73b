import type { components } from '@contract/schema';

/**
 * A server as the client returns it. openapi-fetch's response typing drops the always-null
 * `OS-SRV-USG:terminated_at`, so it is left out here too (nothing reads it).
 */
export type Server = Omit<components['schemas']['Server'], 'OS-SRV-USG:terminated_at'>;
export type ServerStatus = components['schemas']['ServerStatus'];
export type VmState = components['schemas']['ServerVmState'];
export type TaskState = NonNullable<components['schemas']['ServerTaskState']>;
export type PowerState = components['schemas']['ServerPowerState'];
export type ServerActionBody = components['schemas']['ServerActionBody'];
export type Flavor = components['schemas']['Flavor'];

/** Every status nova reports, in the order the status filter offers them. */
export const SERVER_STATUSES: readonly ServerStatus[] = [
  'ACTIVE',
  'BUILD',
  'SHUTOFF',
  'SUSPENDED',
  'PAUSED',
  'REBOOT',
  'HARD_REBOOT',
  'RESIZE',
  'VERIFY_RESIZE',
  'SHELVED',
  'SHELVED_OFFLOADED',
  'ERROR',
];

export const POWER_STATES: readonly PowerState[] = [0, 1, 3, 4, 7];

/** Who is looking: guards and links depend on the caller's role and project. */
export type Viewer = { isAdmin: boolean; projectId: string };
