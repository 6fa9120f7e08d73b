// os-quota-sets (004 §1.18 #3/#6, §1.10 #14; api-notes I-3, I-10, PART 6.2): an organisation's
// quota sets written block by block. Values that a read reports are stored where the read takes
// them (compute in computeQuotas, the rest in projectLimits.max) and checked against the usage the
// read reports; the others are kept in projectLimits.sets and only echoed.
import { badRequest, type ErrorDetail } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { ComputeQuotaRec, ProjectLimitsRec, Schemas } from '../../state.ts';
import { intToIp, ipToInt } from '../compute-reference/ip.ts';
import { absoluteLimits } from './limits.ts';

type Absolute = Schemas['AbsoluteLimits'];
type MaxKey = Extract<keyof Absolute, `max${string}`>;
type UsedKey = Extract<keyof Absolute, `total${string}`>;
type Update = Schemas['QuotaSetsUpdate'];
type Block = Exclude<keyof Update, 'network'> | 'network';

/** A field of a block that a read reports: its limit and usage keys in `absolute`. */
type Reported = { max: MaxKey; used: UsedKey };

/** Every field of every block, in the documents' order; `null` = stored and echoed only. */
const FIELDS: Record<Block, Record<string, Reported | null>> = {
  network: {
    subnet: { max: 'maxSubnets', used: 'totalSubnetsUsed' },
    network: { max: 'maxNetworks', used: 'totalNetworksUsed' },
    floatingip: { max: 'maxTotalFloatingIps', used: 'totalFloatingIpsUsed' },
    router: null,
    port: null,
    ipsecpolicy: null,
    vpnservice: { max: 'maxVpnServices', used: 'totalVpnServicesUsed' },
    firewall: { max: 'maxFirewalls', used: 'totalFirewallsUsed' },
    pool: null,
    listener: { max: 'maxListeners', used: 'totalListenersUsed' },
    loadbalancer: { max: 'maxLoadbalancers', used: 'totalLoadbalancersUsed' },
    vnic: { max: 'maxVnic', used: 'totalVnicUsed' },
    vpcs: { max: 'maxVpc', used: 'totalVpcUsed' },
    security_group_rule: null,
    security_group: { max: 'maxSecurityGroups', used: 'totalSecurityGroupsUsed' },
    private_zone: { max: 'maxPrivateZone', used: 'totalPrivateZoneUsed' },
    record_set: { max: 'maxRecordSet', used: 'totalRecordSetUsed' },
    rbac_policy: null,
  },
  compute: {
    cores: { max: 'maxTotalCores', used: 'totalCoresUsed' },
    instances: { max: 'maxTotalInstances', used: 'totalInstancesUsed' },
    ram: { max: 'maxTotalRAMSize', used: 'totalRAMUsed' },
  },
  block_storage: {
    snapshots: { max: 'maxTotalSnapshots', used: 'totalSnapshotsUsed' },
    gigabytes: { max: 'maxTotalVolumeGigabytes', used: 'totalGigabytesUsed' },
    volumes: { max: 'maxTotalVolumes', used: 'totalVolumesUsed' },
    backups: { max: 'maxTotalBackups', used: 'totalBackupsUsed' },
  },
  file_share: { shares: null, manila_gigabytes: null },
  obj_stor: { obj_stor_buckets: null, obj_stor_gigabytes: null },
  compute_extend: {
    auto_virtual_snaps: {
      max: 'maxComputeExtendAutoVirtualSnaps',
      used: 'totalComputeExtendAutoVirtualSnaps',
    },
    virtual_snaps: { max: 'maxComputeExtendVirtualSnaps', used: 'totalComputeExtendVirtualSnaps' },
  },
  eisoo_backup: { back_up: null },
};
const BLOCKS: Block[] = [
  'network',
  'compute',
  'block_storage',
  'file_share',
  'obj_stor',
  'compute_extend',
  'eisoo_backup',
];
const isComputeKey = (f: string): f is keyof ComputeQuotaRec =>
  f === 'cores' || f === 'instances' || f === 'ram';

/** The values a block of the body carries (network's are inline, the others in `quota_set`). */
function valuesOf(body: Update, block: Block): Record<string, unknown> {
  if (block === 'network') return body.network ?? {};
  return body[block]?.quota_set ?? {};
}

