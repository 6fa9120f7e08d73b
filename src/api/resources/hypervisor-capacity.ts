// What a hypervisor offers and how much of it is used, as shares of what nova will place: shared by
// the hypervisors page (per host and the cloud's totals) and the overview (the cloud's dials), so
// both read the same figures, the same allocation ratios and the same thresholds.
import type { components } from '@contract/schema';

type Hypervisor = components['schemas']['Hypervisor'];

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
