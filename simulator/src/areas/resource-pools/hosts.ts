// Host maintenance and power (§1.13 #10–14, api-notes 4.3): each call checks the host's state,
// marks the transition (`task`) and settles it after a delay through the `hv.host` task.
import type { OpCtx } from '../../area.ts';
import { badRequest, conflict } from '../../errors.ts';
import type { Sim, TaskHandler } from '../../sim.ts';
import type { HvHostRec, HvHostTask } from '../../state.ts';
import { findHost, nodeOf, powerOf, usageOf } from './inventory.ts';

export type HostOp = 'into' | 'exit' | 'wake' | 'shutoff' | 'reboot';
type HostCtx = OpCtx<
  'enterHostMaintenance' | 'exitHostMaintenance' | 'wakeHost' | 'shutoffHost' | 'rebootHost'
>;

export const HOST_DELAY: Record<HostOp, number> = {
  into: 4000,
  exit: 3000,
  wake: 8000,
  shutoff: 6000,
  reboot: 9000,
};
const TASK: Record<HostOp, HvHostTask> = {
  into: 'entering_maintenance',
  exit: 'exiting_maintenance',
  wake: 'powering_on',
  shutoff: 'powering_off',
  reboot: 'rebooting',
};

/** Why `op` is refused on the host, or null when it may run. */
export function refusal(sim: Sim, h: HvHostRec, op: HostOp): string | null {
  if (h.task)
    return `Host ${h.name} is busy (${h.task.replace('_', ' ')}); wait until it finishes.`;
  const on = h.powerState === 'POWERED_ON';
  switch (op) {
    case 'into': {
      if (h.maintenance) return `Host ${h.name} is already in maintenance mode.`;
      if (!on || h.connection !== 'CONNECTED')
        return `Host ${h.name} is not powered on and connected.`;
      const busy = usageOf(sim, h).vms.filter((v) => powerOf(sim, v) !== 'stopped');
      if (busy.length)
        return `Host ${h.name} still runs ${busy.length} VM(s) (${busy
          .slice(0, 5)
          .map((v) => v.name)
          .join(
            ', ',
          )}${busy.length > 5 ? ', …' : ''}): migrate them to another host or power them off first.`;
      return null;
    }
    case 'exit':
      if (!h.maintenance) return `Host ${h.name} is not in maintenance mode.`;
      if (!on) return `Host ${h.name} is powered off: wake it before leaving maintenance mode.`;
      return null;
    case 'wake':
      if (!h.maintenance) return `Host ${h.name} is not in maintenance mode.`;
      if (on) return `Host ${h.name} is already powered on.`;
      return null;
    case 'shutoff':
    case 'reboot':
      if (!h.maintenance) return `Host ${h.name} is not in maintenance mode.`;
      if (!on) return `Host ${h.name} is powered off.`;
      return null;
  }
}

export function hostAction(op: HostOp) {
  return (ctx: HostCtx) => {
    const node = nodeOf(ctx, null);
    const h = findHost(ctx.sim, node.hostName, ctx.params.host_id);
    if (ctx.body.id !== h.id)
      throw badRequest(`The body's id ${ctx.body.id} is not the path's host ${h.id}.`, [
        { path: 'body/id', message: 'differs from the path' },
      ]);
    const why = refusal(ctx.sim, h, op);
    if (why) throw conflict(why);
    h.task = TASK[op];
    if (op === 'reboot') h.connection = 'NOT_RESPONDING';
    ctx.sim.schedule('hv.host', HOST_DELAY[op], `${h.node}/${h.id}`, { op });
    return { status: 200 };
  };
}

export const hostTasks: Record<string, TaskHandler> = {
  'hv.host': (sim, task) => {
    const [node = '', id = ''] = task.ref.split('/');
    const h = sim.state.hvHosts.find((x) => x.node === node && x.id === id);
    if (!h) return;
    h.task = null;
    switch (task.data?.op) {
      case 'into':
        h.maintenance = true;
        return;
      case 'exit':
        h.maintenance = false;
        return;
      case 'wake':
      case 'reboot':
        h.powerState = 'POWERED_ON';
        h.connection = 'CONNECTED';
        h.bootedAt = sim.now();
        return;
      case 'shutoff':
        h.powerState = 'POWERED_OFF';
        h.connection = 'NOT_RESPONDING';
        return;
    }
  },
};
