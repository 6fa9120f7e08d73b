// The Monitoring tab's charts (004 §1.9 items 26, 29, 30): which resource of the server each reads
// (the server itself, its disks, its NICs), which metrics, in which unit; the time windows; and
// how gnocchi's string measures become chart points.
import type {
  GpuMeterName,
  MetricMeasure,
  MetricResource,
  MetricResourceType,
  MetricWindow,
  ServerCounterName,
  ServerMeterName,
} from '@/api/resources/server-metrics';
import type { Server } from './types';

export type MonitorChartKey = 'cpu' | 'memory' | 'diskIo' | 'network' | 'diskUsage';
export type MonitorUnit = 'percent' | 'gib' | 'bytesPerSecond' | 'bytes';

export type MonitorChart = {
  key: MonitorChartKey;
  type: MetricResourceType;
  metrics: readonly ServerMeterName[];
  unit: MonitorUnit;
  /** Multiplies gnocchi's value into `unit`. */
  scale?: number;
};

export const MONITOR_CHARTS: readonly MonitorChart[] = [
  { key: 'cpu', type: 'instance', metrics: ['cpu_util'], unit: 'percent' },
  // memory.usage is in MB: the chart reads GiB so its axis falls on round values.
  { key: 'memory', type: 'instance', metrics: ['memory.usage'], unit: 'gib', scale: 1 / 1024 },
  {
    key: 'diskIo',
    type: 'instance',
    metrics: ['disk.read.bytes.rate', 'disk.write.bytes.rate'],
    unit: 'bytesPerSecond',
  },
  {
    key: 'network',
    type: 'instance_network_interface',
    metrics: ['network.incoming.bytes.rate', 'network.outgoing.bytes.rate'],
    unit: 'bytesPerSecond',
  },
  { key: 'diskUsage', type: 'instance_disk', metrics: ['disk.device.usage'], unit: 'bytes' },
];

export const GPU_METERS: readonly GpuMeterName[] = [
  'vgpu.rate',
  'vgpu.memory.rate',
  'vgpu.encoder.rate',
  'vgpu.decoder.rate',
];

/** The ceilometer meters the samples table offers (004:L9301). */
export const SAMPLE_METERS: readonly ServerCounterName[] = [
  'cpu_util',
  'memory.usage',
  'disk.read.bytes.rate',
  'disk.write.bytes.rate',
  'network.incoming.bytes.rate',
  'network.outgoing.bytes.rate',
];

export const MONITOR_WINDOWS = { '1h': 1, '6h': 6, '24h': 24, '7d': 168 } as const;
export type MonitorWindowKey = keyof typeof MONITOR_WINDOWS;
export const MONITOR_WINDOW_KEYS: readonly MonitorWindowKey[] = ['1h', '6h', '24h', '7d'];

/** gnocchi's step: windows end on it, so a window chosen twice in 5 minutes reads the cache. */
export const STEP_MS = 300_000;

/** gnocchi's window bounds: UTC without a zone (`2019-03-01T00:13:44`), as the documents write them. */
export const utcParam = (ms: number) => new Date(ms).toISOString().slice(0, 19);

export function windowOf(key: MonitorWindowKey, now: number): MetricWindow {
  const stop = Math.floor(now / STEP_MS) * STEP_MS;
  return { start: utcParam(stop - MONITOR_WINDOWS[key] * 3600_000), stop: utcParam(stop) };
}

/** gnocchi's string measures as chart points. */
export const measurePoints = (measures: readonly MetricMeasure[], scale = 1) =>
  measures.map((m) => ({ timestamp: m.timestamp, value: Number(m.value) * scale }));

/** One line of a chart: a metric of a resource. */
export type ChartLine = { resourceId: string; metric: ServerMeterName; device: string };

/** The lines of a chart: the server's resources of the chart's type × the chart's metrics. */
export function chartLines(chart: MonitorChart, resources: readonly MetricResource[]): ChartLine[] {
  return resources
    .filter((r) => r.type === chart.type)
    .flatMap((r) =>
      chart.metrics
        .filter((m) => m in r.metrics)
        .map((metric) => ({ resourceId: r.id, metric, device: r.name ?? '' })),
    );
}

/**
 * Whether the server reports now: telemetry comes only from a running guest (power state 1,
 * RUNNING), so a stopped, paused, suspended or shelved server shows its data up to when it stopped.
 */
export const isReporting = (s: Pick<Server, 'OS-EXT-STS:power_state'>) =>
  s['OS-EXT-STS:power_state'] === 1;
