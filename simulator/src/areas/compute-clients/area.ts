// nova reads the standard OpenStack clients call and the documents never describe (x-undocumented):
// a network by id, a flavor's extra specs, a hypervisor by id and its uptime, the availability
// zones, a project's quota set and absolute limits. Read-only views of other areas' state.
import { requireAdmin } from '../../auth.ts';
import { caller, defineHandlers, type Area, type OpCtx } from '../../area.ts';
import { forbidden, notFound } from '../../errors.ts';
import type { Schemas } from '../../state.ts';
import { hypervisorWire } from '../hypervisors/wire.ts';
import { usage } from '../servers/quota.ts';

/** Zones the path's project may use: every zone for an admin, the project's assigned ones else. */
function zonesOf(
  ctx: OpCtx<'listComputeAvailabilityZones' | 'listComputeAvailabilityZonesDetail'>,
) {
  const { state } = ctx.sim;
  if (caller(ctx).isAdmin) return state.azones;
  const ids = new Set(
    state.azoneProjects.filter((a) => a.projectId === ctx.params.tenant_id).map((a) => a.azoneId),
  );
  return state.azones.filter((z) => ids.has(z.id));
}

type ZoneList = Schemas['ComputeAvailabilityZoneList'];

function zoneList(
  ctx: OpCtx<'listComputeAvailabilityZones' | 'listComputeAvailabilityZonesDetail'>,
  detail: boolean,
): ZoneList {
  const hypervisors = ctx.sim.state.hypervisors;
  return {
    availabilityZoneInfo: zonesOf(ctx)
      .map((z) => {
        const hosts: NonNullable<ZoneList['availabilityZoneInfo'][number]['hosts']> = {};
        for (const h of hypervisors.filter((x) => x.zone === z.zone)) {
          hosts[h.host] = {
            'nova-compute': {
              available: h.status === 'enabled' && h.state === 'up',
              active: h.status === 'enabled',
              updated_at: new Date(ctx.sim.now()).toISOString(),
            },
          };
        }
        return { zoneName: z.zone, zoneState: { available: true }, hosts: detail ? hosts : null };
      })
      .sort((a, b) => a.zoneName.localeCompare(b.zoneName)),
  };
}

/** nova's defaults for the quota keys the platform does not manage (-1 = unlimited). */
const NOVA_DEFAULTS = {
  key_pairs: 100,
  metadata_items: 128,
  injected_files: 5,
  injected_file_content_bytes: 10240,
  injected_file_path_bytes: 255,
  server_groups: 10,
  server_group_members: 10,
};

const handlers = defineHandlers({
  getComputeNetwork: (ctx) => {
    const p = ctx.params.tenant_id;
    const n = ctx.sim.state.networks.find(
      (x) => x.id === ctx.params.network_id && (x.shared || x.tenant_id === p),
    );
    if (!n) throw notFound(`Network ${ctx.params.network_id} could not be found.`);
    return {
      status: 200,
      body: {
        network: {
          id: n.id,
          label: n.name,
          cidr: n.cidr,
          shared: n.shared,
          project_id: n.tenant_id,
        },
      },
    };
  },
  getFlavorExtraSpecs: (ctx) => {
    const admin = caller(ctx).isAdmin;
    const f = ctx.sim.state.flavors.find((x) => x.id === ctx.params.flavor_id);
    if (!f || (!admin && (!f.is_public || f.disabled)))
      throw notFound(`Flavor ${ctx.params.flavor_id} could not be found.`);
    return { status: 200, body: { extra_specs: {} } };
  },
  getHypervisor: (ctx) => {
    requireAdmin(caller(ctx));
    const h = ctx.sim.state.hypervisors.find((x) => x.id === ctx.params.hypervisor_id);
    if (!h) throw notFound(`Hypervisor ${ctx.params.hypervisor_id} could not be found.`);
    return { status: 200, body: { hypervisor: hypervisorWire(ctx.sim)(h) } };
  },
  getHypervisorUptime: (ctx) => {
    requireAdmin(caller(ctx));
    const h = ctx.sim.state.hypervisors.find((x) => x.id === ctx.params.hypervisor_id);
    if (!h) throw notFound(`Hypervisor ${ctx.params.hypervisor_id} could not be found.`);
    const clock = new Date(ctx.sim.now()).toISOString().slice(11, 19);
    return {
      status: 200,
      body: {
        hypervisor: {
          id: h.id,
          hypervisor_hostname: h.hypervisor_hostname,
          state: h.state,
          status: h.status,
          uptime: ` ${clock} up 42 days,  3:12,  0 users,  load average: 0.10, 0.12, 0.09`,
        },
      },
    };
  },
  listComputeAvailabilityZones: (ctx) => ({ status: 200, body: zoneList(ctx, false) }),
  listComputeAvailabilityZonesDetail: (ctx) => ({ status: 200, body: zoneList(ctx, true) }),
  getComputeQuotaSet: (ctx) => {
    const auth = caller(ctx);
    const project = ctx.params.project_id;
    if (!auth.isAdmin && project !== auth.token.projectId)
      throw forbidden(`You may not read the quota of project ${project}.`);
    if (!ctx.sim.state.projects.some((p) => p.id === project))
      throw notFound(`Project ${project} could not be found.`);
    const q = ctx.sim.state.computeQuotas[project] ?? { instances: -1, cores: -1, ram: -1 };
    return {
      status: 200,
      body: { quota_set: { id: project, ...NOVA_DEFAULTS, ...q } },
    };
  },
  getComputeLimits: (ctx) => {
    const project = ctx.params.tenant_id;
    const q = ctx.sim.state.computeQuotas[project] ?? { instances: -1, cores: -1, ram: -1 };
    const used = usage(ctx.sim, project);
    const groups = ctx.sim.state.serverGroups.filter((g) => g.project_id === project).length;
    return {
      status: 200,
      body: {
        limits: {
          rate: [],
          absolute: {
            maxTotalInstances: q.instances,
            maxTotalCores: q.cores,
            maxTotalRAMSize: q.ram,
            maxServerMeta: NOVA_DEFAULTS.metadata_items,
            maxPersonality: NOVA_DEFAULTS.injected_files,
            maxPersonalitySize: NOVA_DEFAULTS.injected_file_content_bytes,
            maxTotalKeypairs: NOVA_DEFAULTS.key_pairs,
            maxServerGroups: NOVA_DEFAULTS.server_groups,
            maxServerGroupMembers: NOVA_DEFAULTS.server_group_members,
            totalInstancesUsed: used.instances,
            totalCoresUsed: used.cores,
            totalRAMUsed: used.ram,
            totalServerGroupsUsed: groups,
          },
        },
      },
    };
  },
});

// Owns no collections.
export const computeClientsArea = { handlers, defaults: () => {} } satisfies Area;
