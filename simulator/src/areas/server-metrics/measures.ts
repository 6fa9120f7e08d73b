// Measures and samples of the servers' resources (004 §1.9 items 26, 27, 29, 30): deterministic
// series that exist only while the server runs.
import { caller, type OpCtx } from '../../area.ts';
import type { AuthContext } from '../../auth.ts';
import { badRequest, notFound } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { Schemas } from '../../state.ts';
import {
  DAY_S,
  MAX_POINTS,
  parseTime,
  stamp,
  STEP_S,
  waveValue,
  windowTimes,
} from '../../telemetry.ts';
import { catalogue, type Entry } from './catalogue.ts';

type Caller = Pick<AuthContext, 'isAdmin' | 'token'>;

/** The entry, if the caller may see it. */
function visible(sim: Sim, auth: Caller, key: string): Entry | undefined {
  const e = catalogue(sim).byKey.get(key);
  if (!e || (!auth.isAdmin && e.server.tenant_id !== auth.token.projectId)) return undefined;
  return e;
}

/** The span a server's resources report in (epoch ms): from launch, to now or its last change. */
export function reportingSpan(e: Entry): { from: number; until: number } {
  const s = e.server;
  const from = s.launched_at ?? Infinity;
  // Running (nova power state 1) reports until now; stopped, paused, suspended, shelved or
  // errored reports nothing after it left the running state (`updated`).
  return { from, until: s.power_state === 1 ? Infinity : s.updated };
}

/** A metric's level and daily swing in its unit, for the resource's server. */
function levelOf(e: Entry, metric: string, metricId: string): [number, number] {
  const pick = (lo: number, hi: number) =>
    lo + ((parseInt(metricId.slice(0, 6), 16) % 1000) / 1000) * (hi - lo);
  const ram = e.flavor?.ram ?? 2048;
  switch (metric) {
    case 'cpu_util':
      return [pick(12, 55), pick(5, 25)];
    case 'memory.usage':
      return [ram * pick(0.35, 0.7), ram * 0.1];
    case 'disk.read.bytes.rate':
      return [pick(80_000, 600_000), pick(40_000, 300_000)];
    case 'disk.write.bytes.rate':
      return [pick(150_000, 1_200_000), pick(80_000, 500_000)];
    case 'network.incoming.bytes.rate':
      return [pick(50_000, 2_000_000), pick(20_000, 900_000)];
    case 'network.outgoing.bytes.rate':
      return [pick(20_000, 1_000_000), pick(10_000, 500_000)];
    case 'disk.device.capacity':
      return [e.capacity, 0];
    case 'disk.device.usage':
      return [e.capacity * pick(0.15, 0.75), 0];
    case 'vgpu.rate':
      return [pick(30, 70), pick(15, 28)];
    case 'vgpu.memory.rate':
      return [pick(25, 60), pick(5, 20)];
    default:
      return [pick(3, 20), pick(2, 8)];
  }
}

const PERCENT = new Set([
  'cpu_util',
  'vgpu.rate',
  'vgpu.memory.rate',
  'vgpu.encoder.rate',
  'vgpu.decoder.rate',
]);

export const UNITS: Record<string, string> = {
  cpu_util: '%',
  'memory.usage': 'MB',
  'disk.read.bytes.rate': 'B/s',
  'disk.write.bytes.rate': 'B/s',
  'network.incoming.bytes.rate': 'B/s',
  'network.outgoing.bytes.rate': 'B/s',
};

function value(e: Entry, metric: string, t: number): string {
  const id = e.res.metrics[metric] ?? e.res.id;
  const [level, swing] = levelOf(e, metric, id);
  const v = waveValue(id, level, swing, t);
  return String(PERCENT.has(metric) ? Math.min(100, v) : v);
}

/** The measures of one metric of a resource the caller may see, or 404. */
function measures(
  ctx: { sim: Sim; query: { start?: string; stop?: string } },
  auth: Caller,
  key: string,
  metric: string,
  type?: Schemas['MetricResourceType'],
) {
  const e = visible(ctx.sim, auth, key);
  if (!e || (type && e.res.type !== type)) throw notFound(`Resource ${key} does not exist.`);
  if (!(metric in e.res.metrics))
    throw notFound(`Metric ${metric} does not exist for resource ${key} (${e.res.type}).`);
  const times = windowTimes({
    start: parseTime(ctx.query.start, 'start'),
    stop: parseTime(ctx.query.stop, 'stop'),
    now: ctx.sim.now(),
    ...reportingSpan(e),
  });
  const body: Schemas['MetricMeasure'][] = times.map((t) => ({
    period: String(STEP_S),
    value: value(e, metric, t),
    timestamp: stamp(t),
  }));
  return { status: 200, body };
}

