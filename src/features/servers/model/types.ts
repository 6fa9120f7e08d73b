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

// Choice lists generated from the spec (src/api/enums.ts), re-exported for the feature.
export { POWER_STATES, SERVER_STATUSES } from '@/api/enums';

/** Who is looking: guards and links depend on the caller's role and project. */
export type Viewer = { isAdmin: boolean; projectId: string };
