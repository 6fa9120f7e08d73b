// Seeded host aggregates: one per compute zone holding all its hosts (what the platform makes when
// a zone is built), a few that group special hosts (GPU, SSD, maintenance), an empty one, and with
// `--scale` more empty ones spread over the compute zones. Drawn from no generator.
import { createHash } from 'node:crypto';
import { SEED_EPOCH } from '../../constants.ts';
import type { AggregateRec, AzoneRec, HypervisorRec } from '../../state.ts';

/** nova's timestamp form: ISO 8601 in UTC with microseconds and no zone. */
export const novaTime = (ms: number) => new Date(ms).toISOString().replace('Z', '000');

/** A stable uuid made from a name (the seed must not draw from the shared generator). */
export const uuidOf = (name: string) => {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const DAY = 86_400_000;

// [name, zone, hosts, extra metadata]
const SPECIAL: [string, string, string[], Record<string, string>][] = [
  ['gpu-t4', 'caz19', ['cpn-host12rc'], { gpu: 'nvidia-t4' }],
  ['ssd-fast', 'cas191p1c1', ['compcas5mbw87y2rc'], { disk: 'ssd' }],
  ['maintenance', 'caz19', ['cpn-host13rc'], { purpose: 'maintenance' }],
  ['reserved-kvm', 'kvm_pool2', [], {}],
];

export function seedAggregates(
  azones: readonly AzoneRec[],
  hypervisors: readonly HypervisorRec[],
  scale: number,
): { aggregates: AggregateRec[]; nextAggregateId: number } {
  const out: AggregateRec[] = [];
  const add = (name: string, zone: string, hosts: string[], extra: Record<string, string>) => {
    const id = out.length + 1;
    out.push({
      id,
      uuid: uuidOf(`aggregate:${name}`),
      name,
      availability_zone: zone,
      hosts,
      metadata: { availability_zone: zone, ...extra },
      created_at: novaTime(SEED_EPOCH - (400 - id) * DAY),
      updated_at: id % 3 === 0 ? novaTime(SEED_EPOCH - id * DAY) : null,
      deleted: false,
      deleted_at: null,
    });
  };
  const compute = azones.filter((a) => a.resourceType === 'nova');
  for (const z of compute) {
    const hosts = [...new Set(hypervisors.filter((h) => h.zone === z.zone).map((h) => h.host))];
    if (hosts.length) add(`${z.zone}-agg`.slice(0, 16), z.zone, hosts, {});
  }
  for (const [name, zone, hosts, extra] of SPECIAL) {
    if (compute.some((z) => z.zone === zone)) add(name, zone, hosts, extra);
  }
  const extra = Math.max(0, Math.round((scale - 1) * 10));
  for (let i = 1; i <= extra && compute.length; i++) {
    const zone = compute[i % compute.length]?.zone ?? '';
    add(`pool-agg-${String(i).padStart(4, '0')}`, zone, [], {});
  }
  return { aggregates: out, nextAggregateId: out.length + 1 };
}
