// The overview's figures, computed from API answers the list pages share: capacity summed over
// the hypervisors, status counts as bars, the organisations closest to a quota limit, a tenant's
// own quota usage and its recent activity. Pure, so each reading is tested on its own.
import type { components } from '@contract/schema';
import type { StatusTone } from '@/components/status-tone';

type S = components['schemas'];
export type Hypervisor = S['Hypervisor'];
export type AbsoluteLimits = S['AbsoluteLimits'];
export type ServerStatus = S['ServerStatus'];
export type ProvisionState = S['BmProvisionState'];

/** A count read from one page: `more` when the page was full and a next one exists. */
export type PageCount = { readonly count: number; readonly more: boolean };

/** The server statuses the overview counts, busiest first; DELETED is never listed. */
export const OVERVIEW_SERVER_STATUSES: readonly ServerStatus[] = [
  'ACTIVE',
  'SHUTOFF',
  'ERROR',
  'BUILD',
  'REBOOT',
  'HARD_REBOOT',
  'RESIZE',
  'VERIFY_RESIZE',
  'PAUSED',
  'SUSPENDED',
  'SHELVED',
  'SHELVED_OFFLOADED',
];

/** Bare-metal provision states the overview counts: where nodes are, then where they failed. */
export const OVERVIEW_NODE_STATES: readonly ProvisionState[] = [
  'active',
  'available',
  'manageable',
  'enroll',
];
export const FAILED_NODE_STATES: readonly ProvisionState[] = [
  'deploy failed',
  'clean failed',
  'inspect failed',
  'adopt failed',
  'error',
];

export type Bar<K extends string> = {
  readonly key: K;
  readonly count: number;
  readonly more: boolean;
  /** Share of the longest bar, 0–1. */
  readonly share: number;
};

/**
 * Bars for the counts that are known and not zero, in the given order; each bar's length is its
 * share of the largest. Unknown counts (still loading, or failed) are left out.
 */
export function toBars<K extends string>(
  keys: readonly K[],
  counts: readonly (PageCount | undefined)[],
): Bar<K>[] {
  const known = keys.flatMap((key, i) => {
    const c = counts[i];
    return c && c.count > 0 ? [{ key, ...c }] : [];
  });
  const top = Math.max(0, ...known.map((b) => b.count));
  return known.map((b) => ({ ...b, share: top === 0 ? 0 : b.count / top }));
}

/** The cloud's capacity and usage: every hypervisor summed, as the hypervisors page reads it. */
export {
  cloudTotals as capacityOf,
  type CloudTotals as Capacity,
} from '@/api/resources/hypervisor-capacity';

/** The quota resources the overview weighs: the ones every organisation's servers use. */
export const QUOTA_RESOURCES = [
  { key: 'instances', max: 'maxTotalInstances', used: 'totalInstancesUsed', unit: 'count' },
  { key: 'cores', max: 'maxTotalCores', used: 'totalCoresUsed', unit: 'count' },
  { key: 'ram', max: 'maxTotalRAMSize', used: 'totalRAMUsed', unit: 'mib' },
  { key: 'volumes', max: 'maxTotalVolumes', used: 'totalVolumesUsed', unit: 'count' },
  { key: 'gigabytes', max: 'maxTotalVolumeGigabytes', used: 'totalGigabytesUsed', unit: 'gib' },
  { key: 'snapshots', max: 'maxTotalSnapshots', used: 'totalSnapshotsUsed', unit: 'count' },
] as const satisfies readonly {
  key: string;
  max: keyof AbsoluteLimits;
  used: keyof AbsoluteLimits;
  unit: 'count' | 'mib' | 'gib';
}[];
export type QuotaResource = (typeof QUOTA_RESOURCES)[number];
export type QuotaKey = QuotaResource['key'];

export type QuotaLine = {
  readonly resource: QuotaResource;
  readonly used: number;
  /** null: no limit (nova's -1). */
  readonly max: number | null;
  /** used / max, 0 without a limit. */
  readonly ratio: number;
};

