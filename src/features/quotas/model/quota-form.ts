// The edit-quota form: one limit per resource, validated against the usage before sending, and
// mapped to os-quota-sets' blocks (004 §1.18 #3/#6).
import type { AbsoluteLimits, QuotaSetsUpdate } from '@/api/resources/quotas';
import { RESOURCES, type ResourceKey } from './usage';

/** Form values: a limit per resource (-1 = unlimited; RAM in MiB, storage in GiB). */
export type QuotaFormValues = Partial<Record<ResourceKey, number>>;

export function fromLimits(limits: AbsoluteLimits): QuotaFormValues {
  return Object.fromEntries(RESOURCES.map((r) => [r.key, limits[r.max]]));
}

/** `true`, or the usage the limit is below (a limit under what is in use is refused). */
export function checkLimit(limit: number | null | undefined, used: number): true | number {
  if (limit === null || limit === undefined || limit === -1) return true;
  return limit >= used ? true : used;
}

/** The quota-set blocks of the values that changed (a partial update); undefined if none. */
export function toQuotaSets(
  values: QuotaFormValues,
  before: QuotaFormValues,
): QuotaSetsUpdate | undefined {
  const changed = (key: ResourceKey) => {
    const v = values[key];
    return v !== undefined && v !== null && v !== before[key] ? v : undefined;
  };
  const pick = <K extends string>(fields: readonly (readonly [K, ResourceKey])[]) => {
    const out: Partial<Record<K, number>> = {};
    for (const [field, key] of fields) {
      const v = changed(key);
      if (v !== undefined) out[field] = v;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  };
  const body: QuotaSetsUpdate = {};
  const network = pick([
    ['network', 'networks'],
    ['subnet', 'subnets'],
    ['vnic', 'vnics'],
    ['security_group', 'securityGroups'],
    ['floatingip', 'floatingIps'],
    ['firewall', 'firewalls'],
    ['loadbalancer', 'loadbalancers'],
    ['listener', 'listeners'],
    ['vpnservice', 'vpnServices'],
    ['vpcs', 'vpcs'],
    ['private_zone', 'privateZones'],
    ['record_set', 'recordSets'],
  ]);
  if (network) body.network = network;
  const compute = pick([
    ['instances', 'instances'],
    ['cores', 'cores'],
    ['ram', 'ram'],
  ]);
  if (compute) body.compute = { quota_set: compute };
  const storage = pick([
    ['volumes', 'volumes'],
    ['gigabytes', 'gigabytes'],
    ['snapshots', 'snapshots'],
    ['backups', 'backups'],
  ]);
  if (storage) body.block_storage = { quota_set: storage };
  const extend = pick([
    ['virtual_snaps', 'virtualSnaps'],
    ['auto_virtual_snaps', 'autoVirtualSnaps'],
  ]);
  if (extend) body.compute_extend = { quota_set: extend };
  return Object.keys(body).length > 0 ? body : undefined;
}
