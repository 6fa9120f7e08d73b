// Compute hosts. Hypervisors (004 §1.9 item 14): the physical hosts behind the compute nodes, their
// capacity (seeded) and usage (counted live from the servers on each host), for cloud
// administrators only (nova's policy). And the views of them that §1.7 items 6–8 give an
// organisation: its zones' services (os-services), their hosts (os-hosts) and a compute node's
// storage pools (hostpool).
import { requireAdmin } from '../../auth.ts';
import { caller, defineHandlers, type Area } from '../../area.ts';
import { notFound } from '../../errors.ts';
import { seedHypervisors } from './seed.ts';
import { heartbeat, projectZones, services } from './services.ts';
import { clusterOf, storagePools } from './storage-pools.ts';
import { hypervisorWire } from './wire.ts';

const handlers = defineHandlers({
  listHypervisorsDetail: (ctx) => {
    requireAdmin(caller(ctx));
    const wire = hypervisorWire(ctx.sim);
    const list = [...ctx.sim.state.hypervisors].sort((a, b) => Number(a.id) - Number(b.id));
    return { status: 200, body: { hypervisors: list.map(wire) } };
  },
  listAzoneServices: (ctx) => {
    const now = ctx.sim.now();
    return {
      status: 200,
      body: {
        services: services(ctx).map((r) => ({
          id: r.id,
          status: r.status,
          binary: r.binary,
          zone: r.zone,
          state: r.state,
          updated_at: heartbeat(now, r),
          host: r.host,
          disabled_reason: r.disabled_reason,
        })),
      },
    };
  },
  listAzoneHosts: (ctx) => ({
    status: 200,
    body: {
      services: services(ctx).map((r) => ({ zone: r.zone, host_name: r.host, service: r.service })),
    },
  }),
  listHostStoragePools: (ctx) => {
    const name = ctx.params.hostName;
    const zones = new Set(projectZones(ctx, 'nova').map((a) => a.zone));
    const hosts = ctx.sim.state.hypervisors.filter((h) => h.host === name && zones.has(h.zone));
    if (!hosts.length)
      throw notFound(
        `Compute node ${name} is not in an availability zone of project ${ctx.params.tenant_id}.`,
      );
    const all = ctx.query.all === 'yes';
    const wire = hypervisorWire(ctx.sim);
    return {
      status: 200,
      body: {
        hostpool: hosts.map((h) => {
          const [clusterName, hpName] = clusterOf(h.zone);
          return {
            clusterName,
            hpName,
            nodename: h.hypervisor_hostname,
            storagePools: storagePools(h, wire(h), all),
          };
        }),
      },
    };
  },
});

export const hypervisorsArea = {
  handlers,
  // A state saved before hypervisors existed gets the seeded hosts of its servers.
  defaults: (s) => {
    s.hypervisors ??= seedHypervisors(s.servers ?? [], s.flavors ?? [], s.azones ?? []);
  },
} satisfies Area;
