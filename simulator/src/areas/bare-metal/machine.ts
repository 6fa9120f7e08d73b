// Provision, power and maintenance of a node (004 §1.12 items 6–9): the ironic 1.34 state machine
// of api-notes 4.2 with its timed steps, run by the `bm.step` and `bm.power` tasks.
import { requireAdmin } from '../../auth.ts';
import { caller, type OpCtx } from '../../area.ts';
import { badRequest, conflict } from '../../errors.ts';
import type { Sim, TaskHandler } from '../../sim.ts';
import type { BmNodeRec } from '../../state.ts';
import {
  ALLOWED_FROM,
  CONDUCTOR,
  LATER_TARGETS,
  LOCKED,
  POWER_DELAY,
  STEP_DELAY,
  TARGETS,
  type Step,
  type Target,
} from './states.ts';
import { findNode, nodesByUuid } from './wire.ts';

/** Called when a node's deploy ends (active or deploy failed) or its undeploy ends. */
export type InstanceHooks = {
  deployed: (sim: Sim, node: BmNodeRec, ok: boolean) => void;
  undeployed: (sim: Sim, node: BmNodeRec) => void;
  /** The node's power changed (its server follows: ACTIVE ↔ SHUTOFF). */
  powered: (sim: Sim, node: BmNodeRec) => void;
};
const hooks: InstanceHooks[] = [];
export const onInstanceEvents = (h: InstanceHooks) => hooks.push(h);

/** 409 while a conductor holds the node (ironic's NodeLocked). */
export function checkUnlocked(n: BmNodeRec) {
  if (n.reservation)
    throw conflict(
      `Node ${n.uuid} is locked by host ${n.reservation}, please retry after the current operation is completed.`,
    );
}

/** The vendor properties a deployed instance fills in (api-notes 4.2), cleared on undeploy. */
export const INSTANCE_PROPERTIES = [
  'tenancyId',
  'tenancy',
  'userId',
  'userName',
  'imageId',
  'imageName',
];

const failOn = (n: BmNodeRec, phase: string) => n.extra.sim_fail === phase;

function touch(sim: Sim, n: BmNodeRec) {
  const now = sim.now();
  n.updated = now;
  n.provision_updated = now;
}

/** Moves the node into a (transient) state and schedules the step that follows it. */
export function enter(
  sim: Sim,
  n: BmNodeRec,
  state: BmNodeRec['provision_state'],
  step: Step | null,
  target: BmNodeRec['target_provision_state'],
) {
  n.provision_state = state;
  n.target_provision_state = target;
  n.reservation = LOCKED.has(state) ? CONDUCTOR : null;
  touch(sim, n);
  if (step) sim.schedule('bm.step', STEP_DELAY[step], n.uuid, { step, seq: n.seq });
}

/** Settles the node in a stable (or failed) state. */
function settle(
  sim: Sim,
  n: BmNodeRec,
  state: BmNodeRec['provision_state'],
  error: string | null = null,
) {
  n.provision_state = state;
  n.target_provision_state = null;
  n.reservation = null;
  n.clean_step = {};
  if (error !== null) n.last_error = error;
  touch(sim, n);
}

/** Starts a transition: a new sequence number makes any older scheduled step stale. */
export function start(sim: Sim, n: BmNodeRec, target: Target) {
  n.seq += 1;
  n.last_error = null;
  switch (target) {
    case 'manage':
      if (n.provision_state === 'enroll') return enter(sim, n, 'verifying', 'verify', 'manageable');
      return settle(sim, n, 'manageable');
    case 'provide':
      return enter(sim, n, 'cleaning', 'clean', 'available');
    case 'inspect':
      n.inspection_started = sim.now();
      n.inspection_finished = null;
      return enter(sim, n, 'inspecting', 'inspect', 'manageable');
    case 'clean':
      return enter(sim, n, 'cleaning', 'clean', 'manageable');
    case 'active':
    case 'rebuild':
      return enter(sim, n, 'deploying', 'deploy', 'active');
    case 'deleted':
      return enter(sim, n, 'deleting', 'delete', 'available');
    case 'abort':
      if (n.provision_state === 'wait call-back') {
        settle(sim, n, 'deploy failed', 'Deploy aborted by the operator.');
        for (const h of hooks) h.deployed(sim, n, false);
        return;
      }
      return settle(sim, n, 'clean failed', 'Cleaning aborted by the operator.');
    case 'adopt':
      return enter(sim, n, 'adopting', 'adopt', 'active');
  }
}

