// The ironic 1.34 provision state machine (api-notes 4.2): which target each state allows, the
// transient states a transition runs through and how long each step takes. Plain data and pure
// functions: the seed, the handlers, the tasks and the tests share them.
import type { BmNodeRec } from '../../state.ts';

export type ProvisionState = BmNodeRec['provision_state'];
export type Target =
  'manage' | 'provide' | 'inspect' | 'clean' | 'active' | 'rebuild' | 'deleted' | 'abort' | 'adopt';

export const TARGETS: readonly Target[] = [
  'manage',
  'provide',
  'inspect',
  'clean',
  'active',
  'rebuild',
  'deleted',
  'abort',
  'adopt',
];

/** Verbs of later microversions: refused at 1.34 with the version that brought them. */
export const LATER_TARGETS: Record<string, string> = {
  deploy: '1.73 (at 1.34 send "active")',
  undeploy: '1.73 (at 1.34 send "deleted")',
  rescue: '1.38',
  unrescue: '1.38',
  unhold: '1.85',
  service: '1.87',
};

/** target → the states it may start from (api-notes 4.2). */
export const ALLOWED_FROM: Record<Target, readonly ProvisionState[]> = {
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

/** The targets a node in `state` accepts (what a console offers). */
export const targetsFrom = (state: ProvisionState): Target[] =>
  TARGETS.filter((t) => ALLOWED_FROM[t].includes(state));

/** States in which a conductor holds the node's lock (`reservation` set). */
export const LOCKED: ReadonlySet<ProvisionState> = new Set([
  'verifying',
  'inspecting',
  'cleaning',
  'deploying',
  'deleting',
  'adopting',
]);

/** Steps of a running transition: the task `bm.step` moves a node from one to the next. */
export type Step =
  | 'verify'
  | 'inspect'
  | 'clean'
  | 'cleanWait'
  | 'deploy'
  | 'callback'
  | 'deployEnd'
  | 'delete'
  | 'adopt';

/** How long each step lasts before the next (ms, scaled by --delay-scale). */
export const STEP_DELAY: Record<Step, number> = {
  verify: 2000,
  inspect: 8000,
  clean: 3000,
  cleanWait: 3000,
  deploy: 4000,
  callback: 4000,
  deployEnd: 3000,
  delete: 3000,
  adopt: 3000,
};

/** A power change takes this long (ms, scaled). */
export const POWER_DELAY = 2000;

/** The conductor that "holds" locked nodes. */
export const CONDUCTOR = 'ironic-conductor-1';

/** The vendor `properties.display_status` (api-notes 4.2, inferred). */
export function displayStatus(n: Pick<BmNodeRec, 'provision_state' | 'instance_uuid'>): string {
  switch (n.provision_state) {
    case 'active':
      return n.instance_uuid ? 'deployed' : 'active';
    case 'manageable':
      return 'managed';
    case 'wait call-back':
      return 'deploying';
    case 'clean wait':
      return 'cleaning';
    case 'inspect failed':
    case 'clean failed':
    case 'deploy failed':
    case 'adopt failed':
    case 'error':
      return 'error';
    default:
      return n.provision_state;
  }
}
