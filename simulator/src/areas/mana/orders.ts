// Physical machines and their transfer orders (000, 001; api-notes 4.7): refund returns a
// project's machines to the administrator, an order moves machines to another project once that
// project accepts it. Orders are `pending` → `finished` | `rejected`.
import { caller, defineHandlers } from '../../area.ts';
import { SimError, badRequest, conflict } from '../../errors.ts';
import type { PmOrderRec, State } from '../../state.ts';
import { csv, isEmail, requireManaProject } from './common.ts';
import { manaTime } from './time.ts';

const LIST_CAP = 1000;
const REMIND_AFTER_MS = 72 * 3600_000;
const MAX_SNIDS = 200;

const wire = ({ mailto: _mailto, ...o }: PmOrderRec) => o;

/** The pending order holding a machine of `tenant`, if any. */
const pendingOrderOf = (state: State, tenant: string, snid: string) =>
  state.pmOrders.find(
    (o) =>
      o.state === 'pending' && o.resource_project === tenant && o.snids.split(',').includes(snid),
  );

function matches(type: string, tenant: string) {
  const either = (o: PmOrderRec) => o.resource_project === tenant || o.dest_project === tenant;
  switch (type) {
    case '0':
      return (o: PmOrderRec) => o.state === 'pending' && o.dest_project === tenant;
    case '1':
      return (o: PmOrderRec) => o.state === 'finished' && either(o);
    case '2':
      return (o: PmOrderRec) => o.state === 'rejected' && either(o);
    case '3':
      return (o: PmOrderRec) => o.resource_project === tenant;
    default:
      return either;
  }
}

export const orderHandlers = defineHandlers({
  refundPhysicalMachines: (ctx) => {
    const auth = caller(ctx);
    const tenant = ctx.params.tenant_id;
    requireManaProject(auth, tenant);
    const state = ctx.sim.state;
    const snids = csv(ctx.body.snids, 'snids', MAX_SNIDS);
    const now = manaTime(ctx.sim.now());
    const detail = snids.map((snid) => {
      const pm = state.pms.find((m) => m.snid === snid && m.tenantId === tenant);
      if (!pm)
        return { code: 404, msg: 'pm server not found', snid, sendmail: 'do-nothing' as const };
      const pending = pendingOrderOf(state, tenant, snid);
      if (pending)
        return {
          code: 409,
          msg: `pm server is in pending order ${pending.id}`,
          snid,
          sendmail: 'do-nothing' as const,
        };
      state.pms = state.pms.filter((m) => m !== pm);
      state.pmMails.push({
        at: now,
        to: [`${auth.user.name}@example.com`],
        subject: `pm ${snid} returned by ${auth.project.name}`,
      });
      return { code: 200, msg: 'success', snid, sendmail: 'send mail success' as const };
    });
    return { status: 200, body: { msg: '', code: 200, detail } };
  },
  listPmOrders: (ctx) => {
    const auth = caller(ctx);
    const tenant = ctx.params.tenant_id;
    requireManaProject(auth, tenant);
    const keep = matches(ctx.query.type ?? '4', tenant);
    const orders: ReturnType<typeof wire>[] = [];
    const all = ctx.sim.state.pmOrders;
    for (let i = all.length - 1; i >= 0 && orders.length < LIST_CAP; i--) {
      const o = all[i];
      if (o && keep(o)) orders.push(wire(o));
    }
    return { status: 200, body: { code: 200, msg: '', orders } };
  },
  createPmOrder: (ctx) => {
    const auth = caller(ctx);
    const tenant = ctx.params.tenant_id;
    requireManaProject(auth, tenant);
    const state = ctx.sim.state;
    const b = ctx.body;
    const dest = state.projects.find((p) => p.id === b.dest_project);
    if (!dest || !dest.enabled)
      throw badRequest(`dest_project ${b.dest_project} is not an enabled project.`, [
        { path: 'body/dest_project', message: 'no such enabled project' },
      ]);
    if (dest.id === tenant)
      throw badRequest('dest_project is the project the machines already belong to.', [
        { path: 'body/dest_project', message: 'is the source project' },
      ]);
    const snids = csv(b.snids, 'snids', MAX_SNIDS);
    const foreign = snids.filter(
      (s) => !state.pms.some((m) => m.snid === s && m.tenantId === tenant),
    );
    if (foreign.length)
      throw badRequest(`pm server not found in this project: ${foreign.join(',')}`, [
        { path: 'body/snids', message: `not this project's: ${foreign.join(',')}` },
      ]);
    for (const s of snids) {
      const pending = pendingOrderOf(state, tenant, s);
      if (pending) throw conflict(`pm server ${s} is already in pending order ${pending.id}.`);
    }
    const mailto = b.mailto
      ? b.mailto
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
    const bad = mailto.filter((m) => !isEmail(m));
    if (bad.length)
      throw badRequest(`mailto has invalid addresses: ${bad.join(',')}`, [
        { path: 'body/mailto', message: `invalid: ${bad.join(',')}` },
      ]);
    const now = ctx.sim.now();
    const order: PmOrderRec = {
      id: state.nextPmOrderId++,
      snids: snids.join(','),
      resource_project: tenant,
      dest_project: dest.id,
      user: auth.user.name,
      state: 'pending',
      warnning_times: manaTime(now + REMIND_AFTER_MS),
      create_at: manaTime(now),
      update_at: manaTime(now),
      mailto,
    };
    state.pmOrders.push(order);
    if (mailto.length)
      state.pmMails.push({
        at: order.create_at,
        to: mailto,
        subject: `pm order ${order.id}: ${snids.length} machine(s) to ${dest.name}`,
      });
    return { status: 200, body: { msg: 'add success', code: 200 } };
  },
  decidePmOrders: (ctx) => {
    const auth = caller(ctx);
    const tenant = ctx.params.tenant_id;
    requireManaProject(auth, tenant);
    const state = ctx.sim.state;
    const ids = csv(ctx.body.order_ids, 'order_ids', 100).map(Number);
    const problems: string[] = [];
    const orders: PmOrderRec[] = [];
    for (const id of ids) {
      const o = state.pmOrders.find((x) => x.id === id);
      if (!o || (o.dest_project !== tenant && o.resource_project !== tenant))
        problems.push(`order ${id} not found`);
      else if (o.dest_project !== tenant)
        problems.push(`order ${id} is not addressed to this project`);
      else if (o.state !== 'pending') problems.push(`order ${id} is already ${o.state}`);
      else orders.push(o);
    }
    if (problems.length) throw new SimError(400, problems.join('; '), { reason: 'Invalid order' });
    const now = manaTime(ctx.sim.now());
    const accept = ctx.body.accept === 1;
    for (const o of orders) {
      o.state = accept ? 'finished' : 'rejected';
      o.update_at = now;
      if (!accept) continue;
      const moving = new Set(o.snids.split(','));
      for (const m of state.pms)
        if (m.tenantId === o.resource_project && moving.has(m.snid)) m.tenantId = o.dest_project;
    }
    return { status: 200, body: { msg: 'Order processing success', code: 200 } };
  },
});