const hasAddress = (n: BmNodeRec) =>
  Object.entries(n.driver_info).some(([k, v]) => k.endsWith('_address') && v.trim() !== '');

/** Inspection fills the hardware properties a real inspector would find. */
function inspected(n: BmNodeRec) {
  const p = n.properties;
  p.cpus ||= '32';
  p.cpu_arch ||= 'x86_64';
  p.memory_mb ||= '131072';
  p.local_gb ||= '1788';
  p.cpu_count ||= '2';
  p.cpu_core_count ||= '16';
  p.cpu_thread_count ||= '32';
}

const step: TaskHandler = (sim, task) => {
  // Through the uuid index: a scan of the tracked list wrapped up to 5,000 nodes (`--scale 40`) in
  // change-tracking proxies per task.
  const n = nodesByUuid(sim).get(task.ref)?.[0];
  const data = task.data ?? {};
  if (!n || data.seq !== n.seq) return;
  switch (data.step as Step) {
    case 'verify':
      if (!hasAddress(n))
        return settle(
          sim,
          n,
          'enroll',
          `Failed to validate power driver interface for node ${n.uuid}: missing the ${n.driver.includes('redfish') ? 'redfish_address' : 'ipmi_address'} in driver_info.`,
        );
      n.power_state ??= 'power off';
      return settle(sim, n, 'manageable');
    case 'inspect':
      n.inspection_finished = sim.now();
      if (failOn(n, 'inspect'))
        return settle(
          sim,
          n,
          'inspect failed',
          `Failed to inspect hardware. Reason: unable to start inspection: IPMI call failed: power status on ${n.driver_info.ipmi_address ?? 'the BMC'}.`,
        );
      inspected(n);
      return settle(sim, n, 'manageable');
    case 'clean':
      n.clean_step = { interface: 'deploy', step: 'erase_devices_metadata', priority: 99 };
      return enter(sim, n, 'clean wait', 'cleanWait', n.target_provision_state);
    case 'cleanWait':
      if (failOn(n, 'clean'))
        return settle(
          sim,
          n,
          'clean failed',
          `Agent returned error for clean step {'interface': 'deploy', 'step': 'erase_devices_metadata'} on node ${n.uuid}: Error erasing block device /dev/sda.`,
        );
      n.power_state = 'power off';
      return settle(sim, n, n.target_provision_state === 'manageable' ? 'manageable' : 'available');
    case 'deploy':
      n.power_state = 'power on';
      return enter(sim, n, 'wait call-back', 'callback', 'active');
    case 'callback':
      if (failOn(n, 'deploy')) {
        n.power_state = 'power off';
        settle(
          sim,
          n,
          'deploy failed',
          `Timeout reached while waiting for callback for node ${n.uuid}`,
        );
        for (const h of hooks) h.deployed(sim, n, false);
        return;
      }
      return enter(sim, n, 'deploying', 'deployEnd', 'active');
    case 'deployEnd':
      n.power_state = 'power on';
      n.driver_internal_info = {
        ...n.driver_internal_info,
        agent_url: `http://100.0.${n.id % 250}.${(n.id % 200) + 2}:9999`,
        is_whole_disk_image: true,
        root_uuid_or_disk_id: '0x00000000',
      };
      settle(sim, n, 'active');
      for (const h of hooks) h.deployed(sim, n, true);
      return;
    case 'delete':
      if (failOn(n, 'delete'))
        return settle(
          sim,
          n,
          'error',
          `Failed to tear down. Error: IPMI power off failed for node ${n.uuid}.`,
        );
      n.instance_uuid = null;
      n.instance_info = {};
      n.properties = Object.fromEntries(
        Object.entries(n.properties).filter(([k]) => !INSTANCE_PROPERTIES.includes(k)),
      );
      n.power_state = 'power off';
      for (const h of hooks) h.undeployed(sim, n);
      return enter(sim, n, 'cleaning', 'clean', 'available');
    case 'adopt':
      if (failOn(n, 'adopt'))
        return settle(
          sim,
          n,
          'adopt failed',
          `Error while attempting to adopt node ${n.uuid}: Node ${n.uuid} failed deploy validation: image_source is missing.`,
        );
      return settle(sim, n, 'active');
  }
};

const power: TaskHandler = (sim, task) => {
  const n = nodesByUuid(sim).get(task.ref)?.[0];
  if (!n || !n.target_power_state) return;
  const t = n.target_power_state;
  n.power_state = t === 'power off' || t === 'soft power off' ? 'power off' : 'power on';
  n.target_power_state = null;
  if (!LOCKED.has(n.provision_state)) n.reservation = null;
  n.updated = sim.now();
  for (const h of hooks) h.powered(sim, n);
};

