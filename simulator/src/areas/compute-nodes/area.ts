// Compute nodes (004 §1.15): the nova-compute hosts that manage CAS clusters (through a CVM) and
// vSphere clusters (through vCenter). Cloud administrators only. Adding a node registers its
// hypervisors in no zone yet (nova's default zone, until a host aggregate takes the host); deleting
// it removes them. The managers it talks to are simulated in ./managers.ts.
import { randomUUID } from 'node:crypto';
import { requireAdmin } from '../../auth.ts';
import { caller, defineHandlers, type Area, type OpCtx } from '../../area.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { AzoneRec, ComputeNodeRec, Schemas, State } from '../../state.ts';
import { ADMIN_PROJECT } from '../../constants.ts';
import { hypervisorRecord } from '../hypervisors/hosts.ts';
import { DEFAULT_ZONE } from '../aggregates/area.ts';
import { seedComputeNodes } from './seed.ts';
import { clustersOf, connectError, networksOf, VM_TYPES } from './managers.ts';

type Input = Schemas['ComputeNodeInput'];
const LIST_CAP = 1000;

const serversByHost = (sim: Sim) => sim.index('servers', 'host', (s) => s.host);
const hypervisorsByHost = (sim: Sim) => sim.index('hypervisors', 'host', (h) => h.host);

function wire(sim: Sim): (n: ComputeNodeRec) => Schemas['ComputeNode'] {
  const servers = serversByHost(sim);
  const hvs = hypervisorsByHost(sim);
  return (n) => {
    const mine = hvs.get(n.hostName) ?? [];
    const zone =
      n.vmType === 5
        ? (sim.state.azones.find((a) => a.resourceType === 'ironic')?.zone ?? DEFAULT_ZONE)
        : (mine[0]?.zone ?? DEFAULT_ZONE);
    return {
      ...n,
      vswitch: n.vswitch.map((v) => ({ ...v })),
      virtType: VM_TYPES[n.vmType] ?? 'CAS',
      zone,
      hypervisors: mine.length,
      servers: servers.get(n.hostName)?.length ?? 0,
    };
  };
}

function admin(ctx: {
  auth: OpCtx<'listComputeNodes'>['auth'];
  op: OpCtx<'listComputeNodes'>['op'];
}) {
  requireAdmin(caller(ctx));
}

const at = (i: number, field: string) => [{ path: `body/${i}/${field}`, message: 'is invalid' }];

/** The manager must answer and accept the credentials, and offer the chosen cluster. */
function checkManager(n: Input, i: number) {
  const err = connectError(n.vmType, n.hostIp, n.password);
  if (err) throw badRequest(`Compute node ${n.hostName}: ${err}`, at(i, 'hostIp'));
  const cluster = clustersOf(n.vmType, n.hostIp).find(
    (c) => c.clusterId === n.clusterId && c.clusterName === n.clusterName,
  );
  if (!cluster)
    throw badRequest(
      `Compute node ${n.hostName}: ${VM_TYPES[n.vmType] ?? 'CAS'} manager ${n.hostIp} has no cluster ${n.clusterId} (${n.clusterName}); see checkout/config.`,
      at(i, 'clusterId'),
    );
  return cluster;
}

/** The cinder zone of that name; created when no zone has it (api-notes 4.8). */
function storageZone(state: State, name: string): AzoneRec {
  const found = state.azones.find((a) => a.zone.toLowerCase() === name.toLowerCase());
  if (found) {
    if (found.resourceType !== 'cinder')
      throw conflict(
        `Availability zone ${found.zone} is a ${found.resourceType} zone; a compute node's storageZone must be a cinder zone.`,
      );
    return found;
  }
  const rec: AzoneRec = {
    id: randomUUID(),
    labelName: name,
    description: '',
    zone: name,
    virtType: 'CAS',
    resourceType: 'cinder',
    deleted: 0,
  };
  state.azones.push(rec);
  state.azoneProjects.push({ azoneId: rec.id, projectId: ADMIN_PROJECT });
  return rec;
}

function record(n: Input, zone: string): ComputeNodeRec {
  return {
    hostName: n.hostName,
    vmType: n.vmType,
    hostIp: n.hostIp,
    userName: n.userName,
    password: n.password,
    poolName: n.poolName,
    vxlanOverlayMode: n.vxlanOverlayMode,
    storageZone: zone,
    clusterName: n.clusterName,
    clusterId: n.clusterId,
    initMode: n.initMode,
    vswitch: n.vswitch.map((v) => ({ netName: v.netName, device: v.device })),
    pci: n.pci ?? null,
    transport_url: n.transport_url ?? n.transport_URI ?? null,
    allPass: n.allPass ?? '',
    resourceNode: n.resourceNode ?? 'host',
    useLocalStorage: n.useLocalStorage ?? true,
    linkClone: n.linkClone ?? false,
    mode: n.mode ?? 'expand',
    ip: n.ip ?? '',
  };
}

