// Quotas (004 §1.18 items 1, 2, 5): each organisation's limits and usage (api-notes 4.8). Compute
// comes from the servers area (the numbers server create enforces); networks, subnets, NICs,
// volumes and security groups are counted from the state; the other counters are stored values
// until their areas exist.
import type { components } from '../../../openapi/generated/schema.d.ts';
import { projectsOf, requireAdmin } from '../auth.ts';
import { caller, type Area } from '../area.ts';
import { forbidden, notFound } from '../errors.ts';
import { usage } from './servers.ts';
import type { ProjectLimitsRec, ProjectRec, State } from '../state.ts';

type S = components['schemas'];
type Absolute = S['AbsoluteLimits'];
type MaxKey = Extract<keyof Absolute, `max${string}`>;
type UsedKey = Extract<keyof Absolute, `total${string}`>;

/** Each limit and its usage counter, in the documents' order (004:L22596–L22634). */
const PAIRS: [MaxKey, UsedKey][] = [
  ['maxTotalVolumeGigabytes', 'totalGigabytesUsed'],
  ['maxTotalSnapshots', 'totalSnapshotsUsed'],
  ['maxTotalVolumes', 'totalVolumesUsed'],
  ['maxTotalBackups', 'totalBackupsUsed'],
  ['maxTotalCores', 'totalCoresUsed'],
  ['maxTotalInstances', 'totalInstancesUsed'],
  ['maxTotalRAMSize', 'totalRAMUsed'],
  ['maxSecurityGroups', 'totalSecurityGroupsUsed'],
  ['maxNetworks', 'totalNetworksUsed'],
  ['maxSubnets', 'totalSubnetsUsed'],
  ['maxVnic', 'totalVnicUsed'],
  ['maxTotalFloatingIps', 'totalFloatingIpsUsed'],
  ['maxFirewalls', 'totalFirewallsUsed'],
  ['maxLoadbalancers', 'totalLoadbalancersUsed'],
  ['maxListeners', 'totalListenersUsed'],
  ['maxVpnServices', 'totalVpnServicesUsed'],
  ['maxVpc', 'totalVpcUsed'],
  ['maxPrivateZone', 'totalPrivateZoneUsed'],
  ['maxRecordSet', 'totalRecordSetUsed'],
];

/** A project without stored limits (persisted before quotas existed): unlimited, nothing used. */
const EMPTY: ProjectLimitsRec = { max: {}, used: {}, network_addresses: [] };

function stored(state: State, project: string): ProjectLimitsRec {
  const s = state as Partial<State>;
  s.projectLimits ??= {};
  return s.projectLimits[project] ?? EMPTY;
}

/** The usage counted from the state rather than stored. */
function counted(state: State, project: string): Partial<Record<UsedKey, number>> {
  const compute = usage(state, project);
  const mine = <T extends { tenant_id: string }>(list: T[] | undefined) =>
    (list ?? []).filter((x) => x.tenant_id === project);
  const networks = mine(state.networks).length;
  const volumes = mine(state.volumes);
  return {
    totalInstancesUsed: compute.instances,
    totalCoresUsed: compute.cores,
    totalRAMUsed: compute.ram,
    // One subnet per network in the simulator (networks are seeded fixtures, api-notes I-31).
    totalNetworksUsed: networks,
    totalSubnetsUsed: networks,
    totalVnicUsed: mine(state.servers).reduce((n, s) => n + s.ports.length, 0),
    totalVolumesUsed: volumes.length,
    totalGigabytesUsed: volumes.reduce((n, v) => n + v.size, 0),
    totalSecurityGroupsUsed: mine(state.securityGroups).length,
  };
}

export function absoluteLimits(state: State, project: string): Absolute {
  const rec = stored(state, project);
  const quota = (state.computeQuotas ?? {})[project];
  const compute: Partial<Record<MaxKey, number>> = {
    maxTotalInstances: quota?.instances ?? -1,
    maxTotalCores: quota?.cores ?? -1,
    maxTotalRAMSize: quota?.ram ?? -1,
  };
  const live = counted(state, project);
  const out: Record<string, unknown> = { projectId: project };
  for (const [max, used] of PAIRS) {
    out[max] = compute[max] ?? rec.max[max] ?? -1;
    out[used] = live[used] ?? rec.used[max] ?? 0;
  }
  out.network_addresses = rec.network_addresses.map((a) => ({
    cidr: a.cidr,
    ip_pools: a.ip_pools.map((p) => ({ ...p })),
  }));
  // Every key of Absolute was set just above, from PAIRS and projectId.
  return out as Absolute;
}

const wrap = (state: State, projects: ProjectRec[]) => ({
  all_limits: projects.map((p) => ({ rate: [], absolute: absoluteLimits(state, p.id) })),
});

export const quotasArea: Area = {
  handlers: {
    listAllLimits: (ctx) => {
      requireAdmin(caller(ctx));
      return { status: 200, body: wrap(ctx.sim.state, ctx.sim.state.projects) };
    },
    getProjectLimits: (ctx) => {
      const auth = caller(ctx);
      const id = ctx.params.projectId ?? '';
      if (!auth.isAdmin && !projectsOf(ctx.sim, auth.user.id).some((p) => p.id === id))
        throw forbidden(`Project ${id} is not one of the organisations of user ${auth.user.name}.`);
      const project = ctx.sim.state.projects.find((p) => p.id === id);
      if (!project) throw notFound(`Project ${id} could not be found.`);
      return { status: 200, body: wrap(ctx.sim.state, [project]) };
    },
  },
};
