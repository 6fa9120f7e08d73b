// CAS and VMware resource pools (004 §1.13): the clusters, hosts, VMs and storage of the managers
// behind the CAS (`crm`) and VMware (`vrm`) compute nodes; host maintenance and power as a state
// machine with delays; VM migration and snapshots; adopting VMs as servers and releasing them.
// Cloud administrators only. The host, migration and snapshot calls are documented under `vrm`
// with CAS examples (api-notes I-37): they serve both kinds of node.
import { defineHandlers, type Area } from '../../area.ts';
import { notFound } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { HvHostRec, Schemas } from '../../state.ts';
import { adoptCasVm, adoptVmwareVm, releaseManagedVm } from './adopt.ts';
import { hostAction, hostTasks } from './hosts.ts';
import {
  findCluster,
  findHost,
  hostsOf,
  nodeOf,
  storesOfHost,
  usageOf,
  vmsOf,
} from './inventory.ts';
import { perf } from './perf.ts';
import {
  createVmSnapshot,
  deleteVmSnapshot,
  listVmSnapshots,
  relocateVm,
  revertVmSnapshot,
  vmTasks,
} from './vms.ts';
import { casHost, casPool, casVm, tree, vmwHost, vmwVm } from './wire.ts';
import { warmServerVms } from './server-vms.ts';

const VM_CAP = 2000;
const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
const hostLookup = (sim: Sim, node: string) => {
  const map = new Map(hostsOf(sim, node).map((h): [string, HvHostRec] => [h.id, h]));
  return (id: string) => map.get(id);
};

const handlers = defineHandlers({
  listCasClustersHosts: (ctx) => {
    const n = nodeOf(ctx, 'cas');
    return { status: 200, body: tree(ctx.sim, n.hostName, 'cas') };
  },
  getCasHost: (ctx) => {
    const n = nodeOf(ctx, 'cas');
    return {
      status: 200,
      body: casHost(ctx.sim, findHost(ctx.sim, n.hostName, ctx.params.host_id)),
    };
  },
  listCasClusterVms: (ctx) => {
    const n = nodeOf(ctx, 'cas');
    const c = findCluster(ctx.sim, n.hostName, ctx.params.cluster_id);
    const host = hostLookup(ctx.sim, n.hostName);
    const vms = vmsOf(ctx.sim, n.hostName)
      .filter((v) => v.clusterId === c.id)
      .sort(byName)
      .slice(0, VM_CAP);
    return { status: 200, body: { vms: vms.map(casVm(ctx.sim, (id) => host(id)?.name ?? '')) } };
  },
  listCasHostVms: (ctx) => {
    const n = nodeOf(ctx, 'cas');
    const h = findHost(ctx.sim, n.hostName, ctx.params.host_id);
    const vms = [...usageOf(ctx.sim, h).vms].sort(byName).slice(0, VM_CAP);
    return { status: 200, body: { vms: vms.map(casVm(ctx.sim, () => h.name)) } };
  },
  listVmwareClustersHosts: (ctx) => {
    const n = nodeOf(ctx, 'vmware');
    return { status: 200, body: tree(ctx.sim, n.hostName, 'vmware') };
  },
  listVmwareClusterHosts: (ctx) => {
    const n = nodeOf(ctx, 'vmware');
    const c = findCluster(ctx.sim, n.hostName, ctx.params.cluster_id);
    const hosts = hostsOf(ctx.sim, n.hostName).filter((h) => h.clusterId === c.id);
    return {
      status: 200,
      body: { hosts: [...hosts].sort(byName).map((h) => vmwHost(ctx.sim, h, true)) },
    };
  },
  getVmwareHost: (ctx) => {
    const n = nodeOf(ctx, 'vmware');
    return {
      status: 200,
      body: vmwHost(ctx.sim, findHost(ctx.sim, n.hostName, ctx.params.host_id), false),
    };
  },
  listVmwareClusterVms: (ctx) => {
    const n = nodeOf(ctx, 'vmware');
    const c = findCluster(ctx.sim, n.hostName, ctx.params.cluster_id);
    const hostId = ctx.query.host;
    if (hostId !== undefined) {
      const h = findHost(ctx.sim, n.hostName, hostId);
      if (h.clusterId !== c.id) throw notFound(`Host ${hostId} is not in cluster ${c.id}.`);
    }
    const vms = vmsOf(ctx.sim, n.hostName)
      .filter((v) => v.clusterId === c.id && (hostId === undefined || v.hostId === hostId))
      .sort(byName)
      .slice(0, VM_CAP);
    return { status: 200, body: { vms: vms.map(vmwVm(ctx.sim, hostLookup(ctx.sim, n.hostName))) } };
  },
  getVmwarePerf: (ctx) => {
    const n = nodeOf(ctx, 'vmware');
    return { status: 200, body: perf(ctx.sim, n.hostName, ctx.params.type, ctx.params.morId) };
  },
  enterHostMaintenance: hostAction('into'),
  exitHostMaintenance: hostAction('exit'),
  wakeHost: hostAction('wake'),
  shutoffHost: hostAction('shutoff'),
  rebootHost: hostAction('reboot'),
  adoptCasVm,
  adoptVmwareVm,
  releaseManagedVm,
  relocateVm,
  listCasHostStoragePools: (ctx) => {
    const n = nodeOf(ctx, 'cas');
    const h = findHost(ctx.sim, n.hostName, ctx.params.host_id);
    return {
      status: 200,
      body: { storagePool: storesOfHost(ctx.sim, h).map((s) => casPool(ctx.sim, s, h)) },
    };
  },
  listVmwareHostDatastores: (ctx) => {
    const n = nodeOf(ctx, 'vmware');
    const h = findHost(ctx.sim, n.hostName, ctx.params.host_id);
    const body: Schemas['VmwDatastores'] = {};
    for (const s of storesOfHost(ctx.sim, h)) body[s.name] = s.id;
    return { status: 200, body };
  },
  listVmSnapshots,
  createVmSnapshot,
  revertVmSnapshot,
  deleteVmSnapshot,
});

export const resourcePoolsArea = {
  handlers,
  tasks: { ...hostTasks, ...vmTasks },
  warm: warmServerVms,
  // A state saved before resource pools existed has no inventory: the managers look empty.
  defaults: (s) => {
    s.hvClusters ??= [];
    s.hvHosts ??= [];
    s.hvStores ??= [];
    s.hvVms ??= [];
  },
} satisfies Area;
