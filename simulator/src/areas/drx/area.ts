// DRX (004 §1.17): auto-scaling policies of load-balancer listeners (kinton). A policy belongs to
// an organisation, scales from a seed server that must exist, and is `active` or `inactive`;
// enabling one whose seed server was deleted is 409. The load balancer itself (listener, pool,
// member, monitor) is described by no document, so those references are kept as given.
import { randomUUID } from 'node:crypto';
import { caller, defineHandlers, type Area, type OpCtx } from '../../area.ts';
import type { AuthContext } from '../../auth.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { DrxRec, Schemas, ServerRec, State } from '../../state.ts';
import { serversById } from '../servers/indexes.ts';
import { seedDrx } from './seed.ts';

type Value = Schemas['Drx']['info_value'];
type ValueInput = Schemas['DrxValueInput'];
const LIST_CAP = 1000;
/** One collator for every sort (`localeCompare` builds one per call). */
const collator = new Intl.Collator('zh-CN');

const wire = (d: DrxRec): Schemas['Drx'] => ({
  id: d.id,
  uuid: d.uuid,
  info_type: d.info_type,
  info_desc: d.info_desc,
  info_value: { ...d.info_value },
});

const mine = (auth: AuthContext) => (d: DrxRec) =>
  auth.isAdmin || d.tenantId === auth.token.projectId;

function find(state: State, auth: AuthContext, uuid: string): DrxRec {
  const d = state.drx.find((x) => x.uuid === uuid && mine(auth)(x));
  if (!d) throw notFound(`drx ${uuid} could not be found.`);
  return d;
}

/** A server the caller may point a policy at (its project's, any for an administrator). */
function server(sim: Sim, auth: AuthContext, id: string, field: string): ServerRec {
  const s = serversById(sim)(id);
  if (!s || (!auth.isAdmin && s.tenant_id !== auth.token.projectId))
    throw notFound(`Server ${id} (info_value.${field}) could not be found.`);
  return s;
}

const at = (field: string, message: string) => [
  { path: `body/extraInfos/info_value/${field}`, message },
];

/** Each reduce threshold below its extend threshold. */
function checkThresholds(v: Value) {
  const pairs: [keyof Value, keyof Value][] = [
    ['cpuUtilThreshold', 'cpuUtilReduceThreshold'],
    ['memoryUtilThreshold', 'memoryUtilReduceThreshold'],
    ['tcpConnectionUtilThreshold', 'tcpConnectionUtilReduceThreshold'],
    ['connectCount_extend', 'connectCount_reduce'],
  ];
  for (const [up, down] of pairs) {
    const hi = v[up];
    const lo = v[down];
    if (hi == null || lo == null || hi === '' || lo === '') continue;
    if (Number(lo) >= Number(hi))
      throw badRequest(
        `${down} (${lo}) must be below ${up} (${hi}).`,
        at(down, 'must be below its extend threshold'),
      );
  }
}

const DEFAULTS: Value = {
  cpuUtilThreshold: '70',
  cpuUtilReduceThreshold: '30',
  memoryUtilThreshold: '70',
  memoryUtilReduceThreshold: '30',
  tcpConnectionUtilThreshold: '3000',
  tcpConnectionUtilReduceThreshold: '1000',
  visitCountThreshold: '2',
  visitCount_extend: '0',
  visitCount_reduce: '1',
  connectCount_extend: null,
  connectCount_reduce: null,
  instanceUuid: '',
  oldInstanceUuid: '',
  serverName: '',
  memberUuid: '',
  poolId: '',
  monitorUuid: '',
  waitingTime: '20',
  interval: '30',
  operationType: 'autoScaling',
  max_extend_members: '3',
  status: 'active',
};

