// Snapshot policies (004 §1.10 #1–5, api-notes 4.4): a schedule and a retention for the servers
// bound to it, all on one CAS platform (the CVM). A policy belongs to an organisation; a server is
// bound to at most one policy.
import { randomUUID } from 'node:crypto';
import { caller, type OpCtx } from '../../area.ts';
import type { AuthContext } from '../../auth.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { AzoneRec, Schemas, SnapPolicyRec } from '../../state.ts';
import { serversById } from '../servers/indexes.ts';
import { schedulePolicy } from './schedule.ts';
import { policyWire } from './wire.ts';

const LIST_CAP = 1000;
/** The documents' message for zones (and servers) that are not on one CAS platform (004:L10570). */
export const NOT_SAME_CVM = 'zones are not be a same cvm';

const mine = (auth: AuthContext) => (p: SnapPolicyRec) =>
  auth.isAdmin || p.tenantId === auth.token.projectId;

function find(sim: Sim, auth: AuthContext, uuid: string): SnapPolicyRec {
  const p = sim.state.snapPolicies.find((x) => x.uuid === uuid && mine(auth)(x));
  if (!p) throw notFound('not find this snapshot strategy on cas');
  return p;
}

/** The CVM addresses behind a zone's hypervisors (`cvknode191(CVM10.125.26.11)`). */
function cvmsOf(sim: Sim, zone: AzoneRec): Set<string> {
  const out = new Set<string>();
  for (const h of sim.state.hypervisors) {
    if (h.zone !== zone.zone) continue;
    const cvm = /\(CVM([\d.]+)\)/.exec(h.hypervisor_hostname)?.[1];
    if (cvm) out.add(cvm);
  }
  return out;
}

type Fields = Schemas['SnapshotPolicyFields'];

/** The zones of `labelZoneIds`: existing CAS compute zones sharing a CVM. */
function zonesOf(sim: Sim, ids: string): AzoneRec[] {
  const list = [...new Set(ids.split(';').map((x) => x.trim()))].filter(Boolean);
  if (list.length === 0)
    throw badRequest('labelZoneIds names no zone.', [
      { path: 'body/labelZoneIds', message: 'names no zone' },
    ]);
  const zones = list.map((id) => {
    const z = sim.state.azones.find((a) => a.id === id);
    if (!z)
      throw badRequest(`Availability zone ${id} could not be found.`, [
        { path: 'body/labelZoneIds', message: `${id} is not a known zone` },
      ]);
    return z;
  });
  for (const z of zones)
    if (z.virtType !== 'CAS' || z.resourceType !== 'nova') throw badRequest(NOT_SAME_CVM);
  // A zone without hypervisors yet has no CVM to disagree with: only known CVM sets can clash.
  const sets = zones.map((z) => cvmsOf(sim, z)).filter((c) => c.size > 0);
  const [first, ...rest] = sets;
  if (first && ![...first].some((c) => rest.every((r) => r.has(c)))) throw badRequest(NOT_SAME_CVM);
  return zones;
}

function checkFields(b: Fields) {
  if (b.frequency === '1' && Number(b.day) > 7)
    throw badRequest(`day ${b.day} is not a weekday (1–7) of a weekly policy.`, [
      { path: 'body/day', message: 'must be 1–7 when frequency is 1 (weekly)' },
    ]);
}

/** The bound servers: the policy's organisation's, in its zones, in no other policy. */
function serversFor(
  sim: Sim,
  b: Fields,
  tenantId: string,
  zones: AzoneRec[],
  self: SnapPolicyRec | null,
): string[] {
  const byId = serversById(sim);
  const names = new Set(zones.map((z) => z.zone));
  const ids = [...new Set((b.snapStrategyVm ?? []).map((v) => v.uuid))];
  for (const id of ids) {
    const s = byId(id);
    if (!s || s.tenant_id !== tenantId) throw notFound('not find server');
    if (!names.has(s.az)) throw badRequest(NOT_SAME_CVM);
    const other = sim.state.snapPolicies.find((p) => p !== self && p.servers.includes(id));
    if (other)
      throw conflict(`Server ${s.name} is already bound to snapshot policy ${other.name}.`);
  }
  return ids;
}