const asList = (v: string | string[] | undefined) =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** The ceilometer query triplets (004:L9301): which resources, and the time bounds. */
function parseTriplets(q: {
  'q.field': string | string[];
  'q.op': string | string[];
  'q.value': string | string[];
}) {
  const fields = asList(q['q.field']);
  const ops = asList(q['q.op']);
  const values = asList(q['q.value']);
  if (fields.length !== ops.length || fields.length !== values.length)
    throw badRequest('q.field, q.op and q.value must come in triplets (as many of each).', [
      { path: 'query/q.field', message: 'triplets do not line up' },
    ]);
  let resource: { by: 'resource_id' | 'instance_id'; id: string } | undefined;
  let start: number | null = null;
  let stop: number | null = null;
  fields.forEach((field, i) => {
    const op = ops[i] ?? '';
    const v = values[i] ?? '';
    if (field === 'resource_id' || field === 'resource_metadata.instance_id') {
      if (op !== 'eq') throw badRequest(`q.op ${op} is not supported for ${field}; use eq.`);
      if (resource)
        throw badRequest('Give one resource_id or resource_metadata.instance_id, not several.');
      resource = { by: field === 'resource_id' ? 'resource_id' : 'instance_id', id: v };
    } else if (field === 'timestamp') {
      const t = parseTime(v, 'q.value');
      if (op === 'ge' || op === 'gt') start = t;
      else if (op === 'le' || op === 'lt') stop = t;
      else throw badRequest(`q.op ${op} is not supported for timestamp; use ge, gt, le or lt.`);
    } else {
      throw badRequest(
        `q.field ${field} is not supported; use resource_id, resource_metadata.instance_id or timestamp.`,
        [{ path: 'query/q.field', message: `unknown field ${field}` }],
      );
    }
  });
  if (!resource)
    throw badRequest('A resource_id or resource_metadata.instance_id triplet is required.', [
      { path: 'query/q.field', message: 'no resource' },
    ]);
  // One bound given: a day from or to it (without either, the last day, 004:L9316).
  if (start !== null && stop === null) stop = start + DAY_S * 1000;
  if (stop !== null && start === null) start = stop - DAY_S * 1000;
  return { resource, start, stop };
}

export const measureHandlers = {
  listServerMetricMeasures: (ctx: OpCtx<'listServerMetricMeasures'>) => {
    const metric = ctx.params.meter_parameter;
    // The documents' spelling of capacity (004:L9216) answers the same series.
    const name = metric === 'disk.device.capcacity' ? 'disk.device.capacity' : metric;
    return measures(ctx, caller(ctx), ctx.params.resource_id, name);
  },
  listServerGpuMeasures: (ctx: OpCtx<'listServerGpuMeasures'>) =>
    measures(ctx, caller(ctx), ctx.params.resource_id, ctx.params.meter_parameter, 'instance_vgpu'),
  listServerGpus: (ctx: OpCtx<'listServerGpus'>) => {
    const auth = caller(ctx);
    const id = ctx.params.server_id;
    const s = ctx.sim.state.servers.find((x) => x.id === id);
    if (!s || (!auth.isAdmin && s.tenant_id !== auth.token.projectId))
      throw notFound(`Instance ${id} could not be found.`);
    const gpus = catalogue(ctx.sim).gpus.get(id) ?? [];
    return { status: 200, body: gpus.map((g) => g.res.id) };
  },
  listServerMeterSamples: (ctx: OpCtx<'listServerMeterSamples'>) => {
    const auth = caller(ctx);
    const meter = ctx.params.countName;
    const { resource, start, stop } = parseTriplets(ctx.query);
    const cat = catalogue(ctx.sim);
    let entries: Entry[];
    if (resource.by === 'resource_id') {
      const e = visible(ctx.sim, auth, resource.id);
      if (!e) throw notFound(`Resource ${resource.id} does not exist.`);
      entries = [e];
    } else {
      const first = cat.byServer.get(resource.id)?.[0];
      if (!first || !visible(ctx.sim, auth, first.res.id))
        throw notFound(`Instance ${resource.id} could not be found.`);
      entries = cat.byServer.get(resource.id) ?? [];
    }
    entries = entries.filter((e) => meter in e.res.metrics).slice(0, 8);
    const now = ctx.sim.now();
    const body: Schemas['MeterSample'][] = [];
    for (const e of entries) {
      const times = windowTimes({ start, stop, now, ...reportingSpan(e) });
      const meta = [{ 'flavor.ram': String(e.flavor?.ram ?? 0), display_name: e.server.name }];
      for (const t of times)
        body.push({
          user_id: e.server.user_id,
          counter_name: meter,
          resource_id: e.res.original_resource_id,
          counter_unit: UNITS[meter] ?? '',
          timestamp: stamp(t),
          counter_volume: value(e, meter, t),
          resource_metadata: meta,
        });
    }
    // Ceilometer answers newest first.
    body.sort((a, b) =>
      b.timestamp < a.timestamp
        ? -1
        : b.timestamp > a.timestamp
          ? 1
          : a.resource_id < b.resource_id
            ? -1
            : 1,
    );
    return { status: 200, body: body.slice(0, MAX_POINTS * 8) };
  },
};
