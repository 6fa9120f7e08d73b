// Servers and leases grouped by what other records look them up by. Each index has one name and
// one key function, defined here only, so every caller shares the same cached grouping.
import type { Sim } from '../../sim.ts';
import type { LeaseRec, ServerRec } from '../../state.ts';

/** Servers that occupy a hypervisor: shelved-offloaded ones have left it (and have no host). */
export const serversByHypervisor = (sim: Sim) =>
  sim.index('servers', 'hypervisor', (s) =>
    s.status === 'SHELVED_OFFLOADED' ? null : s.hypervisor_hostname,
  );

/** Servers by project (`tenant_id`). */
export const serversByProject = (sim: Sim) => sim.index('servers', 'project', (s) => s.tenant_id);

/** Servers by id (an id never changes: kept across writes inside servers). */
export function serversById(sim: Sim): (id: string) => ServerRec | undefined {
  const index = sim.index('servers', 'id', (s) => s.id, { stable: true });
  return (id) => index.get(id)?.[0];
}

/** A server's lease (a deleted lease is no lease). */
export function leasesByServer(sim: Sim): (serverId: string) => LeaseRec | undefined {
  const index = sim.index('leases', 'server', (l) => (l.deleted ? null : l.resUuid));
  return (id) => index.get(id)?.[0];
}

/** Servers by the networks their ports are on. */
export const serversByNetwork = (sim: Sim) =>
  sim.index('servers', 'network', (s) => s.ports.map((p) => p.net_id));
