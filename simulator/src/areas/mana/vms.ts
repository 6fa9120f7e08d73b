// The project's VMs of a region (003) and their batch power actions (002): start, stop and hard
// reboot pass through POWERING_ON / POWERING_OFF / REBOOTING and settle a few seconds later.
import { caller, defineHandlers } from '../../area.ts';
import { badRequest, conflict } from '../../errors.ts';
import type { TaskHandler } from '../../sim.ts';
import type { ManaVmRec } from '../../state.ts';
import { csv, requireManaProject } from './common.ts';
import { manaTime } from './time.ts';

const PAGE_CAP = 1000;
export const POWER_DELAY_MS = 3000;

type Status = ManaVmRec['status'];
type Action = 'start' | 'stop' | 'reboot';

const RULES: Record<Action, { from: Status[]; via: Status; to: Status }> = {
  start: { from: ['SHUTOFF'], via: 'POWERING_ON', to: 'ACTIVE' },
  stop: { from: ['ACTIVE'], via: 'POWERING_OFF', to: 'SHUTOFF' },
  reboot: { from: ['ACTIVE', 'SHUTOFF'], via: 'REBOOTING', to: 'ACTIVE' },
};

const wire = ({ tenantId: _t, region: _r, ...vm }: ManaVmRec) => vm;

export const vmHandlers = defineHandlers({
  listManaVms: (ctx) => {
    const auth = caller(ctx);
    const q = ctx.query;
    requireManaProject(auth, q.tenant_id);
    if (!q.party && !ctx.headers['sp-agent'])
      throw badRequest('Either the Sp-Agent header or the party parameter is required.', [
        { path: 'query/party', message: 'or the Sp-Agent header is required' },
      ]);
    const from = q.f ?? 1;
    if (q.t !== undefined && q.t < from)
      throw badRequest(`t (${q.t}) is before f (${from}).`, [
        { path: 'query/t', message: 'must not be below f' },
      ]);
    const to = Math.min(q.t ?? from + PAGE_CAP - 1, from + PAGE_CAP - 1);
    const all = ctx.sim.state.manaVms.filter(
      (v) => v.tenantId === q.tenant_id && v.region === q.region,
    );
    return {
      status: 200,
      body: {
        code: 200,
        msg: '',
        total: all.length,
        vm_servers: all.slice(from - 1, to).map(wire),
      },
    };
  },
  actOnManaVms: (ctx) => {
    const auth = caller(ctx);
    const b = ctx.body;
    // The curl form of the path (api-notes I-18) fills what the body leaves out.
    const tenant = b.tenant_id ?? ctx.params.tenant_id;
    const region = b.region ?? ctx.params.region;
    const servers = b.servers ?? ctx.params.server_id;
    const missing = [
      ['tenant_id', tenant],
      ['region', region],
      ['servers', servers],
    ].filter(([, v]) => !v);
    if (missing.length || !tenant || !region || !servers)
      throw badRequest(`Missing ${missing.map(([k]) => k).join(', ')}.`, [
        ...missing.map(([k]) => ({ path: `body/${k}`, message: 'is required' })),
      ]);
    requireManaProject(auth, tenant);
    const action: Action = 'reboot' in b ? 'reboot' : 'os-stop' in b ? 'stop' : 'start';
    const ids = csv(servers, 'servers', 100);
    const rule = RULES[action];
    const vms: ManaVmRec[] = [];
    const problems: string[] = [];
    for (const id of ids) {
      const vm = ctx.sim.state.manaVms.find(
        (v) => v.instance_id === id && v.tenantId === tenant && v.region === region,
      );
      if (!vm) problems.push(`${id}: not found in region ${region}`);
      else if (!rule.from.includes(vm.status)) problems.push(`${id}: ${vm.status}`);
      else vms.push(vm);
    }
    if (problems.length)
      throw conflict(`Cannot ${action} these VMs (no VM was changed): ${problems.join('; ')}`);
    const now = manaTime(ctx.sim.now());
    for (const vm of vms) {
      vm.status = rule.via;
      vm.update_at = now;
      ctx.sim.schedule('mana.vmSettle', POWER_DELAY_MS, vm.instance_id, { to: rule.to });
    }
    return { status: 200 };
  },
});

export const vmTasks: Record<string, TaskHandler> = {
  'mana.vmSettle': (sim, task) => {
    const vm = sim.state.manaVms.find((v) => v.instance_id === task.ref);
    if (!vm || !['POWERING_ON', 'POWERING_OFF', 'REBOOTING'].includes(vm.status)) return;
    vm.status = task.data?.to === 'SHUTOFF' ? 'SHUTOFF' : 'ACTIVE';
    vm.update_at = manaTime(sim.now());
  },
};