type Range = { cidr: string; ip_pools: { start_ip: string; end_ip: string }[] };
type AddressInput = NonNullable<NonNullable<Update['network']>['network_addresses']>[number];

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** A range as stored: the CIDR's network (host bits cleared), pools checked inside it. */
function parseRange(a: AddressInput, i: number, errors: ErrorDetail[]): Range | null {
  const at = `body/network/network_addresses/${i}`;
  const [ip = '', bitsText = ''] = a.cidr.split('/');
  const bits = Number(bitsText);
  if (!IPV4.test(ip) || !/^\d{1,2}$/.test(bitsText) || bits > 32) {
    errors.push({ path: `${at}/cidr`, message: `${a.cidr} is not an IPv4 CIDR` });
    return null;
  }
  const size = 2 ** (32 - bits);
  const first = Math.floor(ipToInt(ip) / size) * size;
  const last = first + size - 1;
  const cidr = `${intToIp(first)}/${bits}`;
  const pools = a.ip_pools ?? [{ start_ip: intToIp(first + 1), end_ip: intToIp(last) }];
  let ok = true;
  pools.forEach((p, j) => {
    const bad = [p.start_ip, p.end_ip].filter((x) => !IPV4.test(x));
    if (bad.length > 0) {
      errors.push({
        path: `${at}/ip_pools/${j}`,
        message: `${bad.join(', ')} is not an IPv4 address`,
      });
      ok = false;
      return;
    }
    const s = ipToInt(p.start_ip);
    const e = ipToInt(p.end_ip);
    if (s < first || e > last || s > e) {
      errors.push({
        path: `${at}/ip_pools/${j}`,
        message: `${p.start_ip}–${p.end_ip} is not an ascending range inside ${cidr}`,
      });
      ok = false;
    }
  });
  return ok
    ? { cidr, ip_pools: pools.map((p) => ({ start_ip: p.start_ip, end_ip: p.end_ip })) }
    : null;
}

/** Writes the body's values after checking each reported limit against the usage; 400 else. */
export function applyQuotaSets(sim: Sim, project: string, body: Update): void {
  const absolute = absoluteLimits(sim)(project);
  const errors: ErrorDetail[] = [];
  const writes: { block: Block; field: string; value: number; reported: Reported | null }[] = [];
  for (const block of BLOCKS) {
    const values = valuesOf(body, block);
    for (const [field, reported] of Object.entries(FIELDS[block])) {
      const raw = values[field];
      if (raw === undefined) continue;
      const value = Number(raw);
      const path =
        block === 'network' ? `body/network/${field}` : `body/${block}/quota_set/${field}`;
      if (reported && value !== -1 && value < absolute[reported.used]) {
        errors.push({
          path,
          message: `${field}: ${value} is below the ${absolute[reported.used]} in use`,
        });
        continue;
      }
      writes.push({ block, field, value, reported });
    }
  }
  const ranges = body.network?.network_addresses?.map((a, i) => parseRange(a, i, errors));
  if (errors.length > 0)
    throw badRequest(
      `Quota below usage or invalid for project ${project}: ${errors.map((e) => e.message).join('; ')}.`,
      errors,
    );
  const rec: ProjectLimitsRec = (sim.state.projectLimits[project] ??= {
    max: {},
    used: {},
    network_addresses: [],
  });
  for (const w of writes) {
    if (w.block === 'compute' && isComputeKey(w.field)) {
      const q = (sim.state.computeQuotas[project] ??= { instances: -1, cores: -1, ram: -1 });
      q[w.field] = w.value;
    } else if (w.reported) rec.max[w.reported.max] = w.value;
    else (rec.sets ??= {})[`${w.block}.${w.field}`] = w.value;
  }
  if (ranges) rec.network_addresses = ranges.filter((r): r is Range => r !== null);
}

/** The organisation's quota sets as stored, every field of every block, integers. */
export function quotaSetsOf(sim: Sim, project: string): Schemas['QuotaSets'] {
  const absolute = absoluteLimits(sim)(project);
  const sets = sim.state.projectLimits[project]?.sets ?? {};
  const block = (name: Block): Record<string, number> =>
    Object.fromEntries(
      Object.entries(FIELDS[name]).map(([field, reported]) => [
        field,
        reported ? absolute[reported.max] : (sets[`${name}.${field}`] ?? -1),
      ]),
    );
  const net = block('network');
  const n = (field: string) => net[field] ?? -1;
  return {
    network: {
      subnet: n('subnet'),
      network: n('network'),
      floatingip: n('floatingip'),
      router: n('router'),
      port: n('port'),
      ipsecpolicy: n('ipsecpolicy'),
      vpnservice: n('vpnservice'),
      firewall: n('firewall'),
      pool: n('pool'),
      listener: n('listener'),
      loadbalancer: n('loadbalancer'),
      vnic: n('vnic'),
      vpcs: n('vpcs'),
      security_group_rule: n('security_group_rule'),
      security_group: n('security_group'),
      private_zone: n('private_zone'),
      record_set: n('record_set'),
      rbac_policy: n('rbac_policy'),
      network_addresses: absolute.network_addresses,
    },
    compute: { quota_set: block('compute') },
    block_storage: { quota_set: block('block_storage') },
    file_share: { quota_set: block('file_share') },
    obj_stor: { quota_set: block('obj_stor') },
    compute_extend: { quota_set: block('compute_extend') },
    eisoo_backup: { quota_set: block('eisoo_backup') },
  };
}
