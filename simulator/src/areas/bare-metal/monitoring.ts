// Bare-metal monitoring (004 §1.12 items 19–21): gnocchi resources of each bare-metal instance,
// deterministic synthetic measures, and the nova user's AK/SK. Nothing is stored: resources and
// metric ids derive from the deployed nodes and their servers, series from the metric id and time.
import { createHash } from 'node:crypto';
import { caller, type OpCtx } from '../../area.ts';
import { badRequest, notFound } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { BmNodeRec, Schemas, ServerRec } from '../../state.ts';

type Resource = Schemas['BmMonitoringResource'];
type Type = OpCtx<'listBaremetalMonitoringResources'>['params']['type'];

/** A uuid derived from a name (stable across restarts and machines). */
function nameUuid(name: string): string {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${'89ab'[parseInt(h[16] ?? '0', 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The ceilometer/gnocchi service user that creates the resources. */
const CREATOR_USER = '988a5022-5d48-41b0-8add-184b2e85a462';
const CREATOR_PROJECT = '50a1419f-d799-49ad-ad19-04a45e29b619';

/** Each type's devices: [suffix of original_resource_id, metric names]. */
const DEVICES: Record<Type, [string, string[]][]> = {
  ipmi_fan_sensor: [
    ['fan1_speed_(0x70)', ['hardware.ipmi.fan']],
    ['fan2_speed_(0x71)', ['hardware.ipmi.fan']],
  ],
  ipmi_power_sensor: [['power_meter_(0x6a)', ['hardware.ipmi.current']]],
  ipmi_temperature_sensor: [
    ['inlet_temp_(0x2a)', ['hardware.ipmi.temperature']],
    ['cpu1_temp_(0x2b)', ['hardware.ipmi.temperature']],
  ],
  host: [['', ['hardware.cpu.util', 'hardware.memory.used', 'hardware.memory.total']]],
  host_disk_total_used: [['disk', ['hardware.disk.size.total', 'hardware.disk.size.used']]],
  host_disk_bytes: [['sda', ['hardware.disk.read.bytes', 'hardware.disk.write.bytes']]],
  host_network_interface: [
    ['eth0', ['hardware.network.incoming.bytes', 'hardware.network.outgoing.bytes']],
  ],
  hardware_gpu: [['gpu0', ['hardware.gpu.utilization', 'hardware.gpu.memory.used']]],
};

/** Level and daily swing of each metric, in its unit. */
const LEVEL: Record<string, [number, number]> = {
  'hardware.ipmi.fan': [5400, 900],
  'hardware.ipmi.current': [260, 60],
  'hardware.ipmi.temperature': [38, 8],
  'hardware.cpu.util': [35, 25],
  'hardware.memory.used': [96_000, 24_000],
  'hardware.memory.total': [262_144, 0],
  'hardware.disk.size.total': [3_576_000_000, 0],
  'hardware.disk.size.used': [1_200_000_000, 20_000_000],
  'hardware.disk.read.bytes': [48_000_000, 30_000_000],
  'hardware.disk.write.bytes': [87_302_144, 40_000_000],
  'hardware.network.incoming.bytes': [120_000_000, 90_000_000],
  'hardware.network.outgoing.bytes': [64_000_000, 50_000_000],
  'hardware.gpu.utilization': [55, 35],
  'hardware.gpu.memory.used': [9_800, 4_000],
};

type Metric = { name: string; server: ServerRec; node: BmNodeRec };

const micro = (ms: number) => new Date(ms).toISOString().replace('Z', '000+00:00');

/** Every bare-metal instance's resources and metrics; kept until nodes or servers change. */
function catalogue(sim: Sim) {
  return sim.derive('bm/monitoring', ['baremetalNodes', 'servers'], () => {
    const servers = new Map(sim.state.servers.map((s): [string, ServerRec] => [s.id, s]));
    const byType = new Map<Type, { res: Resource; tenant: string }[]>();
    const metrics = new Map<string, Metric>();
    for (const node of sim.state.baremetalNodes) {
      const server = node.instance_uuid ? servers.get(node.instance_uuid) : undefined;
      if (!server || server.status === 'BUILD') continue;
      const ip = server.ports[0]?.ip ?? node.driver_info.ipmi_address ?? '0.0.0.0';
      const started = micro(server.launched_at ?? server.created);
      for (const type of Object.keys(DEVICES) as Type[]) {
        if (type === 'hardware_gpu' && node.resource_class !== 'baremetal.gpu') continue;
        const ipmi = type.startsWith('ipmi_');
        for (const [device, names] of DEVICES[type]) {
          const original = ipmi ? `${server.id}-${device}` : device ? `${ip}-${device}` : `${ip}`;
          const id = nameUuid(`${server.id}/${type}/${device}`);
          const m: Record<string, string> = {};
          for (const name of names) {
            const metricId = nameUuid(`${id}/${name}`);
            m[name] = metricId;
            metrics.set(metricId, { name, server, node });
          }
          const res: Resource = {
            id,
            type,
            original_resource_id: original,
            metrics: m,
            started_at: started,
            revision_start: started,
            revision_end: null,
            ended_at: null,
            creator: `${CREATOR_USER}:${CREATOR_PROJECT}`,
            created_by_user_id: CREATOR_USER,
            created_by_project_id: CREATOR_PROJECT,
            user_id: ipmi ? null : server.user_id,
            project_id: ipmi ? null : server.tenant_id,
            ...(ipmi ? { node: server.id } : {}),
          };
          const list = byType.get(type) ?? [];
          list.push({ res, tenant: server.tenant_id });
          byType.set(type, list);
        }
      }
    }
    return { byType, metrics };
  });
}

const STEP_S = 300;
const DAY_S = 86400;
const MAX_POINTS = 2016;

function parseTime(v: string | undefined, name: string): number | null {
  if (v === undefined) return null;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(v) ? v : `${v}Z`;
  const ms = Date.parse(zoned);
  if (!Number.isFinite(ms))
    throw badRequest(`${name} ${v} is not a UTC time such as 2019-03-01T00:13:44.`, [
      { path: `query/${name}`, message: 'is not a time' },
    ]);
  return ms;
}

/** A value of a metric at a time: a daily wave around the metric's level, with seeded noise. */
function valueAt(metricId: string, name: string, t: number): number {
  const [level, swing] = LEVEL[name] ?? [100, 20];
  const h = createHash('sha1').update(`${metricId}@${t}`).digest();
  const noise = ((h[0] ?? 0) / 255 - 0.5) * 0.2;
  const seedPhase = (parseInt(metricId.slice(0, 4), 16) / 65535) * 2 * Math.PI;
  const wave = Math.sin((2 * Math.PI * (t % DAY_S)) / DAY_S + seedPhase);
  const v = level + swing * wave + Math.abs(level) * noise * (swing ? 1 : 0);
  return Math.round(Math.max(0, v) * 100) / 100;
}

export const monitoringHandlers = {
  listBaremetalMonitoringResources: (ctx: OpCtx<'listBaremetalMonitoringResources'>) => {
    const auth = caller(ctx);
    const list = catalogue(ctx.sim).byType.get(ctx.params.type) ?? [];
    const mine = auth.isAdmin ? list : list.filter((r) => r.tenant === auth.token.projectId);
    return { status: 200, body: mine.slice(0, 1000).map((r) => r.res) };
  },
  listBaremetalMetricMeasures: (ctx: OpCtx<'listBaremetalMetricMeasures'>) => {
    const auth = caller(ctx);
    const m = catalogue(ctx.sim).metrics.get(ctx.params.metric_id);
    if (!m || (!auth.isAdmin && m.server.tenant_id !== auth.token.projectId))
      throw notFound(`Metric ${ctx.params.metric_id} does not exist.`);
    const now = ctx.sim.now();
    const stopMs = parseTime(ctx.query.stop, 'stop') ?? now;
    let startMs = parseTime(ctx.query.start, 'start') ?? stopMs - DAY_S * 1000;
    if (startMs > stopMs)
      throw badRequest('start is after stop.', [{ path: 'query/start', message: 'is after stop' }]);
    const launched = m.server.launched_at ?? m.server.created;
    startMs = Math.max(startMs, launched, stopMs - MAX_POINTS * STEP_S * 1000);
    const first = Math.ceil(startMs / 1000 / STEP_S) * STEP_S;
    const last = Math.floor(Math.min(stopMs, now) / 1000 / STEP_S) * STEP_S;
    const out: [string, number, number][] = [];
    for (let t = first; t <= last && out.length < MAX_POINTS; t += STEP_S)
      out.push([
        new Date(t * 1000).toISOString().replace('.000Z', '+00:00'),
        STEP_S,
        valueAt(ctx.params.metric_id, m.name, t),
      ]);
    return { status: 200, body: out };
  },
  getNovaAccessKey: (ctx: OpCtx<'getNovaAccessKey'>) => {
    caller(ctx);
    const seed = String(ctx.sim.state.seed);
    const secret = createHash('sha256').update(`aksk/${seed}`).digest('base64').slice(0, 40);
    const access = createHash('sha1').update(`akid/${seed}`).digest('hex');
    return {
      status: 200,
      body: {
        id: nameUuid(`aksk/${seed}`),
        userId: 'ed45231c94844cc2b33a761a736b54ce',
        accessId: `${access.slice(0, 24)}-${access.slice(24, 40)}`,
        accessKey: Buffer.from(secret).toString('base64'),
      },
    };
  },
};
