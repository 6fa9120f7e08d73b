// Quota templates: their counters (the vendor's field names, api-notes I-30), the form mapping
// and what applying one writes to an organisation's quota sets (api-notes 4.8).
import type { QuotaSetsUpdate } from '@/api/resources/quotas';
import type { QuotaTemplate, QuotaTemplateCreate } from '@/api/resources/quota-templates';

export type CounterKey = Exclude<keyof QuotaTemplate, 'uuid' | 'name' | 'extra'>;

/** The counters by section, in the documents' order. */
export const COUNTER_SECTIONS: readonly {
  key: 'compute' | 'storage' | 'network' | 'files';
  counters: readonly CounterKey[];
}[] = [
  { key: 'compute', counters: ['novaNum', 'cpu', 'ram'] },
  {
    key: 'storage',
    counters: [
      'volumeNum',
      'storage',
      'snapshotNum',
      'virtualSnapNum',
      'autoVirtualSnapNum',
      'eisooBackupNum',
    ],
  },
  {
    key: 'network',
    counters: [
      'netNum',
      'subnetNum',
      'virtualNetNum',
      'routeNum',
      'securityGroupNum',
      'publicIpNum',
      'fireNum',
      'balanceNum',
      'listenerNum',
      'vpnNum',
      'vpcNum',
      'privateZoneNum',
      'recordSetNum',
    ],
  },
  { key: 'files', counters: ['shareNum', 'manilaGigabytes', 'bucketNum', 'ossGigabytes'] },
];
export const COUNTERS: readonly CounterKey[] = COUNTER_SECTIONS.flatMap((s) => s.counters);

/** Counters in GiB (RAM included: the template's unit, applied × 1024 as MiB). */
export const GIB_COUNTERS: ReadonlySet<CounterKey> = new Set<CounterKey>([
  'ram',
  'storage',
  'manilaGigabytes',
  'ossGigabytes',
]);

export type TemplateFormValues = { name: string; extra?: string } & Record<CounterKey, number>;

export function emptyTemplate(): Partial<TemplateFormValues> {
  const out: Partial<TemplateFormValues> = { name: '', extra: '' };
  for (const k of COUNTERS) out[k] = 0;
  return out;
}

export function fromTemplate(t: QuotaTemplate): TemplateFormValues {
  return { ...t, extra: t.extra };
}

export function toTemplateRequest(v: TemplateFormValues): QuotaTemplateCreate {
  const out: QuotaTemplateCreate = { name: v.name.trim(), extra: v.extra ?? '' };
  for (const k of COUNTERS) out[k] = v[k];
  return out;
}

/**
 * What applying a template writes: every counter to its quota-set field. RAM is GiB in the
 * template and MiB in the quota; -1 stays unlimited.
 */
export function templateToQuotaSets(t: QuotaTemplate): QuotaSetsUpdate {
  const mib = (gib: number) => (gib < 0 ? -1 : gib * 1024);
  return {
    network: {
      router: t.routeNum,
      firewall: t.fireNum,
      network: t.netNum,
      loadbalancer: t.balanceNum,
      listener: t.listenerNum,
      vnic: t.virtualNetNum,
      floatingip: t.publicIpNum,
      vpnservice: t.vpnNum,
      security_group: t.securityGroupNum,
      subnet: t.subnetNum,
      vpcs: t.vpcNum,
      private_zone: t.privateZoneNum,
      record_set: t.recordSetNum,
    },
    compute: { quota_set: { cores: t.cpu, instances: t.novaNum, ram: mib(t.ram) } },
    block_storage: {
      quota_set: { gigabytes: t.storage, snapshots: t.snapshotNum, volumes: t.volumeNum },
    },
    file_share: { quota_set: { shares: t.shareNum, manila_gigabytes: t.manilaGigabytes } },
    obj_stor: { quota_set: { obj_stor_buckets: t.bucketNum, obj_stor_gigabytes: t.ossGigabytes } },
    compute_extend: {
      quota_set: { virtual_snaps: t.virtualSnapNum, auto_virtual_snaps: t.autoVirtualSnapNum },
    },
    eisoo_backup: { quota_set: { back_up: t.eisooBackupNum } },
  };
}
