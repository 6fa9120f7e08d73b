// Bare-metal monitoring (004 §1.12 items 19–21): gnocchi resources of each bare-metal instance,
// deterministic synthetic measures, and the nova user's AK/SK. Nothing is stored: resources and
// metric ids derive from the deployed nodes and their servers, series from the metric id and time.
import { createHash } from 'node:crypto';
import { caller, type OpCtx } from '../../area.ts';
import { notFound } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { BmNodeRec, Schemas, ServerRec } from '../../state.ts';
import {
  CREATOR_PROJECT,
  CREATOR_USER,
  micro,
  nameUuid,
  parseTime,
  stamp,
  STEP_S,
  waveValue,
  windowTimes,
} from '../../telemetry.ts';

type Resource = Schemas['BmMonitoringResource'];
type Type = OpCtx<'listBaremetalMonitoringResources'>['params']['type'];

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

/** A value of a metric at a time: a daily wave around the metric's level, with seeded noise. */
function valueAt(metricId: string, name: string, t: number): number {
  const [level, swing] = LEVEL[name] ?? [100, 20];
  return waveValue(metricId, level, swing, t);
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
    const times = windowTimes({
      start: parseTime(ctx.query.start, 'start'),
      stop: parseTime(ctx.query.stop, 'stop'),
      now: ctx.sim.now(),
      from: m.server.launched_at ?? m.server.created,
      until: Infinity,
    });
    const out = times.map((t): [string, number, number] => [
      stamp(t),
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