/** One organisation's usage of each weighed resource; a negative limit means unlimited. */
export function quotaLines(limits: AbsoluteLimits): QuotaLine[] {
  return QUOTA_RESOURCES.map((resource) => {
    const used = limits[resource.used] ?? 0;
    const rawMax = limits[resource.max] ?? -1;
    const max = rawMax < 0 ? null : rawMax;
    const ratio = max === null ? 0 : max === 0 ? (used > 0 ? 1 : 0) : used / max;
    return { resource, used, max, ratio };
  });
}

export type OrgPressure = {
  readonly id: string;
  readonly name: string;
  /** The organisation's most used resource. */
  readonly worst: QuotaLine;
};

/**
 * The `n` organisations closest to a limit, by their most used resource (highest share first).
 * Organisations without any limit on these resources are left out: nothing can run out.
 */
export function closestToQuota(
  all: readonly AbsoluteLimits[],
  names: ReadonlyMap<string, string>,
  n: number,
): OrgPressure[] {
  return all
    .flatMap((limits) => {
      const limited = quotaLines(limits).filter((l) => l.max !== null);
      const worst = limited.reduce<QuotaLine | undefined>(
        (w, l) => (w === undefined || l.ratio > w.ratio ? l : w),
        undefined,
      );
      if (!worst) return [];
      const id = limits.projectId;
      return [{ id, name: names.get(id) ?? id, worst }];
    })
    .sort((a, b) => b.worst.ratio - a.worst.ratio || a.name.localeCompare(b.name))
    .slice(0, n);
}

/** How full a share reads: past 90 % nothing more may fit soon. */
export type Level = 'normal' | 'high' | 'full';
export const levelOf = (ratio: number): Level =>
  ratio >= 0.9 ? 'full' : ratio >= 0.75 ? 'high' : 'normal';

export type ActivityItem = {
  readonly kind: 'server' | 'image';
  readonly id: string;
  readonly name: string;
  readonly status: string;
  /** ISO time of the last change. */
  readonly updated: string;
};

type ServerLike = { id: string; name: string; status: string; updated: string };
type ImageLike = {
  id: string;
  name?: string | null;
  status: string;
  updated_at?: string | null;
  created_at?: string | null;
};

/** The `n` most recently changed servers and images together, newest first. */
export function recentActivity(
  servers: readonly ServerLike[],
  images: readonly ImageLike[],
  n: number,
): ActivityItem[] {
  const items: ActivityItem[] = [
    ...servers.map((s) => ({
      kind: 'server' as const,
      id: s.id,
      name: s.name,
      status: s.status,
      updated: s.updated,
    })),
    ...images.map((i) => ({
      kind: 'image' as const,
      id: i.id,
      name: i.name ?? i.id,
      status: i.status,
      updated: i.updated_at ?? i.created_at ?? '',
    })),
  ];
  const time = (i: ActivityItem) => Date.parse(i.updated) || 0;
  return items.sort((a, b) => time(b) - time(a)).slice(0, n);
}

/** Orders still waiting for a decision. */
export const pendingCount = (orders: readonly { state: string }[]) =>
  orders.filter((o) => o.state === 'pending').length;

/** How each counted status reads: failures red, work in progress blue, at rest grey. */
export const SERVER_TONES: Readonly<Record<ServerStatus, StatusTone>> = {
  ACTIVE: 'success',
  SHUTOFF: 'default',
  ERROR: 'error',
  BUILD: 'processing',
  REBOOT: 'processing',
  HARD_REBOOT: 'processing',
  RESIZE: 'processing',
  VERIFY_RESIZE: 'warning',
  PAUSED: 'warning',
  SUSPENDED: 'warning',
  SHELVED: 'default',
  SHELVED_OFFLOADED: 'default',
  DELETED: 'default',
};

export const nodeTone = (state: ProvisionState): StatusTone =>
  FAILED_NODE_STATES.includes(state)
    ? 'error'
    : state === 'active'
      ? 'success'
      : state === 'available'
        ? 'processing'
        : 'default';
