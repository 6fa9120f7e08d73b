// mana_api (seeds 000–003): physical machines (refund, transfer orders) and managed VMs (list,
// power). A separate service with its own error body and project rule; see openapi/src/mana.yaml.
import type { Area } from '../../area.ts';
import { orderHandlers } from './orders.ts';
import { seedMana } from './seed.ts';
import { vmHandlers, vmTasks } from './vms.ts';

export const manaArea = {
  handlers: { ...orderHandlers, ...vmHandlers },
  tasks: vmTasks,
  // A state saved before mana_api existed gets the seeded machines, orders and VMs.
  defaults: (s) => {
    if (s.pms && s.pmOrders && s.manaVms) return;
    const seeded = seedMana(s.projects ?? [], s.azones ?? [], s.scale ?? 1);
    s.pms ??= seeded.pms;
    s.pmOrders ??= seeded.pmOrders;
    s.nextPmOrderId ??= seeded.nextPmOrderId;
    s.pmMails ??= [];
    s.manaVms ??= seeded.manaVms;
  },
} satisfies Area;