export const bareMetalTasks: Record<string, TaskHandler> = { 'bm.step': step, 'bm.power': power };

type NodeCtx = OpCtx<
  | 'setBaremetalNodeProvisionState'
  | 'setBaremetalNodeMaintenance'
  | 'clearBaremetalNodeMaintenance'
  | 'setBaremetalNodePowerState'
>;

function adminNode(ctx: NodeCtx) {
  requireAdmin(caller(ctx));
  return findNode(ctx.sim, ctx.params.baremetalId);
}

/** Whether a node may go to `target` now; throws ironic's error when not. */
export function checkTarget(n: BmNodeRec, target: string): Target {
  if (target in LATER_TARGETS)
    throw badRequest(
      `The provision target "${target}" needs API version ${LATER_TARGETS[target]}; this endpoint is pinned to 1.34.`,
    );
  const t = TARGETS.find((x) => x === target);
  if (!t)
    throw badRequest(
      `"${target}" is not a valid provision target; one of ${TARGETS.join(', ')} is expected.`,
    );
  if (n.maintenance && t !== 'abort')
    throw badRequest(
      `Node ${n.uuid} is in maintenance mode${n.maintenance_reason ? ` (${n.maintenance_reason})` : ''}; take it out of maintenance before "${t}".`,
    );
  if (t !== 'abort') checkUnlocked(n);
  if (!ALLOWED_FROM[t].includes(n.provision_state))
    throw badRequest(
      `The requested action "${t}" can not be performed on node "${n.uuid}" while it is in state "${n.provision_state}".`,
    );
  return t;
}

export const machineHandlers = {
  setBaremetalNodeProvisionState: (ctx: OpCtx<'setBaremetalNodeProvisionState'>) => {
    const n = adminNode(ctx);
    const b = ctx.body;
    const t = checkTarget(n, b.target);
    if (t === 'clean' && !b.clean_steps)
      throw badRequest('"clean_steps" is required when setting target provision state to "clean".');
    if (t !== 'clean' && b.clean_steps)
      throw badRequest(
        '"clean_steps" is only valid when setting target provision state to "clean".',
      );
    if (b.configdrive !== undefined && t !== 'active' && t !== 'rebuild')
      throw badRequest('"configdrive" is only valid with the targets "active" and "rebuild".');
    if ((t === 'active' || t === 'rebuild') && !n.instance_info.image_source)
      throw badRequest(
        `Cannot validate the deploy interface of node ${n.uuid}: instance_info.image_source is missing; set it first (PATCH /instance_info/image_source).`,
      );
    if (t === 'active' && b.configdrive !== undefined)
      n.instance_info = {
        ...n.instance_info,
        configdrive:
          typeof b.configdrive === 'string' ? b.configdrive : JSON.stringify(b.configdrive),
      };
    start(ctx.sim, n, t);
    return { status: 200 };
  },
  setBaremetalNodeMaintenance: (ctx: OpCtx<'setBaremetalNodeMaintenance'>) => {
    const n = adminNode(ctx);
    n.maintenance = true;
    n.maintenance_reason = ctx.body?.reason ? ctx.body.reason : null;
    n.updated = ctx.sim.now();
    return { status: 200 };
  },
  clearBaremetalNodeMaintenance: (ctx: OpCtx<'clearBaremetalNodeMaintenance'>) => {
    const n = adminNode(ctx);
    n.maintenance = false;
    n.maintenance_reason = null;
    n.updated = ctx.sim.now();
    return { status: 200 };
  },
  setBaremetalNodePowerState: (ctx: OpCtx<'setBaremetalNodePowerState'>) => {
    const n = adminNode(ctx);
    const { target, timeout } = ctx.body;
    if (timeout !== undefined && !target.startsWith('soft'))
      throw badRequest(`"timeout" is only valid with soft power targets, not "${target}".`);
    if (n.power_state === null)
      throw badRequest(
        `Node ${n.uuid} has no power state yet: its driver_info is not verified ("${n.provision_state}"); manage it first.`,
      );
    if (n.target_power_state)
      throw conflict(
        `Node ${n.uuid} is already changing its power state to "${n.target_power_state}"; retry when it is done.`,
      );
    checkUnlocked(n);
    n.target_power_state = target;
    n.reservation = CONDUCTOR;
    n.updated = ctx.sim.now();
    ctx.sim.schedule('bm.power', POWER_DELAY, n.uuid);
    return { status: 200 };
  },
};
