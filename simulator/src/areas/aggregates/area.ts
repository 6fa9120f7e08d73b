// Host aggregates (004 §1.14): nova aggregates, cloud administrators only. A zone owns its compute
// hosts; an aggregate groups hosts of its one zone. Creating an aggregate in a zone that does not
// exist creates the (nova) zone, as the platform does; remove_host is nova's undocumented undo.
import { randomUUID } from 'node:crypto';
import { requireAdmin } from '../../auth.ts';
import { caller, defineHandlers, type Area, type OpCtx } from '../../area.ts';
import { ADMIN_PROJECT } from '../../constants.ts';
import { conflict, notFound } from '../../errors.ts';
import type { AggregateRec, AzoneRec, Schemas, State } from '../../state.ts';
import { syncHosts } from '../availability-zones/sync-hosts.ts';
import { novaTime, seedAggregates } from './seed.ts';

/** The default zone of nova: hosts in no aggregate with a zone (a compute node just added). */
export const DEFAULT_ZONE = 'nova';
/** The list is not paginated (nova's is not); this caps what one answer carries. */
const LIST_CAP = 1000;

export const aggregateWire = (a: AggregateRec): Schemas['Aggregate'] => ({
  id: a.id,
  uuid: a.uuid,
  name: a.name,
  availability_zone: a.availability_zone,
  hosts: [...a.hosts],
  metadata: { ...a.metadata, availability_zone: a.availability_zone },
  created_at: a.created_at,
  updated_at: a.updated_at,
  deleted: false,
  deleted_at: null,
});

type AnyCtx = OpCtx<
  'listAggregates' | 'createAggregate' | 'getAggregate' | 'updateAggregate' | 'deleteAggregate'
>;

function admin(ctx: AnyCtx | OpCtx<'aggregateAction'>) {
  requireAdmin(caller(ctx));
}

function find(state: State, id: string): AggregateRec {
  const a = /^\d+$/.test(id) ? state.aggregates.find((x) => x.id === Number(id)) : undefined;
  if (!a) throw notFound(`Aggregate ${id} could not be found.`);
  return a;
}

function checkName(state: State, name: string, self?: number) {
  const other = state.aggregates.find(
    (a) => a.id !== self && a.name.toLowerCase() === name.toLowerCase(),
  );
  if (other) throw conflict(`Aggregate ${other.name} already exists (id ${other.id}).`);
}

/** The nova zone of that name; created (as the platform does) when no zone has the name. */
function computeZone(state: State, zone: string): AzoneRec {
  const found = state.azones.find((a) => a.zone.toLowerCase() === zone.toLowerCase());
  if (found) {
    if (found.resourceType !== 'nova')
      throw conflict(
        `Availability zone ${found.zone} is a ${found.resourceType} zone; an aggregate groups compute hosts and needs a nova zone.`,
      );
    return found;
  }
  const rec: AzoneRec = {
    id: randomUUID(),
    labelName: zone,
    description: '',
    zone,
    virtType: 'CAS',
    resourceType: 'nova',
    deleted: 0,
  };
  state.azones.push(rec);
  state.azoneProjects.push({ azoneId: rec.id, projectId: ADMIN_PROJECT });
  syncHosts(state, null, rec);
  return rec;
}

