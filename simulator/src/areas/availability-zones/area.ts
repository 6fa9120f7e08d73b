// Availability zones (004 §1.7 items 1–5): every kind of zone (nova, cinder, ironic). Anyone reads;
// cloud administrators write. Servers refer to a zone by name and id, so a zone with servers
// keeps its name and kind and cannot be deleted (api-notes 4.8, inferred). Items 6–8 (the zones'
// services, hosts and storage pools) are views of the compute hosts: see ../hypervisors.
import { randomUUID } from 'node:crypto';
import { requireAdmin } from '../../auth.ts';
import { caller, defineHandlers, type Area } from '../../area.ts';
import { ADMIN_PROJECT } from '../../constants.ts';
import { conflict, notFound } from '../../errors.ts';
import type { AzoneRec, Schemas, State } from '../../state.ts';
import { fallbackHost } from '../hypervisors/hosts.ts';
import { syncHosts } from './sync-hosts.ts';

type Fields = Schemas['AzoneCreate'];

const wire = (a: AzoneRec): Schemas['AvailabilityZone'] => ({
  ...a,
  description: a.description ?? '',
});

function find(state: State, id: string): AzoneRec {
  const a = state.azones.find((x) => x.id === id);
  if (!a) throw notFound(`Availability zone ${id} could not be found.`);
  return a;
}

/** Zone names are unique over every kind of zone, without letter case (the platform's DB). */
function checkUnique(state: State, zone: string, self?: string) {
  const other = state.azones.find(
    (a) => a.id !== self && a.zone.toLowerCase() === zone.toLowerCase(),
  );
  if (other)
    throw conflict(
      `Availability zone name ${zone} is already used by zone ${other.id} (${other.labelName}).`,
    );
}

/**
 * What lives in the zone and refers to it by name: servers, whatever their state (shelved ones
 * come back to it), and volumes. Empty when nothing does.
 */
function residents(state: State, zone: string): string {
  const servers = state.servers.filter((s) => s.az === zone).length;
  const volumes = state.volumes.filter((v) => v.az === zone).length;
  return [servers ? `${servers} server(s)` : '', volumes ? `${volumes} volume(s)` : '']
    .filter(Boolean)
    .join(' and ');
}

function fields(body: Fields) {
  return {
    labelName: body.labelName,
    zone: body.zone,
    virtType: body.virtType,
    resourceType: body.resourceType,
  };
}

const handlers = defineHandlers({
  listAzones: (ctx) => ({ status: 200, body: ctx.sim.state.azones.map(wire) }),
  getAzone: (ctx) => ({ status: 200, body: wire(find(ctx.sim.state, ctx.params.azone_id)) }),
  createAzone: (ctx) => {
    requireAdmin(caller(ctx));
    const state = ctx.sim.state;
    const body = ctx.body;
    checkUnique(state, body.zone);
    const rec: AzoneRec = {
      id: randomUUID(),
      ...fields(body),
      description: body.description ?? '',
      deleted: 0,
    };
    state.azones.push(rec);
    // The cloud administrators' organisation holds every zone, as in the seed.
    state.azoneProjects.push({ azoneId: rec.id, projectId: ADMIN_PROJECT });
    syncHosts(state, null, rec);
    return { status: 200, body: wire(rec) };
  },
  updateAzone: (ctx) => {
    requireAdmin(caller(ctx));
    const state = ctx.sim.state;
    const body = ctx.body;
    const rec = find(state, body.id);
    checkUnique(state, body.zone, rec.id);
    const next = fields(body);
    const used = residents(state, rec.zone);
    if (used && (next.zone !== rec.zone || next.resourceType !== rec.resourceType)) {
      throw conflict(
        `Availability zone ${rec.zone} has ${used}; its zone name and resource type cannot change while they are in it.`,
      );
    }
    const aggregates = state.aggregates.filter((g) => g.availability_zone === rec.zone);
    if (aggregates.length && next.resourceType !== rec.resourceType)
      throw conflict(
        `Availability zone ${rec.zone} has host aggregate(s) ${aggregates.map((g) => g.name).join(', ')}; its resource type cannot change while they are in it.`,
      );
    // The zone's aggregates follow a rename (they refer to it by name).
    for (const g of aggregates) {
      g.availability_zone = next.zone;
      g.metadata = { ...g.metadata, availability_zone: next.zone };
    }
    const before = { ...rec };
    Object.assign(rec, next);
    if (body.description !== undefined) rec.description = body.description;
    syncHosts(state, before, rec);
    return { status: 200, body: wire(rec) };
  },
  deleteAzone: (ctx) => {
    requireAdmin(caller(ctx));
    const state = ctx.sim.state;
    const rec = find(state, ctx.params.azone_id);
    const used = residents(state, rec.zone);
    if (used)
      throw conflict(`Availability zone ${rec.zone} still has ${used}; delete or move them first.`);
    const aggregates = state.aggregates.filter((g) => g.availability_zone === rec.zone);
    if (aggregates.length)
      throw conflict(
        `Availability zone ${rec.zone} still has host aggregate(s) ${aggregates.map((g) => g.name).join(', ')}; delete them first.`,
      );
    // Compute hosts other than the stand-in host a new zone is given (api-notes 4.8).
    const hosts = [
      ...new Set(
        state.hypervisors
          .filter((h) => h.zone === rec.zone && h.host !== fallbackHost(rec.zone))
          .map((h) => h.host),
      ),
    ];
    if (hosts.length)
      throw conflict(
        `Availability zone ${rec.zone} still has compute host(s) ${hosts.join(', ')}; take them out of its host aggregates first.`,
      );
    const names = new Map(state.projects.map((p): [string, string] => [p.id, p.name]));
    const assigned = state.azoneProjects
      .filter((ap) => ap.azoneId === rec.id && ap.projectId !== ADMIN_PROJECT)
      .map((ap) => names.get(ap.projectId) ?? ap.projectId);
    if (assigned.length)
      throw conflict(
        `Availability zone ${rec.zone} is assigned to organisation(s) ${assigned.join(', ')}; remove the assignments first.`,
      );
    state.azones = state.azones.filter((a) => a.id !== rec.id);
    state.azoneProjects = state.azoneProjects.filter((ap) => ap.azoneId !== rec.id);
    syncHosts(state, rec, null);
    return { status: 200 };
  },
});

export const availabilityZonesArea = {
  handlers,
  defaults: (s) => {
    s.azones ??= [];
    s.azoneProjects ??= [];
  },
} satisfies Area;
