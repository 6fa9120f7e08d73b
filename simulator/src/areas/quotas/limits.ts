// A project's absolute limits (api-notes 4.8): compute from its quota and servers; networks,
// subnets, NICs, volumes and security groups counted from the state; the rest stored values
// (whole-VM snapshots are counted from the servers' snapshot trees).
import type { Sim } from '../../sim.ts';
import type { ProjectLimitsRec, Schemas } from '../../state.ts';
import {
  networksByProject,
  securityGroupsByProject,
  volumesByProject,
} from '../compute-reference/indexes.ts';
import { serversByProject } from '../servers/indexes.ts';
import { usage } from '../servers/quota.ts';
import { projectSnapshotCount } from '../vm-snapshots/snapshots.ts';

type Absolute = Schemas['AbsoluteLimits'];
type MaxKey = Extract<keyof Absolute, `max${string}`>;
type UsedKey = Extract<keyof Absolute, `total${string}`>;

/** A project without stored limits (persisted before quotas existed): unlimited, nothing used. */
const EMPTY: ProjectLimitsRec = { max: {}, used: {}, network_addresses: [] };

/** The limits of projects; the indexes it counts with are taken once, for every project. */
export function absoluteLimits(sim: Sim): (project: string) => Absolute {
  const servers = serversByProject(sim);
  const networks = networksByProject(sim);
  const volumes = volumesByProject(sim);
  const groups = securityGroupsByProject(sim);
  return (project) => {
    const rec = sim.state.projectLimits[project] ?? EMPTY;
    const quota = sim.state.computeQuotas[project];
    const compute = usage(sim, project);
    const nets = networks.get(project)?.length ?? 0;
    const vols = volumes.get(project) ?? [];
    /** Usage counted from the state rather than stored. */
    const counted: Partial<Record<UsedKey, number>> = {
      totalInstancesUsed: compute.instances,
      totalCoresUsed: compute.cores,
      totalRAMUsed: compute.ram,
      // One subnet per network in the simulator (networks are seeded fixtures, api-notes I-31).
      totalNetworksUsed: nets,
      totalSubnetsUsed: nets,
      totalVnicUsed: (servers.get(project) ?? []).reduce((n, s) => n + s.ports.length, 0),
      totalVolumesUsed: vols.length,
      totalGigabytesUsed: vols.reduce((n, v) => n + v.size, 0),
      totalSecurityGroupsUsed: groups.get(project)?.length ?? 0,
      // Whole-VM snapshots: taken by hand, and by snapshot policies.
      totalComputeExtendVirtualSnaps: projectSnapshotCount(sim, project, false),
      totalComputeExtendAutoVirtualSnaps: projectSnapshotCount(sim, project, true),
    };
    const limits: Partial<Record<MaxKey, number>> = {
      maxTotalInstances: quota?.instances ?? -1,
      maxTotalCores: quota?.cores ?? -1,
      maxTotalRAMSize: quota?.ram ?? -1,
    };
    const max = (key: MaxKey) => limits[key] ?? rec.max[key] ?? -1;
    const used = (key: UsedKey, of: MaxKey) => counted[key] ?? rec.used[of] ?? 0;
    // In the documents' order (004:L22596–L22634).
    return {
      projectId: project,
      maxTotalVolumeGigabytes: max('maxTotalVolumeGigabytes'),
      totalGigabytesUsed: used('totalGigabytesUsed', 'maxTotalVolumeGigabytes'),
      maxTotalSnapshots: max('maxTotalSnapshots'),
      totalSnapshotsUsed: used('totalSnapshotsUsed', 'maxTotalSnapshots'),
      maxTotalVolumes: max('maxTotalVolumes'),
      totalVolumesUsed: used('totalVolumesUsed', 'maxTotalVolumes'),
      maxTotalBackups: max('maxTotalBackups'),
      totalBackupsUsed: used('totalBackupsUsed', 'maxTotalBackups'),
      maxTotalCores: max('maxTotalCores'),
      totalCoresUsed: used('totalCoresUsed', 'maxTotalCores'),
      maxTotalInstances: max('maxTotalInstances'),
      totalInstancesUsed: used('totalInstancesUsed', 'maxTotalInstances'),
      maxTotalRAMSize: max('maxTotalRAMSize'),
      totalRAMUsed: used('totalRAMUsed', 'maxTotalRAMSize'),
      maxSecurityGroups: max('maxSecurityGroups'),
      totalSecurityGroupsUsed: used('totalSecurityGroupsUsed', 'maxSecurityGroups'),
      maxNetworks: max('maxNetworks'),
      totalNetworksUsed: used('totalNetworksUsed', 'maxNetworks'),
      maxSubnets: max('maxSubnets'),
      totalSubnetsUsed: used('totalSubnetsUsed', 'maxSubnets'),
      maxVnic: max('maxVnic'),
      totalVnicUsed: used('totalVnicUsed', 'maxVnic'),
      maxTotalFloatingIps: max('maxTotalFloatingIps'),
      totalFloatingIpsUsed: used('totalFloatingIpsUsed', 'maxTotalFloatingIps'),
      maxFirewalls: max('maxFirewalls'),
      totalFirewallsUsed: used('totalFirewallsUsed', 'maxFirewalls'),
      maxLoadbalancers: max('maxLoadbalancers'),
      totalLoadbalancersUsed: used('totalLoadbalancersUsed', 'maxLoadbalancers'),
      maxListeners: max('maxListeners'),
      totalListenersUsed: used('totalListenersUsed', 'maxListeners'),
      maxVpnServices: max('maxVpnServices'),
      totalVpnServicesUsed: used('totalVpnServicesUsed', 'maxVpnServices'),
      maxVpc: max('maxVpc'),
      totalVpcUsed: used('totalVpcUsed', 'maxVpc'),
      maxPrivateZone: max('maxPrivateZone'),
      totalPrivateZoneUsed: used('totalPrivateZoneUsed', 'maxPrivateZone'),
      maxRecordSet: max('maxRecordSet'),
      totalRecordSetUsed: used('totalRecordSetUsed', 'maxRecordSet'),
      // The whole-VM snapshot quota of 004:L11424 (api-notes PART 6.2, the superset).
      maxComputeExtendVirtualSnaps: max('maxComputeExtendVirtualSnaps'),
      totalComputeExtendVirtualSnaps: used(
        'totalComputeExtendVirtualSnaps',
        'maxComputeExtendVirtualSnaps',
      ),
      maxComputeExtendAutoVirtualSnaps: max('maxComputeExtendAutoVirtualSnaps'),
      totalComputeExtendAutoVirtualSnaps: used(
        'totalComputeExtendAutoVirtualSnaps',
        'maxComputeExtendAutoVirtualSnaps',
      ),
      network_addresses: rec.network_addresses.map((a) => ({
        cidr: a.cidr,
        ip_pools: a.ip_pools.map((p) => ({ ...p })),
      })),
    };
  };
}
