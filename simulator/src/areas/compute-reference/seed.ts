// Seeded networks: the documents have no network API (api-notes I-31), so servers boot on these.
import type { Rng } from '../../rng.ts';
import type { NetworkRec } from '../../state.ts';
import type { ProjectIds } from '../identity/seed.ts';

// [project, name, shared, cidr]
const NETWORKS: [keyof ProjectIds, string, boolean, string][] = [
  ['admin', 'public-net', true, '172.25.0.0/16'],
  ['admin', 'mgmt-net', false, '10.10.0.0/16'],
  ['chengdu', 'chengdu-biz', false, '10.11.0.0/16'],
  ['chengdu', 'chengdu-db', false, '10.12.0.0/16'],
  ['mianyang', 'mianyang-net', false, '10.20.0.0/16'],
  ['rd', 'rd-dev', false, '10.30.0.0/16'],
  ['finance', 'finance-net', false, '10.40.0.0/16'],
  ['lab', 'lab-net', false, '10.50.0.0/16'],
];

export function seedNetworks(rng: Rng, p: ProjectIds): NetworkRec[] {
  return NETWORKS.map(([key, name, shared, cidr]) => ({
    id: rng.uuid(),
    name,
    tenant_id: p[key],
    shared,
    cidr,
  }));
}
