// Availability zones (004 §1.7 items 1–5): every kind of zone (nova, cinder, ironic). Anyone reads;
// cloud administrators write. Servers refer to a zone by name and id, so a zone with servers
// keeps its name and kind and cannot be deleted (api-notes 4.8, inferred). Items 6–8 (the zones'
// services, hosts and storage pools) are views of the compute hosts: see hypervisors.ts.
import { randomUUID } from 'node:crypto';
import type { components } from '../../../openapi/generated/schema.d.ts';
import { requireAdmin } from '../auth.ts';
import { caller, type Area, type Ctx } from '../area.ts';
import { conflict, notFound } from '../errors.ts';
import { hypervisorRecord, ZONE_HOSTS } from '../seed.ts';
import { ADMIN_PROJECT, type AzoneRec, type State } from '../state.ts';
import { hypervisorList } from './hypervisors.ts';

type S = components['schemas'];
type Fields = S['AzoneCreate'];

const wire = (a: AzoneRec): S['AvailabilityZone'] => ({ ...a, description: a.description ?? '' });

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
  const volumes = (state.volumes ?? []).filter((v) => v.az === zone).length;
  return [servers ? `${servers} server(s)` : '', volumes ? `${volumes} volume(s)` : '']
    .filter(Boolean)
    .join(' and ');
}

/** The compute host servers.ts places servers on in a zone that ZONE_HOSTS does not list. */
const fallbackHost = (zone: string) => `comp-${zone}`;

/**
 * Keeps the hypervisors in step with a zone's name and kind: seeded hosts follow a rename, and a
 * nova zone that ZONE_HOSTS does not list has the one fallback host servers are placed on.
 */
function syncHosts(state: State, before: AzoneRec | null, after: AzoneRec | null) {
  let hosts = hypervisorList(state);
  if (before && (!after || after.zone !== before.zone || after.resourceType !== 'nova')) {
    hosts = hosts.filter((h) => h.host !== fallbackHost(before.zone));
    if (!after) hosts = hosts.filter((h) => h.zone !== before.zone);
  }
  if (before && after) for (const h of hosts) if (h.zone === before.zone) h.zone = after.zone;
  if (
    after?.resourceType === 'nova' &&
    !ZONE_HOSTS[after.zone] &&
    !hosts.some((h) => h.host === fallbackHost(after.zone))
  ) {
    const next = (key: 'id' | 'service_id', from: number) =>
      String(Math.max(from, ...hosts.map((h) => Number(h[key]) || 0)) + 1);
    const id = next('id', 0);
    hosts.push(
      hypervisorRecord(
        {
          id,
          zone: after.zone,
          host: fallbackHost(after.zone),
          service_id: next('service_id', 9),
          hypervisor_hostname: after.zone,
          host_ip: `10.101.38.${Number(id) % 250}`,
          vcpus: 32,
          memory_mb: 257342,
          local_gb: 3375,
        },
        after.virtType,
      ),
    );
  }
  state.hypervisors = hosts;
}

function fields(body: Fields) {
  return {
    labelName: body.labelName,
    zone: body.zone,
    virtType: body.virtType,
    resourceType: body.resourceType,
  };
}

export const availabilityZonesArea: Area = {
  handlers: {
    listAzones: (ctx) => ({ status: 200, body: ctx.sim.state.azones.map(wire) }),
    getAzone: (ctx) => ({
      status: 200,
      body: wire(find(ctx.sim.state, ctx.params.azone_id ?? '')),
    }),
    createAzone: (ctx) => {
      requireAdmin(caller(ctx));
      const state = ctx.sim.state;
      const body = ctx.body as Fields;
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
    updateAzone: (ctx: Ctx) => {
      requireAdmin(caller(ctx));
      const state = ctx.sim.state;
      const body = ctx.body as S['AzoneUpdate'];
      const rec = find(state, body.id);
      checkUnique(state, body.zone, rec.id);
      const next = fields(body);
      const used = residents(state, rec.zone);
      if (used && (next.zone !== rec.zone || next.resourceType !== rec.resourceType)) {
        throw conflict(
          `Availability zone ${rec.zone} has ${used}; its zone name and resource type cannot change while they are in it.`,
        );
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
      const rec = find(state, ctx.params.azone_id ?? '');
      const used = residents(state, rec.zone);
      if (used)
        throw conflict(
          `Availability zone ${rec.zone} still has ${used}; delete or move them first.`,
        );
      const assigned = state.azoneProjects
        .filter((ap) => ap.azoneId === rec.id && ap.projectId !== ADMIN_PROJECT)
        .map((ap) => state.projects.find((p) => p.id === ap.projectId)?.name ?? ap.projectId);
      if (assigned.length)
        throw conflict(
          `Availability zone ${rec.zone} is assigned to organisation(s) ${assigned.join(', ')}; remove the assignments first.`,
        );
      state.azones = state.azones.filter((a) => a.id !== rec.id);
      state.azoneProjects = state.azoneProjects.filter((ap) => ap.azoneId !== rec.id);
      syncHosts(state, rec, null);
      return { status: 200 };
    },
  },
};
