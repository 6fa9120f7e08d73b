// Hypervisors (004 §1.9 item 14): usage as shares of capacity, the cloud's totals, and the readable
// forms of nova's version integer and cpu_info JSON text.
import type { components } from '@contract/schema';

export type Hypervisor = components['schemas']['Hypervisor'];
export type HypervisorStatus = Hypervisor['status'];
export type HypervisorState = Hypervisor['state'];

export const STATUSES: readonly HypervisorStatus[] = ['enabled', 'disabled'];
export const STATES: readonly HypervisorState[] = ['up', 'down'];

export type Usage = {
  readonly used: number;
  readonly total: number;
  /** used / total in percent, unclamped (CPU and memory can be overcommitted); 0 with no capacity. */
  readonly percent: number;
};

export function usage(used: number, total: number): Usage {
  const percent = total > 0 ? (used / total) * 100 : 0;
  return { used, total, percent };
}

/** How a usage bar looks: calm below 70 %, a warning up to 90 %, then full. */
export type UsageLevel = 'normal' | 'high' | 'full';
export const usageLevel = (percent: number): UsageLevel =>
  percent >= 90 ? 'full' : percent >= 70 ? 'high' : 'normal';

export type Resource = 'vcpus' | 'memory' | 'disk';

export function usageOf(h: Hypervisor, resource: Resource): Usage {
  switch (resource) {
    case 'vcpus':
      return usage(h.vcpus_used, h.vcpus);
    case 'memory':
      return usage(h.memory_mb_used, h.memory_mb);
    case 'disk':
      return usage(h.local_gb_used, h.local_gb);
  }
}

export type CloudTotals = {
  readonly hosts: number;
  readonly up: number;
  readonly down: number;
  readonly disabled: number;
  readonly runningVms: number;
  /** Servers with a task in progress. */
  readonly workload: number;
  readonly vcpus: Usage;
  /** MB */
  readonly memory: Usage;
  /** GB */
  readonly disk: Usage;
};

/** Every host's capacity and usage summed, as nova's hypervisor statistics do. */
export function cloudTotals(list: readonly Hypervisor[]): CloudTotals {
  const sum = (f: (h: Hypervisor) => number) => list.reduce((n, h) => n + f(h), 0);
  return {
    hosts: list.length,
    up: list.filter((h) => h.state === 'up').length,
    down: list.filter((h) => h.state === 'down').length,
    disabled: list.filter((h) => h.status === 'disabled').length,
    runningVms: sum((h) => h.running_vms),
    workload: sum((h) => h.current_workload),
    vcpus: usage(
      sum((h) => h.vcpus_used),
      sum((h) => h.vcpus),
    ),
    memory: usage(
      sum((h) => h.memory_mb_used),
      sum((h) => h.memory_mb),
    ),
    disk: usage(
      sum((h) => h.local_gb_used),
      sum((h) => h.local_gb),
    ),
  };
}

/**
 * nova's integer version (major × 1 000 000 + minor × 1 000 + patch): 6002000 → "6.2.0". Smaller
 * values are not in that form (CAS reports 2007) and are shown as they are.
 */
export function formatVersion(v: number): string {
  if (!Number.isInteger(v) || v < 1_000_000) return String(v);
  return [Math.floor(v / 1_000_000), Math.floor(v / 1_000) % 1_000, v % 1_000].join('.');
}

export type CpuInfo = {
  readonly arch?: string;
  readonly vendor?: string;
  readonly model?: string;
  readonly topology?: {
    readonly sockets?: number;
    readonly cores?: number;
    readonly threads?: number;
    readonly cells?: number;
  };
  readonly features: readonly string[];
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const int = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** nova's cpu_info JSON text, read field by field; null when absent or not an object. */
export function parseCpuInfo(text: string | null): CpuInfo | null {
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(json)) return null;
  const topo = isRecord(json.topology) ? json.topology : undefined;
  return {
    arch: str(json.arch),
    vendor: str(json.vendor),
    model: str(json.model),
    topology: topo && {
      sockets: int(topo.sockets),
      cores: int(topo.cores),
      threads: int(topo.threads),
      cells: int(topo.cells),
    },
    features: Array.isArray(json.features)
      ? json.features.filter((f): f is string => typeof f === 'string')
      : [],
  };
}

/** The cpu_info text re-indented for reading; the text itself when it is not JSON. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