function merge(base: Value, patch: ValueInput | undefined): Value {
  const out: Value = { ...base };
  for (const [k, v] of Object.entries(patch ?? {})) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function apply(
  ctx: OpCtx<'createDrx' | 'updateDrx'>,
  auth: AuthContext,
  value: Value,
  patch: ValueInput | undefined,
): ServerRec | null {
  checkThresholds(value);
  const seed = serversById(ctx.sim)(value.instanceUuid);
  const changed = patch?.instanceUuid !== undefined;
  let s: ServerRec | null =
    seed && (auth.isAdmin || seed.tenant_id === auth.token.projectId) ? seed : null;
  if (changed) s = server(ctx.sim, auth, value.instanceUuid, 'instanceUuid');
  if (patch?.oldInstanceUuid !== undefined && patch.oldInstanceUuid !== value.instanceUuid)
    server(ctx.sim, auth, patch.oldInstanceUuid, 'oldInstanceUuid');
  if (value.status === 'active' && !s)
    throw conflict(
      `drx cannot be active: its seed server ${value.instanceUuid} no longer exists; set info_value.instanceUuid to another server.`,
    );
  if (s && (changed || !value.serverName)) {
    if (patch?.serverName === undefined) value.serverName = s.name;
  }
  return s;
}

const handlers = defineHandlers({
  listDrx: (ctx) => {
    const auth = caller(ctx);
    const list = ctx.sim.state.drx
      .filter(mine(auth))
      .sort((a, b) => collator.compare(a.info_desc, b.info_desc) || (a.uuid < b.uuid ? -1 : 1))
      .slice(0, LIST_CAP);
    return { status: 200, body: { extraInfos: list.map(wire) } };
  },
  getDrx: (ctx) => {
    const auth = caller(ctx);
    return { status: 200, body: { extraInfos: wire(find(ctx.sim.state, auth, ctx.params.uuid)) } };
  },
  createDrx: (ctx) => {
    const auth = caller(ctx);
    const state = ctx.sim.state;
    const b = ctx.body.extraInfos;
    const uuid = b.uuid ?? '';
    const existing = state.drx.find((x) => x.uuid === uuid);
    if (existing) throw conflict(`Listener ${uuid} already has a drx policy.`);
    const value = merge({ ...DEFAULTS, monitorUuid: uuid }, b.info_value);
    const seed = server(ctx.sim, auth, value.instanceUuid, 'instanceUuid');
    if (!b.info_value?.oldInstanceUuid) value.oldInstanceUuid = seed.id;
    apply(ctx, auth, value, { ...b.info_value, instanceUuid: seed.id });
    const rec: DrxRec = {
      id: randomUUID(),
      uuid,
      tenantId: seed.tenant_id,
      info_type: b.info_type ?? 'LoadBalancer',
      info_desc: b.info_desc ?? '',
      info_value: value,
    };
    state.drx.push(rec);
    return { status: 200, body: { extraInfos: wire(rec) } };
  },
  updateDrx: (ctx) => {
    const auth = caller(ctx);
    const rec = find(ctx.sim.state, auth, ctx.params.uuid);
    const b = ctx.body.extraInfos;
    if (b.uuid !== undefined && b.uuid !== rec.uuid)
      throw badRequest(`The body's uuid ${b.uuid} is not the path's ${rec.uuid}.`, [
        { path: 'body/extraInfos/uuid', message: 'differs from the path' },
      ]);
    const value = merge(rec.info_value, b.info_value);
    apply(ctx, auth, value, b.info_value);
    rec.info_value = value;
    if (b.info_desc !== undefined) rec.info_desc = b.info_desc;
    if (b.info_type !== undefined) rec.info_type = b.info_type;
    return { status: 200, body: { extraInfos: wire(rec) } };
  },
  deleteDrx: (ctx) => {
    const auth = caller(ctx);
    const state = ctx.sim.state;
    const rec = find(state, auth, ctx.params.uuid);
    state.drx = state.drx.filter((x) => x !== rec);
    return { status: 200 };
  },
});

export const drxArea = {
  handlers,
  // A state saved before DRX existed gets the seeded policies of its servers.
  defaults: (s) => {
    s.drx ??= seedDrx(s.servers ?? [], s.scale ?? 1);
  },
} satisfies Area;