const handlers = defineHandlers({
  listAggregates: (ctx) => {
    admin(ctx);
    const list = [...ctx.sim.state.aggregates].sort((a, b) => a.id - b.id).slice(0, LIST_CAP);
    return { status: 200, body: { aggregates: list.map(aggregateWire) } };
  },
  createAggregate: (ctx) => {
    admin(ctx);
    const state = ctx.sim.state;
    const b = ctx.body.aggregate;
    checkName(state, b.name);
    const zone = computeZone(state, b.availability_zone);
    const rec: AggregateRec = {
      id: state.nextAggregateId++,
      uuid: randomUUID(),
      name: b.name,
      availability_zone: zone.zone,
      hosts: [],
      metadata: { availability_zone: zone.zone },
      created_at: novaTime(ctx.sim.now()),
      updated_at: null,
      deleted: false,
      deleted_at: null,
    };
    state.aggregates.push(rec);
    return { status: 200, body: { aggregate: aggregateWire(rec) } };
  },
  getAggregate: (ctx) => {
    admin(ctx);
    return { status: 200, body: { aggregate: aggregateWire(find(ctx.sim.state, ctx.params.id)) } };
  },
  updateAggregate: (ctx) => {
    admin(ctx);
    const state = ctx.sim.state;
    const rec = find(state, ctx.params.id);
    const b = ctx.body.aggregate;
    if (b.name !== undefined) checkName(state, b.name, rec.id);
    if (b.availability_zone !== undefined && b.availability_zone !== rec.availability_zone) {
      if (rec.hosts.length)
        throw conflict(
          `Aggregate ${rec.name} has ${rec.hosts.length} host(s) of zone ${rec.availability_zone}; remove them before moving the aggregate to zone ${b.availability_zone}.`,
        );
      const zone = computeZone(state, b.availability_zone);
      rec.availability_zone = zone.zone;
      rec.metadata = { ...rec.metadata, availability_zone: zone.zone };
    }
    if (b.name !== undefined) rec.name = b.name;
    rec.updated_at = novaTime(ctx.sim.now());
    return { status: 200, body: { aggregate: aggregateWire(rec) } };
  },
  deleteAggregate: (ctx) => {
    admin(ctx);
    const state = ctx.sim.state;
    const rec = find(state, ctx.params.id);
    if (rec.hosts.length)
      throw conflict(
        `Host aggregate ${rec.name} is not empty: it still has host(s) ${rec.hosts.join(', ')}; remove them first.`,
      );
    state.aggregates = state.aggregates.filter((a) => a.id !== rec.id);
    return { status: 200 };
  },
  aggregateAction: (ctx) => {
    admin(ctx);
    const state = ctx.sim.state;
    const rec = find(state, ctx.params.id);
    const body = ctx.body;
    if ('add_host' in body) {
      const host = body.add_host.host;
      const hvs = state.hypervisors.filter((h) => h.host === host);
      if (!hvs.length) throw notFound(`Compute host ${host} could not be found.`);
      if (rec.hosts.includes(host))
        throw conflict(`Aggregate ${rec.name} already has host ${host}.`);
      const zone = hvs[0]?.zone ?? DEFAULT_ZONE;
      if (zone !== DEFAULT_ZONE && zone !== rec.availability_zone)
        throw conflict(
          `Cannot add host ${host} to aggregate ${rec.name}: the host is in availability zone ${zone}, the aggregate in ${rec.availability_zone}.`,
        );
      // A host in no zone yet joins the aggregate's zone (nova's way of zoning a new host).
      for (const h of hvs) h.zone = rec.availability_zone;
      rec.hosts = [...rec.hosts, host];
    } else {
      const host = body.remove_host.host;
      if (!rec.hosts.includes(host))
        throw notFound(
          `Cannot remove host ${host} from aggregate ${rec.name}: it is not a member.`,
        );
      // The last aggregate of its zone that holds the host: the host leaves the zone (back to
      // nova's default zone), which a host running servers cannot do.
      const kept = state.aggregates.some(
        (g) => g !== rec && g.availability_zone === rec.availability_zone && g.hosts.includes(host),
      );
      if (!kept) {
        const running = state.servers.filter((x) => x.host === host).length;
        if (running)
          throw conflict(
            `Cannot remove host ${host} from aggregate ${rec.name}: it would leave availability zone ${rec.availability_zone} while ${running} server(s) run on it.`,
          );
        for (const h of state.hypervisors) if (h.host === host) h.zone = DEFAULT_ZONE;
      }
      rec.hosts = rec.hosts.filter((h) => h !== host);
    }
    rec.updated_at = novaTime(ctx.sim.now());
    return { status: 200, body: { aggregate: aggregateWire(rec) } };
  },
});

export const aggregatesArea = {
  handlers,
  // A state saved before aggregates existed gets the seeded ones of its zones and hosts.
  defaults: (s) => {
    if (!s.aggregates) {
      const seeded = seedAggregates(s.azones ?? [], s.hypervisors ?? [], s.scale ?? 1);
      s.aggregates = seeded.aggregates;
      s.nextAggregateId ??= seeded.nextAggregateId;
    }
    s.nextAggregateId ??= Math.max(0, ...s.aggregates.map((a) => a.id)) + 1;
  },
} satisfies Area;
