// Lookups of the CAS/VMware inventory (§1.13) and what is derived from it: a VM's effective power
// (an adopted VM follows its cloud server), a host's usage, a store's used space.
import { caller, type Ctx } from '../../area.ts';
import { forbidden, notFound } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type {
  ComputeNodeRec,
  HvClusterRec,
  HvHostRec,
  HvStoreRec,
  HvVmRec,
  ServerRec,
} from '../../state.ts';
import { serversById } from '../servers/indexes.ts';

export type Kind = 'cas' | 'vmware';
type NodeCtx = Pick<Ctx, 'sim' | 'auth' | 'op'> & { params: { compute_node_name: string } };

const KIND_NAME: Record<Kind, string> = { cas: 'CAS', vmware: 'VMware' };

/** Cloud administrators only: the inventory is the platform's. */
export function adminOnly(ctx: Pick<Ctx, 'auth' | 'op'>) {
  if (!caller(ctx).isAdmin)
    throw forbidden(
      'Policy does not allow resource pools to be managed: cloud administrators only.',
    );
}

/** The path's compute node, of the given kind (either, when `kind` is null). */
export function nodeOf(ctx: NodeCtx, kind: Kind | null): ComputeNodeRec & { kind: Kind } {
  adminOnly(ctx);
  const name = ctx.params.compute_node_name;
  const n = ctx.sim.state.computeNodes.find((x) => x.hostName === name);
  if (!n) throw notFound(`Compute node ${name} could not be found.`);
  const own: Kind | null = n.vmType === 2 ? 'cas' : n.vmType === 1 ? 'vmware' : null;
  if (!own || (kind && own !== kind))
    throw notFound(
      `Compute node ${name} is not a ${kind ? KIND_NAME[kind] : 'CAS or VMware'} node (its virtualization type is ${
        { 1: 'VMware', 2: 'CAS', 3: 'HP', 4: 'KVM', 5: 'BareMetal' }[n.vmType] ?? n.vmType
      }).`,
    );
  return { ...n, kind: own };
}

export const clustersOf = (sim: Sim, node: string): readonly HvClusterRec[] =>
  sim.index('hvClusters', 'node', (r) => r.node).get(node) ?? [];
export const hostsOf = (sim: Sim, node: string): readonly HvHostRec[] =>
  sim.index('hvHosts', 'node', (r) => r.node).get(node) ?? [];
/**
 * A node's VMs, in the manager's order. A VM never moves to another node, so the grouping is kept
 * across writes inside VMs (a power action) and takes in a VM pushed onto a node without a
 * rebuild over every VM of the cloud (86,000 at `--scale 40`).
 */
export const vmsByNode = (sim: Sim) => sim.index('hvVms', 'node', (r) => r.node, { stable: true });
export const storesOf = (sim: Sim, node: string): readonly HvStoreRec[] =>
  sim.index('hvStores', 'node', (r) => r.node).get(node) ?? [];

/**
 * VMs of a node that still exist: a server's VM goes with its server (deleted, or moved off the
 * node as a shelved server is) and comes back when the server returns to the node.
 */
export function vmsOf(sim: Sim, node: string): HvVmRec[] {
  const server = serversById(sim);
  return (vmsByNode(sim).get(node) ?? []).filter(
    (v) => !v.serverId || server(v.serverId)?.host === node,
  );
}

export function findCluster(sim: Sim, node: string, id: string): HvClusterRec {
  const c = clustersOf(sim, node).find((x) => x.id === id);
  if (!c) throw notFound(`Cluster ${id} could not be found on compute node ${node}.`);
  return c;
}
export function findHost(sim: Sim, node: string, id: string): HvHostRec {
  const h = hostsOf(sim, node).find((x) => x.id === id);
  if (!h) throw notFound(`Host ${id} could not be found on compute node ${node}.`);
  return h;
}
export function findVm(sim: Sim, node: string, id: string): HvVmRec {
  const v = vmsOf(sim, node).find((x) => x.id === id);
  if (!v) throw notFound(`VM ${id} could not be found on compute node ${node}.`);
  return v;
}

const SERVER_POWER: Partial<Record<ServerRec['status'], HvVmRec['power']>> = {
  ACTIVE: 'running',
  SHUTOFF: 'stopped',
  PAUSED: 'paused',
  SUSPENDED: 'paused',
};

/** The VM's power: an adopted VM's is its server's (a server mid-transition keeps the VM's). */
export function powerOf(sim: Sim, v: HvVmRec): HvVmRec['power'] {
  const s = v.serverId ? serversById(sim)(v.serverId) : undefined;
  return (s && SERVER_POWER[s.status]) ?? v.power;
}

/** A managed VM's display title: its server's name. */
export function titleOf(sim: Sim, v: HvVmRec): string {
  const s = v.serverId ? serversById(sim)(v.serverId) : undefined;
  return s?.name ?? v.name;
}

export type HostUsage = {
  vms: HvVmRec[];
  running: number;
  cpuPct: number;
  memPct: number;
  memMB: number;
  cpuUsedMHz: number;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A host's VMs and load: running VMs' vCPUs and memory against the host's, plus the hypervisor's own. */
export function usageOf(sim: Sim, h: HvHostRec): HostUsage {
  const vms = vmsOf(sim, h.node).filter((v) => v.hostId === h.id);
  if (h.powerState !== 'POWERED_ON')
    return { vms, running: 0, cpuPct: 0, memPct: 0, memMB: 0, cpuUsedMHz: 0 };
  const on = vms.filter((v) => powerOf(sim, v) !== 'stopped');
  const threads = h.sockets * h.cores * 2;
  const vcpus = on.reduce((a, v) => a + v.cpu, 0);
  const memMB = on.reduce((a, v) => a + v.memoryMB, 0) + 8192;
  const cpuPct = round2(Math.min(97, 2.5 + (vcpus / threads) * 38));
  return {
    vms,
    running: on.filter((v) => powerOf(sim, v) === 'running').length,
    cpuPct,
    memPct: round2(Math.min(99, (memMB / h.memoryMB) * 100)),
    memMB,
    cpuUsedMHz: Math.round((cpuPct / 100) * threads * h.cpuMHz),
  };
}

/** GB used on a store: its base use plus the disks of the VMs on it. */
export function storeUsedGB(sim: Sim, s: HvStoreRec): { used: number; allocated: number } {
  const vms = vmsOf(sim, s.node).filter((v) => v.storeId === s.id);
  const used = s.baseUsedGB + vms.reduce((a, v) => a + v.usedGB, 0);
  const allocated = vms.reduce((a, v) => a + v.diskGB, 0);
  return { used: round2(Math.min(used, s.totalGB)), allocated };
}

/** Stores a host can reach. */
export const storesOfHost = (sim: Sim, h: HvHostRec) =>
  storesOf(sim, h.node).filter((s) => s.hostIds.includes(h.id));
