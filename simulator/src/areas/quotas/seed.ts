// Seeded quota counters beyond compute (api-notes 4.8): each organisation's limits, and the usage
// of the counters no area counts yet. Drawn from no generator.
import type { NetworkRec, ProjectLimitsRec, Schemas } from '../../state.ts';
import { intToIp, ipToInt } from '../compute-reference/ip.ts';
import type { ProjectIds } from '../identity/seed.ts';

type MaxKey = Extract<keyof Schemas['AbsoluteLimits'], `max${string}`>;

/** Quota counters kept as stored values (api-notes 4.8), in this order in PROJECT_LIMITS. */
const STORED_LIMITS: MaxKey[] = [
  'maxTotalSnapshots',
  'maxTotalBackups',
  'maxTotalFloatingIps',
  'maxFirewalls',
  'maxLoadbalancers',
  'maxListeners',
  'maxVpnServices',
  'maxVpc',
  'maxPrivateZone',
  'maxRecordSet',
  'maxComputeExtendVirtualSnaps',
  'maxComputeExtendAutoVirtualSnaps',
];
/**
 * Limits whose usage the quotas area counts from the state: networks, subnets, server NICs,
 * volumes, volume gigabytes and security groups.
 */
const COUNTED_LIMITS: MaxKey[] = [
  'maxNetworks',
  'maxSubnets',
  'maxVnic',
  'maxTotalVolumes',
  'maxTotalVolumeGigabytes',
  'maxSecurityGroups',
];

// Per project: [limit, used] for each STORED_LIMITS entry, and the COUNTED_LIMITS limits.
// The admin project is unlimited; finance is nearly full, as its compute quota is.
const PROJECT_LIMITS: Record<string, { stored: [number, number][]; counted: number[] }> = {
  admin: {
    stored: [
      [-1, 18],
      [-1, 9],
      [-1, 11],
      [-1, 2],
      [-1, 3],
      [-1, 6],
      [-1, 1],
      [-1, 2],
      [-1, 1],
      [-1, 12],
      [-1, 6],
      [-1, 2],
    ],
    counted: [-1, -1, -1, -1, -1, -1],
  },
  chengdu: {
    stored: [
      [100, 23],
      [50, 12],
      [20, 7],
      [5, 1],
      [10, 3],
      [20, 5],
      [2, 0],
      [5, 1],
      [5, 1],
      [100, 14],
      [50, 8],
      [20, 3],
    ],
    counted: [10, 20, 300, 200, 20480, 20],
  },
  mianyang: {
    stored: [
      [80, 9],
      [40, 4],
      [10, 4],
      [3, 1],
      [5, 1],
      [10, 2],
      [1, 0],
      [3, 1],
      [3, 0],
      [50, 6],
      [30, 4],
      [10, 1],
    ],
    counted: [5, 10, 200, 150, 15360, 10],
  },
  rd: {
    stored: [
      [60, 41],
      [20, 3],
      [8, 5],
      [2, 0],
      [4, 2],
      [8, 3],
      [1, 1],
      [2, 1],
      [2, 1],
      [40, 22],
      [20, 17],
      [5, 4],
    ],
    counted: [8, 16, 150, 150, 10240, 15],
  },
  finance: {
    stored: [
      [20, 20],
      [10, 9],
      [2, 2],
      [1, 1],
      [1, 0],
      [2, 0],
      [0, 0],
      [1, 1],
      [1, 0],
      [10, 3],
      [10, 10],
      [2, 2],
    ],
    counted: [2, 2, 40, 40, 4096, 5],
  },
  lab: {
    stored: [
      [10, 0],
      [5, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [5, 0],
      [0, 0],
    ],
    counted: [2, 2, 20, 20, 2048, 5],
  },
};

/** Each project's non-compute limits; `network_addresses` are its networks' CIDRs. */
export function seedProjectLimits(
  p: ProjectIds,
  nets: readonly NetworkRec[],
): Record<string, ProjectLimitsRec> {
  const out: Record<string, ProjectLimitsRec> = {};
  for (const [key, project] of Object.entries(p)) {
    const row = PROJECT_LIMITS[key];
    if (!row) continue;
    const rec: ProjectLimitsRec = { max: {}, used: {}, network_addresses: [] };
    STORED_LIMITS.forEach((name, i) => {
      const [max = -1, used = 0] = row.stored[i] ?? [];
      rec.max[name] = max;
      rec.used[name] = used;
    });
    COUNTED_LIMITS.forEach((name, i) => {
      rec.max[name] = row.counted[i] ?? -1;
    });
    for (const net of nets.filter((n) => n.tenant_id === project)) {
      const [base = '0.0.0.0', bits = '32'] = net.cidr.split('/');
      const start = ipToInt(base);
      const size = 2 ** (32 - Number(bits));
      rec.network_addresses.push({
        cidr: net.cidr,
        ip_pools: [{ start_ip: intToIp(start + 2), end_ip: intToIp(start + size - 2) }],
      });
    }
    out[project] = rec;
  }
  return out;
}