function uniqueName(sim: Sim, tenantId: string, name: string, self: SnapPolicyRec | null) {
  if (sim.state.snapPolicies.some((p) => p !== self && p.tenantId === tenantId && p.name === name))
    throw conflict(`The organisation already has a snapshot policy named ${name}.`);
}

const fieldsOf = (b: Fields, servers: string[]) => ({
  name: b.name,
  desc: b.desc ?? null,
  state: b.state,
  flag: b.flag,
  maxSnapshotNum: b.maxSnapshotNum,
  frequency: b.frequency,
  day: b.day,
  hour: b.hour,
  minutes: b.minutes,
  labelZoneIds: b.labelZoneIds,
  servers,
});

export function listPolicies(ctx: OpCtx<'listSnapshotPolicies'>) {
  const auth = caller(ctx);
  const list = ctx.sim.state.snapPolicies
    .filter(mine(auth))
    .sort((a, b) => Number(a.id) - Number(b.id))
    .slice(0, LIST_CAP);
  return { status: 200, body: list.map((p) => policyWire(ctx.sim, p)) };
}

export function getPolicy(ctx: OpCtx<'getSnapshotPolicy'>) {
  const p = find(ctx.sim, caller(ctx), ctx.params.res_uuid);
  return { status: 200, body: policyWire(ctx.sim, p) };
}

export function createPolicy(ctx: OpCtx<'createSnapshotPolicy'>) {
  const auth = caller(ctx);
  const b = ctx.body;
  const sim = ctx.sim;
  if (!auth.isAdmin && b.tenantId !== auth.token.projectId)
    throw forbidden('No permission: a policy can be created only for your own organisation.');
  if (!sim.state.projects.some((p) => p.id === b.tenantId))
    throw notFound(`Organisation ${b.tenantId} could not be found.`);
  checkFields(b);
  const zones = zonesOf(sim, b.labelZoneIds);
  uniqueName(sim, b.tenantId, b.name, null);
  const servers = serversFor(sim, b, b.tenantId, zones, null);
  const rec: SnapPolicyRec = {
    uuid: randomUUID(),
    id: String(sim.state.nextSnapPolicyId++),
    tenantId: b.tenantId,
    tenantName: b.tenantName,
    ...fieldsOf(b, servers),
  };
  sim.state.snapPolicies.push(rec);
  schedulePolicy(sim, rec);
  return { status: 200, body: policyWire(sim, rec) };
}

export function updatePolicy(ctx: OpCtx<'updateSnapshotPolicy'>) {
  const sim = ctx.sim;
  const rec = find(sim, caller(ctx), ctx.params.res_uuid);
  const b = ctx.body;
  if (b.uuid !== undefined && b.uuid !== rec.uuid)
    throw badRequest(`The body's uuid ${b.uuid} is not the path's ${rec.uuid}.`, [
      { path: 'body/uuid', message: 'differs from the path' },
    ]);
  checkFields(b);
  const zones = zonesOf(sim, b.labelZoneIds);
  uniqueName(sim, rec.tenantId, b.name, rec);
  const servers = serversFor(sim, b, rec.tenantId, zones, rec);
  Object.assign(rec, fieldsOf(b, servers));
  schedulePolicy(sim, rec);
  return { status: 200, body: policyWire(sim, rec) };
}

export function deletePolicy(ctx: OpCtx<'deleteSnapshotPolicy'>) {
  const rec = find(ctx.sim, caller(ctx), ctx.params.res_uuid);
  ctx.sim.state.snapPolicies = ctx.sim.state.snapPolicies.filter((p) => p !== rec);
  schedulePolicy(ctx.sim, { ...rec, state: '0' });
  return { status: 200 };
}