/** The node that already manages this cluster of this manager, if any. */
function managerOfCluster(state: State, n: Input) {
  return state.computeNodes.find(
    (o) =>
      o.hostName !== n.hostName &&
      o.hostIp === n.hostIp &&
      o.clusterId === n.clusterId &&
      (o.vmType === 1) === (n.vmType === 1),
  );
}

function duplicates(body: Input[]) {
  const names = body.map((n) => n.hostName);
  const i = names.findIndex((x, k) => names.indexOf(x) !== k);
  if (i >= 0) throw badRequest(`Compute node ${names[i]} is listed twice.`, at(i, 'hostName'));
}

const handlers = defineHandlers({
  listComputeNodes: (ctx) => {
    admin(ctx);
    const w = wire(ctx.sim);
    const list = [...ctx.sim.state.computeNodes]
      .sort((a, b) => (a.hostName < b.hostName ? -1 : a.hostName > b.hostName ? 1 : 0))
      .slice(0, LIST_CAP);
    return { status: 200, body: list.map(w) };
  },
  addComputeNodes: (ctx) => {
    admin(ctx);
    const state = ctx.sim.state;
    const body = ctx.body;
    duplicates(body);
    const clusters = body.map((n, i) => {
      if (
        state.computeNodes.some((o) => o.hostName === n.hostName) ||
        state.hypervisors.some((h) => h.host === n.hostName)
      )
        throw conflict(`Compute node ${n.hostName} already exists.`);
      const cluster = checkManager(n, i);
      const other = managerOfCluster(state, n);
      if (other)
        throw conflict(
          `Cluster ${n.clusterName} of ${n.hostIp} is already managed by compute node ${other.hostName}.`,
        );
      const z = state.azones.find((a) => a.zone.toLowerCase() === n.storageZone.toLowerCase());
      if (z && z.resourceType !== 'cinder')
        throw conflict(
          `Availability zone ${z.zone} is a ${z.resourceType} zone; a compute node's storageZone must be a cinder zone.`,
        );
      return cluster;
    });
    body.forEach((n, i) => {
      const zone = storageZone(state, n.storageZone);
      state.computeNodes.push(record(n, zone.zone));
      const hosts = state.hypervisors;
      const next = (key: 'id' | 'service_id') =>
        Math.max(9, ...hosts.map((h) => Number(h[key]) || 0)) + 1;
      const service = String(next('service_id'));
      for (const entry of clusters[i]?.hostServer ?? []) {
        for (const [name, ip] of Object.entries(entry)) {
          hosts.push(
            hypervisorRecord(
              {
                id: String(next('id')),
                zone: DEFAULT_ZONE,
                host: n.hostName,
                service_id: service,
                hypervisor_hostname: `${name}(${n.vmType === 1 ? 'vCenter' : 'CVM'}${n.hostIp})`,
                host_ip: ip,
                vcpus: 64,
                memory_mb: 515654,
                local_gb: 3375,
              },
              n.vmType === 1 ? 'VMware' : n.vmType === 4 ? 'KVM' : 'CAS',
            ),
          );
        }
      }
    });
    return { status: 201 };
  },
  updateComputeNodes: (ctx) => {
    admin(ctx);
    const state = ctx.sim.state;
    const body = ctx.body;
    duplicates(body);
    const servers = serversByHost(ctx.sim);
    const targets = body.map((n, i) => {
      const rec = state.computeNodes.find((o) => o.hostName === n.hostName);
      if (!rec) throw notFound(`Compute node ${n.hostName} could not be found.`);
      if (rec.vmType !== n.vmType)
        throw conflict(
          `Compute node ${n.hostName} is a ${VM_TYPES[rec.vmType] ?? ''} node; its virtualization type cannot change (delete it and add it again).`,
        );
      const moved =
        rec.hostIp !== n.hostIp ||
        rec.clusterId !== n.clusterId ||
        rec.clusterName !== n.clusterName;
      const running = servers.get(n.hostName)?.length ?? 0;
      if (moved && running)
        throw conflict(
          `Compute node ${n.hostName} runs ${running} server(s); its manager address and cluster cannot change.`,
        );
      const err = connectError(n.vmType, n.hostIp, n.password);
      if (err) throw badRequest(`Compute node ${n.hostName}: ${err}`, at(i, 'hostIp'));
      if (moved) {
        checkManager(n, i);
        const other = managerOfCluster(state, n);
        if (other)
          throw conflict(
            `Cluster ${n.clusterName} of ${n.hostIp} is already managed by compute node ${other.hostName}.`,
          );
      }
      const z = state.azones.find((a) => a.zone.toLowerCase() === n.storageZone.toLowerCase());
      if (z && z.resourceType !== 'cinder')
        throw conflict(
          `Availability zone ${z.zone} is a ${z.resourceType} zone; a compute node's storageZone must be a cinder zone.`,
        );
      return rec;
    });
    body.forEach((n, i) => {
      const rec = targets[i];
      if (!rec) return;
      const zone = storageZone(state, n.storageZone);
      Object.assign(rec, record(n, zone.zone));
    });
    return { status: 200 };
  },
  deleteComputeNode: (ctx) => {
    admin(ctx);
    const state = ctx.sim.state;
    const b = ctx.body;
    const rec = state.computeNodes.find((o) => o.hostName === b.hostName);
    if (!rec) throw notFound(`Compute node ${b.hostName} could not be found.`);
    if (rec.storageZone.toLowerCase() !== b.storageZone.toLowerCase())
      throw badRequest(
        `Compute node ${b.hostName} uses storage zone ${rec.storageZone}, not ${b.storageZone}.`,
        [{ path: 'body/storageZone', message: 'is not the storage zone of the node' }],
      );
    if (!state.projects.some((p) => p.id === b.tenantId))
      throw badRequest(`Organisation ${b.tenantId} does not exist.`, [
        { path: 'body/tenantId', message: 'is not an organisation' },
      ]);
    const running = serversByHost(ctx.sim).get(b.hostName)?.length ?? 0;
    if (running)
      throw conflict(
        `Compute node ${b.hostName} still runs ${running} server(s); migrate or delete them first.`,
      );
    state.computeNodes = state.computeNodes.filter((o) => o !== rec);
    state.hypervisors = state.hypervisors.filter((h) => h.host !== b.hostName);
    for (const g of state.aggregates)
      if (g.hosts.includes(b.hostName)) g.hosts = g.hosts.filter((h) => h !== b.hostName);
    return { status: 200 };
  },
  checkComputeNodeConfig: (ctx) => {
    admin(ctx);
    const b = ctx.body;
    if ((b.vmType === 2) !== (b.switchType === ''))
      throw badRequest('switchType must be "" for CAS and vswitch or proxySwitch for VMware.', [
        { path: 'body/switchType', message: 'does not fit vmType' },
      ]);
    const err = connectError(b.vmType, b.hostIp, b.password);
    if (err) return { status: 200, body: { clusters: [], errors: err, available: false } };
    let clusters = clustersOf(b.vmType, b.hostIp);
    if (b.switchType === 'proxySwitch') clusters = clusters.filter((c) => c.proxySwitches.length);
    return { status: 200, body: { clusters, errors: null, available: true } };
  },
  refreshComputeNodeConfig: (ctx) => {
    admin(ctx);
    const b = ctx.body;
    if (b.switchType !== undefined && (b.vmType === 2) !== (b.switchType === ''))
      throw badRequest('switchType must be "" for CAS and vswitch or proxySwitch for VMware.', [
        { path: 'body/switchType', message: 'does not fit vmType' },
      ]);
    const err = connectError(b.vmType, b.hostIp, b.password);
    if (err)
      return {
        status: 200,
        body: { config: { vswitches: [], proxySwitches: [] }, tableList: [], errors: err },
      };
    const clusters = clustersOf(b.vmType, b.hostIp);
    const used = new Set(
      ctx.sim.state.computeNodes
        .filter((n) => n.hostIp === b.hostIp && n.hostName !== b.hostName)
        .flatMap((n) => n.vswitch.map((v) => v.netName)),
    );
    const nets = networksOf(b.vmType).filter((n) =>
      b.switchType === 'proxySwitch'
        ? n.type === 'proxySwitch'
        : b.switchType === 'vswitch'
          ? n.type === 'vswitch'
          : true,
    );
    return {
      status: 200,
      body: {
        config: {
          vswitches: [...new Set(clusters.flatMap((c) => c.vswitches))],
          proxySwitches: [...new Set(clusters.flatMap((c) => c.proxySwitches))],
        },
        tableList: nets.map((n) => ({ ...n, isDisabled: used.has(n.netName) })),
        errors: null,
      },
    };
  },
});

export const computeNodesArea = {
  handlers,
  // A state saved before compute nodes existed gets the seeded ones of its hosts (and the hosts of
  // the nodes that wait for a zone).
  defaults: (s) => {
    if (s.computeNodes) return;
    const seeded = seedComputeNodes(s.azones ?? [], s.hypervisors ?? [], s.scale ?? 1);
    s.computeNodes = seeded.computeNodes;
    s.hypervisors?.push(...seeded.hypervisors);
  },
} satisfies Area;
