// Hypervisors (004 §1.9 item 14): usage as shares of capacity, the cloud's totals, and the readable
// forms of nova's version integer and cpu_info JSON text.
import type { components } from '@contract/schema';

export type Hypervisor = components['schemas']['Hypervisor'];
export type HypervisorStatus = Hypervisor['status'];
export type HypervisorState = Hypervisor['state'];

export const STATUSES: readonly HypervisorStatus[] = ['enabled', 'disabled'];
export const STATES: readonly HypervisorState[] = ['up', 'down'];

export type Resource = 'vcpus' | 'memory' | 'disk';

/**
 * How far nova lets each resource be promised beyond the physical size: its allocation ratios.
 * The hypervisor API does not report the ratios a cloud configures, so these are nova's defaults
 * since Stein (placement's `initial_cpu_allocation_ratio` 4.0, `initial_ram_allocation_ratio` 1.0,
 * `initial_disk_allocation_ratio` 1.0); the simulator seeds its hosts at a share of 4 vCPUs per
 * core as well. vCPUs beyond the cores are normal; memory and disk beyond the size are not.
 */
export const ALLOCATION_RATIO: Readonly<Record<Resource, number>> = {
  vcpus: 4,
  memory: 1,
  disk: 1,
};

/** Share of the schedulable capacity from which a bar turns amber (high), and red (full). */
export const HIGH_LOAD = 80;
export const FULL_LOAD = 100;

export type Usage = {
  readonly used: number;
  readonly total: number;
  /** used / total in percent, unclamped (CPU and memory can be overcommitted); 0 with no capacity. */
  readonly percent: number;
  /** used / total: the overcommit factor ("2.95×" = 2.95 vCPUs per physical core). */
  readonly factor: number;
  /** total × the allocation ratio: what nova will place on the host. */
  readonly schedulable: number;
  /** used / schedulable in percent: how full the host is as the scheduler sees it. */
  readonly load: number;
};

export function usage(used: number, total: number, ratio = 1): Usage {
  const percent = total > 0 ? (used / total) * 100 : 0;
  const schedulable = total * ratio;
  return {
    used,
    total,
    percent,
    factor: total > 0 ? used / total : 0,
    schedulable,
    load: schedulable > 0 ? (used / schedulable) * 100 : 0,
  };
}

/**
 * How a usage bar looks, by the share of the schedulable capacity (not of the physical size, or
 * every overcommitted host would look like an alarm): calm below 80 %, amber from 80 %, red once
 * nova can place nothing more.
 */
export type UsageLevel = 'normal' | 'high' | 'full';
export const usageLevel = (u: Pick<Usage, 'load'>): UsageLevel =>
  u.load >= FULL_LOAD ? 'full' : u.load >= HIGH_LOAD ? 'high' : 'normal';

export function usageOf(h: Hypervisor, resource: Resource): Usage {
  switch (resource) {
    case 'vcpus':
      return usage(h.vcpus_used, h.vcpus, ALLOCATION_RATIO.vcpus);
    case 'memory':
      return usage(h.memory_mb_used, h.memory_mb, ALLOCATION_RATIO.memory);
    case 'disk':
      return usage(h.local_gb_used, h.local_gb, ALLOCATION_RATIO.disk);
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
      ALLOCATION_RATIO.vcpus,
    ),
    memory: usage(
      sum((h) => h.memory_mb_used),
      sum((h) => h.memory_mb),
      ALLOCATION_RATIO.memory,
    ),
    disk: usage(
      sum((h) => h.local_gb_used),
      sum((h) => h.local_gb),
      ALLOCATION_RATIO.disk,
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
