// Which gnocchi resources belong to a node's instance (004 §1.12 items 19–20) and how measures
// become chart points. ipmi_* resources name the instance in `node`; the agent's resources
// (host, host_network_interface, hardware_gpu…) begin their `original_resource_id` with the
// instance's IP (`<ip>` or `<ip>-<device>`).
import type { BmMeasure, BmMonitoringResource, BmMonitoringType } from '@/api/resources/bare-metal';

export type ChartKey = 'cpu' | 'memory' | 'temperature' | 'power' | 'fan' | 'network' | 'gpu';
export type ChartUnit = 'percent' | 'gib' | 'celsius' | 'watt' | 'rpm' | 'mib';

/** The charts of the monitoring tab: where each reads from and in which unit. */
export const CHARTS: readonly {
  key: ChartKey;
  type: BmMonitoringType;
  metrics: readonly string[];
  unit: ChartUnit;
  /** Multiplies gnocchi's value into `unit`. */
  scale?: number;
}[] = [
  { key: 'cpu', type: 'host', metrics: ['hardware.cpu.util'], unit: 'percent' },
  // gnocchi reports memory in MiB and traffic in bytes; the charts read GiB and MiB so that
  // their axes fall on round values.
  { key: 'memory', type: 'host', metrics: ['hardware.memory.used'], unit: 'gib', scale: 1 / 1024 },
  {
    key: 'temperature',
    type: 'ipmi_temperature_sensor',
    metrics: ['hardware.ipmi.temperature'],
    unit: 'celsius',
  },
  { key: 'power', type: 'ipmi_power_sensor', metrics: ['hardware.ipmi.current'], unit: 'watt' },
  { key: 'fan', type: 'ipmi_fan_sensor', metrics: ['hardware.ipmi.fan'], unit: 'rpm' },
  {
    key: 'network',
    type: 'host_network_interface',
    metrics: ['hardware.network.incoming.bytes', 'hardware.network.outgoing.bytes'],
    unit: 'mib',
    scale: 1 / 1024 ** 2,
  },
  { key: 'gpu', type: 'hardware_gpu', metrics: ['hardware.gpu.utilization'], unit: 'percent' },
];

/** The resources of `type` that describe the instance `serverId` reachable at `ips`. */
export function resourcesOf(
  list: readonly BmMonitoringResource[],
  serverId: string,
  ips: readonly string[],
): BmMonitoringResource[] {
  return list.filter((r) =>
    r.type.startsWith('ipmi_')
      ? r.node === serverId
      : ips.some(
          (ip) => r.original_resource_id === ip || r.original_resource_id.startsWith(`${ip}-`),
        ),
  );
}

/** The sensor or device a resource measures: `fan1_speed_(0x70)`, `eth0`; '' for the host itself. */
export function deviceOf(r: Pick<BmMonitoringResource, 'original_resource_id'>, serverId: string) {
  const id = r.original_resource_id;
  if (id.startsWith(`${serverId}-`)) return id.slice(serverId.length + 1);
  const dash = id.indexOf('-');
  return dash < 0 ? '' : id.slice(dash + 1);
}

/** gnocchi's `[time, granularity, value]` triples as chart points. */
export const toPoints = (
  measures: readonly (BmMeasure | readonly (string | number)[])[],
  scale = 1,
) =>
  measures.map(([timestamp, , value]) => ({
    timestamp: String(timestamp),
    value: Number(value) * scale,
  }));

/** gnocchi's window bounds: UTC without a zone (`2019-03-01T00:13:44`), as the documents write them. */
export const utcParam = (ms: number) => new Date(ms).toISOString().slice(0, 19);

export const WINDOWS = { '6h': 6, '24h': 24, '7d': 168 } as const;
export type WindowKey = keyof typeof WINDOWS;
export const WINDOW_KEYS: readonly WindowKey[] = ['6h', '24h', '7d'];
