// Networks, volumes and security groups grouped by what other records look them up by. Each index
// has one name and one key function, defined here only, so every caller shares the same grouping.
import type { Sim } from '../../sim.ts';
import type { NetworkRec } from '../../state.ts';

export function networksById(sim: Sim): (id: string) => NetworkRec | undefined {
  const index = sim.index('networks', 'id', (n) => n.id);
  return (id) => index.get(id)?.[0];
}

/** Volumes by the servers they are attached to. */
export const volumesByServer = (sim: Sim) =>
  sim.index('volumes', 'server', (v) => v.attachments.map((a) => a.server_id));

/** Volumes by project (`tenant_id`). */
export const volumesByProject = (sim: Sim) => sim.index('volumes', 'project', (v) => v.tenant_id);

export const networksByProject = (sim: Sim) => sim.index('networks', 'project', (n) => n.tenant_id);

export const securityGroupsByProject = (sim: Sim) =>
  sim.index('securityGroups', 'project', (g) => g.tenant_id);
