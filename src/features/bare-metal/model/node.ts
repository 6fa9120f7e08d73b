// Pure logic of the bare-metal pages: which provision targets a node accepts (mirrors the
// simulator's ALLOWED_FROM, api-notes 4.2), how states look and when a node is still moving.
import type { components } from '@contract/schema';
import type { BmNode } from '@/api/resources/bare-metal';
import { BM_PROVISION_STATES } from '@/api/enums';
import type { StatusTone } from '@/components/status-tone';

export type ProvisionState = components['schemas']['BmProvisionState'];
export type ProvisionTarget =
  'manage' | 'provide' | 'inspect' | 'clean' | 'active' | 'rebuild' | 'deleted' | 'abort' | 'adopt';

export const PROVISION_STATES: readonly ProvisionState[] = BM_PROVISION_STATES;

/** The menu order of the provision actions. */
export const PROVISION_TARGETS: readonly ProvisionTarget[] = [
  'manage',
  'inspect',
  'clean',
  'provide',
  'active',
  'rebuild',
  'deleted',
  'abort',
  'adopt',
];

/** target → the states it may start from (ironic 1.34, api-notes 4.2). */
export const ALLOWED_FROM: Record<ProvisionTarget, readonly ProvisionState[]> = {
  manage: ['enroll', 'available', 'inspect failed', 'clean failed', 'adopt failed'],
  provide: ['manageable'],
  inspect: ['manageable', 'inspect failed'],
  clean: ['manageable'],
  active: ['available'],
  rebuild: ['active', 'deploy failed', 'error'],
  deleted: ['active', 'deploy failed', 'error', 'wait call-back'],
  abort: ['wait call-back', 'clean wait'],
  adopt: ['manageable', 'adopt failed'],
};

export type ProvisionRefusal =
  | { readonly reason: 'locked'; readonly conductor: string }
  | { readonly reason: 'maintenance' }
  | { readonly reason: 'noImage' }
  | {
      readonly reason: 'state';
      readonly allowed: readonly ProvisionState[];
      readonly current: ProvisionState;
    };

type GuardFields = Pick<
  BmNode,
  'provision_state' | 'maintenance' | 'reservation' | 'instance_info'
>;

/** Whether `node` accepts `target` now: a running task blocks all, maintenance all but abort. */
export function provisionGuard(
  target: ProvisionTarget,
  node: GuardFields,
): true | ProvisionRefusal {
  if (node.reservation) return { reason: 'locked', conductor: node.reservation };
  if (node.maintenance && target !== 'abort') return { reason: 'maintenance' };
  const allowed = ALLOWED_FROM[target];
  if (!allowed.includes(node.provision_state))
    return { reason: 'state', allowed, current: node.provision_state };
  // ironic validates the deploy interface first: deploying needs an image to write.
  if ((target === 'active' || target === 'rebuild') && !node.instance_info['image_source'])
    return { reason: 'noImage' };
  return true;
}

/** `clean` needs explicit steps at 1.34: the console's manual clean erases the disks. */
export const MANUAL_CLEAN_STEPS = [{ interface: 'deploy', step: 'erase_devices' }] as const;

export type PowerRefusal =
  | { readonly reason: 'noPower' }
  | { readonly reason: 'powerBusy' }
  | { readonly reason: 'already' };

/** Power on/off: the node must report a power state and have no change in flight. */
export function powerGuard(
  target: 'power on' | 'power off' | 'rebooting',
  n: Pick<BmNode, 'power_state' | 'target_power_state'>,
): true | PowerRefusal {
  if (n.power_state === null) return { reason: 'noPower' };
  if (n.target_power_state !== null) return { reason: 'powerBusy' };
  if (target === 'power on' && n.power_state === 'power on') return { reason: 'already' };
  if (target !== 'power on' && n.power_state === 'power off') return { reason: 'already' };
  return true;
}

/** The targets the state machine allows from a state (regardless of locks and maintenance). */
export const targetsFrom = (state: ProvisionState): ProvisionTarget[] =>
  PROVISION_TARGETS.filter((t) => ALLOWED_FROM[t].includes(state));

const TONE: Record<ProvisionState, StatusTone> = {
  enroll: 'default',
  verifying: 'processing',
  manageable: 'default',
  inspecting: 'processing',
  'inspect failed': 'error',
  cleaning: 'processing',
  'clean wait': 'processing',
  'clean failed': 'error',
  available: 'success',
  deploying: 'processing',
  'wait call-back': 'processing',
  'deploy failed': 'error',
  active: 'success',
  deleting: 'processing',
  error: 'error',
  adopting: 'processing',
  'adopt failed': 'error',
};

export const provisionTone = (state: ProvisionState): StatusTone => TONE[state];

/** Still moving by itself: a transitional state, a target, or a power change in flight. */
export const isNodeChanging = (
  n: Pick<BmNode, 'provision_state' | 'target_provision_state' | 'target_power_state'>,
): boolean =>
  TONE[n.provision_state] === 'processing' ||
  n.target_provision_state !== null ||
  n.target_power_state !== null;

export type DeleteRefusal =
  | { readonly reason: 'instance' }
  | { readonly reason: 'locked'; readonly conductor: string }
  | { readonly reason: 'state'; readonly current: ProvisionState };

/** States ironic deletes a node from (any state once in maintenance; never with an instance). */
export const DELETABLE_FROM: readonly ProvisionState[] = [
  'enroll',
  'manageable',
  'available',
  'adopt failed',
];

export function deleteGuard(
  n: Pick<BmNode, 'provision_state' | 'instance_uuid' | 'reservation' | 'maintenance'>,
): true | DeleteRefusal {
  if (n.instance_uuid) return { reason: 'instance' };
  if (n.reservation) return { reason: 'locked', conductor: n.reservation };
  if (!n.maintenance && !DELETABLE_FROM.includes(n.provision_state))
    return { reason: 'state', current: n.provision_state };
  return true;
}
