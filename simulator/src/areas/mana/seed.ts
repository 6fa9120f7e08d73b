// Seeded mana_api data: every project's physical machines (serial numbers), transfer orders in
// every state between the tenants (some awaiting the administrators), and each project's VMs in
// every compute zone (mana's regions, see openapi/src/mana.yaml) in every status. `--scale`
// multiplies the machines and VMs. Drawn from no generator, so no other seed value moves.
import type { AzoneRec, ManaVmRec, PmOrderRec, PmRec, ProjectRec } from '../../state.ts';
import { SEED_EPOCH } from '../../constants.ts';
import { DAY_MS } from '../../time.ts';
import { manaTime } from './time.ts';

const MODELS = ['H3C UniServer R4900 G5', 'H3C UniServer R4700 G5', 'Dell PowerEdge R750'];
const VM_NAMES = ['web', 'db', 'cache', 'batch', 'gateway', 'report', 'ci-runner', 'mq'];
const STATUSES: ManaVmRec['status'][] = [
  'ACTIVE',
  'ACTIVE',
  'ACTIVE',
  'SHUTOFF',
  'ACTIVE',
  'ERROR',
];

/** A stable serial number: a letter per project and a running number. */
const snidOf = (p: number, n: number) =>
  `SN${String.fromCharCode(65 + p)}${String(210000 + n * 7 + p)}`;

export type ManaSeed = {
  pms: PmRec[];
  pmOrders: PmOrderRec[];
  nextPmOrderId: number;
  pmMails: [];
  manaVms: ManaVmRec[];
};

export function seedMana(
  projects: readonly ProjectRec[],
  azones: readonly AzoneRec[],
  scale: number,
): ManaSeed {
  const live = projects.filter((p) => p.enabled);
  const pms: PmRec[] = [];
  live.forEach((p, pi) => {
    const count = Math.max(1, Math.round((pi === 0 ? 8 : 14) * scale));
    for (let n = 0; n < count; n++)
      pms.push({ snid: snidOf(pi, n), tenantId: p.id, model: MODELS[n % MODELS.length] ?? '' });
  });
  const byTenant = (id: string) => pms.filter((m) => m.tenantId === id).map((m) => m.snid);
  const pmOrders: PmOrderRec[] = [];
  let id = 1;
  const order = (
    from: ProjectRec | undefined,
    to: ProjectRec | undefined,
    snids: string[],
    state: PmOrderRec['state'],
    user: string,
    ageDays: number,
  ) => {
    if (!from || !to || snids.length === 0) return;
    const created = SEED_EPOCH - ageDays * DAY_MS;
    pmOrders.push({
      id: id++,
      snids: snids.join(','),
      resource_project: from.id,
      dest_project: to.id,
      user,
      state,
      warnning_times: manaTime(created + 3 * DAY_MS),
      create_at: manaTime(created),
      update_at: manaTime(state === 'pending' ? created : created + DAY_MS / 3),
      mailto: [`${user}@example.com`],
    });
  };
  const [admin, chengdu, mianyang, , finance] = live;
  // Finished and rejected orders moved (or kept) machines in the past; the seeded ownership above
  // is the result, so a finished order's machines are the destination's now.
  const take = (tenant: ProjectRec | undefined, from: number, n: number) =>
    tenant ? byTenant(tenant.id).slice(from, from + n) : [];
  order(chengdu, mianyang, take(mianyang, 0, 2), 'finished', 'alice', 20);
  order(mianyang, chengdu, take(mianyang, 2, 1), 'rejected', 'bob', 15);
  order(finance, admin, take(admin, 0, 1), 'finished', 'dave', 12);
  order(chengdu, admin, take(chengdu, 0, 3), 'pending', 'alice', 2);
  order(mianyang, admin, take(mianyang, 3, 2), 'pending', 'bob', 1);
  order(admin, chengdu, take(admin, 1, 2), 'pending', 'admin', 1);
  order(admin, mianyang, take(admin, 3, 1), 'rejected', 'admin', 6);
  order(mianyang, chengdu, take(mianyang, 5, 2), 'pending', 'bob', 0.5);
  order(finance, chengdu, take(finance, 0, 2), 'rejected', 'dave', 9);

  const regions = azones.filter((z) => z.resourceType === 'nova').map((z) => z.zone);
  const manaVms: ManaVmRec[] = [];
  live.forEach((p, pi) => {
    regions.forEach((region, ri) => {
      const count = Math.max(1, Math.round((24 + ((pi + ri) % 4) * 6) * scale));
      for (let n = 0; n < count; n++) {
        const created = SEED_EPOCH - (count - n) * 0.37 * DAY_MS;
        const k = pi * 31 + ri * 7 + n;
        manaVms.push({
          tenantId: p.id,
          region,
          instance_id: `vm-${p.id.slice(0, 6)}-${ri}-${String(n).padStart(5, '0')}`,
          instance_name: `${VM_NAMES[k % VM_NAMES.length]}-${String(n + 1).padStart(2, '0')}`,
          cpu_num: [1, 2, 4, 8, 16][k % 5] ?? 2,
          mem_size: [2, 4, 8, 16, 32][(k + 1) % 5] ?? 4,
          disk_size: [20, 40, 60, 100][k % 4] ?? 40,
          lan_ip_set: `192.168.${10 + ri}.${(n % 250) + 2}`,
          wan_ip_set: k % 3 === 0 ? `122.22.${3 + pi}.${(n % 250) + 2}` : '',
          status: STATUSES[k % STATUSES.length] ?? 'ACTIVE',
          create_at: manaTime(created),
          update_at: manaTime(created + DAY_MS / 2),
        });
      }
    });
  });
  return { pms, pmOrders, nextPmOrderId: id, pmMails: [], manaVms };
}
