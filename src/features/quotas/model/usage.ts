// Quota usage: the resources a page shows (limit and usage keys of the keystone limits), the
// usage ratio of each and an organisation's pressure (its highest ratio).
import type { AbsoluteLimits } from '@/api/resources/quotas';

type MaxKey = Extract<keyof AbsoluteLimits, `max${string}`>;
type UsedKey = Extract<keyof AbsoluteLimits, `total${string}`>;

export type ResourceKey =
  | 'instances'
  | 'cores'
  | 'ram'
  | 'volumes'
  | 'gigabytes'
  | 'snapshots'
  | 'backups'
  | 'networks'
  | 'subnets'
  | 'vnics'
  | 'securityGroups'
  | 'floatingIps'
  | 'firewalls'
  | 'loadbalancers'
  | 'listeners'
  | 'vpnServices'
  | 'vpcs'
  | 'privateZones'
  | 'recordSets'
  | 'virtualSnaps'
  | 'autoVirtualSnaps';

export type Unit = 'count' | 'mib' | 'gib';
export type Resource = { key: ResourceKey; max: MaxKey; used: UsedKey; unit: Unit };

/** Every resource with a limit and a usage, in the order the pages show them. */
export const RESOURCES: readonly Resource[] = [
  { key: 'instances', max: 'maxTotalInstances', used: 'totalInstancesUsed', unit: 'count' },
  { key: 'cores', max: 'maxTotalCores', used: 'totalCoresUsed', unit: 'count' },
  { key: 'ram', max: 'maxTotalRAMSize', used: 'totalRAMUsed', unit: 'mib' },
  { key: 'volumes', max: 'maxTotalVolumes', used: 'totalVolumesUsed', unit: 'count' },
  { key: 'gigabytes', max: 'maxTotalVolumeGigabytes', used: 'totalGigabytesUsed', unit: 'gib' },
  { key: 'snapshots', max: 'maxTotalSnapshots', used: 'totalSnapshotsUsed', unit: 'count' },
  { key: 'backups', max: 'maxTotalBackups', used: 'totalBackupsUsed', unit: 'count' },
  { key: 'networks', max: 'maxNetworks', used: 'totalNetworksUsed', unit: 'count' },
  { key: 'subnets', max: 'maxSubnets', used: 'totalSubnetsUsed', unit: 'count' },
  { key: 'vnics', max: 'maxVnic', used: 'totalVnicUsed', unit: 'count' },
  {
    key: 'securityGroups',
    max: 'maxSecurityGroups',
    used: 'totalSecurityGroupsUsed',
    unit: 'count',
  },
  { key: 'floatingIps', max: 'maxTotalFloatingIps', used: 'totalFloatingIpsUsed', unit: 'count' },
  { key: 'firewalls', max: 'maxFirewalls', used: 'totalFirewallsUsed', unit: 'count' },
  { key: 'loadbalancers', max: 'maxLoadbalancers', used: 'totalLoadbalancersUsed', unit: 'count' },
  { key: 'listeners', max: 'maxListeners', used: 'totalListenersUsed', unit: 'count' },
  { key: 'vpnServices', max: 'maxVpnServices', used: 'totalVpnServicesUsed', unit: 'count' },
  { key: 'vpcs', max: 'maxVpc', used: 'totalVpcUsed', unit: 'count' },
  { key: 'privateZones', max: 'maxPrivateZone', used: 'totalPrivateZoneUsed', unit: 'count' },
  { key: 'recordSets', max: 'maxRecordSet', used: 'totalRecordSetUsed', unit: 'count' },
  {
    key: 'virtualSnaps',
    max: 'maxComputeExtendVirtualSnaps',
    used: 'totalComputeExtendVirtualSnaps',
    unit: 'count',
  },
  {
    key: 'autoVirtualSnaps',
    max: 'maxComputeExtendAutoVirtualSnaps',
    used: 'totalComputeExtendAutoVirtualSnaps',
    unit: 'count',
  },
];

/** The resources the organisations table shows as columns (the rest are in the detail). */
export const TABLE_RESOURCES: readonly ResourceKey[] = [
  'instances',
  'cores',
  'ram',
  'volumes',
  'gigabytes',
  'snapshots',
];

export const resourceOf = (key: ResourceKey): Resource => {
  const found = RESOURCES.find((r) => r.key === key);
  if (!found) throw new Error(`unknown quota resource ${key}`);
  return found;
};

/**
 * used / limit: 0 for an unlimited (-1) resource, Infinity when something is used under a limit
 * of 0 (over quota), 0 for nothing used under 0.
 */
export function ratio(used: number, limit: number): number {
  if (limit < 0) return 0;
  if (limit === 0) return used > 0 ? Number.POSITIVE_INFINITY : 0;
  return used / limit;
}

/** An organisation's pressure: the highest usage ratio over every limited resource. */
export function pressure(limits: AbsoluteLimits): { ratio: number; resource: ResourceKey | null } {
  let best: { ratio: number; resource: ResourceKey | null } = { ratio: 0, resource: null };
  for (const r of RESOURCES) {
    const value = ratio(limits[r.used], limits[r.max]);
    if (value > best.ratio) best = { ratio: value, resource: r.key };
  }
  return best;
}

/** The bar's tone: red from 90 %, orange from 75 %. */
export function tone(value: number): 'normal' | 'warning' | 'danger' {
  if (value >= 0.9) return 'danger';
  if (value >= 0.75) return 'warning';
  return 'normal';
}

/** How the resources are grouped wherever they are shown or edited together. */
export const RESOURCE_SECTIONS: readonly {
  key: 'compute' | 'storage' | 'network';
  resources: readonly ResourceKey[];
}[] = [
  { key: 'compute', resources: ['instances', 'cores', 'ram'] },
  {
    key: 'storage',
    resources: ['volumes', 'gigabytes', 'snapshots', 'backups', 'virtualSnaps', 'autoVirtualSnaps'],
  },
  {
    key: 'network',
    resources: [
      'networks',
      'subnets',
      'vnics',
      'securityGroups',
      'floatingIps',
      'firewalls',
      'loadbalancers',
      'listeners',
      'vpnServices',
      'vpcs',
      'privateZones',
      'recordSets',
    ],
  },
];
