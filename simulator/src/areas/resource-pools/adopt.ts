// Adopting (纳管) a CAS or VMware VM into the cloud as a server of a project, and releasing it
// (取消纳管) (§1.13 #15–17). The server is added to the servers area's collection, as a server
// create would, and leaves it (with its group memberships and lease) on release.
import { randomUUID } from 'node:crypto';
import { caller, type OpCtx } from '../../area.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { HvVmRec, ServerRec } from '../../state.ts';
import { serversById } from '../servers/indexes.ts';
import { field, visibleFlavor } from '../servers/lookup.ts';
import { allocateIp, mac, placement } from '../servers/placement.ts';
import { checkQuota } from '../servers/quota.ts';
import { releaseServer } from '../servers/tasks.ts';
import { adminOnly, powerOf, vmsOf } from './inventory.ts';

type AdoptCtx = OpCtx<'adoptCasVm' | 'adoptVmwareVm'>;

const STATUS: Record<
  HvVmRec['power'],
  [ServerRec['status'], ServerRec['vm_state'], ServerRec['power_state']]
> = {
  running: ['ACTIVE', 'active', 1],
  stopped: ['SHUTOFF', 'stopped', 4],
  paused: ['PAUSED', 'paused', 3],
};

/** The VM the request names on the compute node(s) its availability zone designates. */
function findVm(
  ctx: AdoptCtx,
  vmType: 1 | 2,
  zoneNodes: string[],
  vmId: string | undefined,
): HvVmRec {
  const b = ctx.body.server;
  const nodes = new Set(
    ctx.sim.state.computeNodes
      .filter((n) => n.vmType === vmType && zoneNodes.includes(n.hostName))
      .map((n) => n.hostName),
  );
  if (nodes.size === 0)
    throw badRequest(
      `Availability zone ${b.availability_zone} has no ${vmType === 2 ? 'CAS' : 'VMware'} compute node.`,
      field(
        'body/server/availability_zone',
        `names no ${vmType === 2 ? 'CAS' : 'VMware'} compute node`,
      ),
    );
  const found = [...nodes].flatMap((n) =>
    vmsOf(ctx.sim, n).filter((v) => (vmId ? v.id === vmId : v.name === b.name)),
  );
  if (found.length === 0)
    throw notFound(
      `VM ${vmId ?? b.name} could not be found on compute node ${[...nodes].join(', ')}.`,
    );
  if (found.length > 1) throw conflict(`Several VMs are named ${b.name}: give vmId to choose one.`);
  const vm = found[0];
  if (!vm) throw notFound(`VM ${vmId ?? b.name} could not be found.`);
  return vm;
}

function adopt(ctx: AdoptCtx, vmType: 1 | 2, vmId: string | undefined, portId: string | undefined) {
  adminOnly(ctx);
  const auth = caller(ctx);
  const state = ctx.sim.state;
  const project = ctx.params.tenant_id;
  if (!state.projects.some((p) => p.id === project))
    throw notFound(`Project ${project} could not be found.`);
  const b = ctx.body.server;
  const parts = b.availability_zone.split(':');
  const place = placement(ctx, project, b.availability_zone, undefined, undefined);
  const zoneNodes = parts[1]
    ? [parts[1]]
    : state.hypervisors.filter((h) => h.zone === place.zone.zone).map((h) => h.host);
  const vm = findVm(ctx, vmType, zoneNodes, vmId);
  if (vm.serverId)
    throw conflict(`VM ${vm.name} is already managed by the cloud as server ${vm.serverId}.`);
  if (vm.migrating) throw conflict(`VM ${vm.name} is being migrated.`);
  const id = b.id || randomUUID();
  if (serversById(ctx.sim)(id)) throw conflict(`A server with id ${id} already exists.`);
  const flavor = visibleFlavor(ctx, b.flavor, 'body/server/flavor');
  if (flavor.vcpus < vm.cpu || flavor.ram < vm.memoryMB)
    throw badRequest(
      `Flavor ${flavor.name} (${flavor.vcpus} vCPU, ${flavor.ram} MB) is smaller than VM ${vm.name} (${vm.cpu} vCPU, ${vm.memoryMB} MB).`,
      field('body/server/flavor', 'is smaller than the VM'),
    );
  if (!state.images.some((i) => i.id === b.image))
    throw badRequest(
      `Image ${b.image} could not be found.`,
      field('body/server/image', 'is not a known image'),
    );
  checkQuota(ctx.sim, project, { instances: 1, cores: flavor.vcpus, ram: flavor.ram });
  // The port API is not documented: a network id of the project puts the NIC on that network;
  // any other port id is kept as given, and the NIC joins the project's first network.
  const nets = state.networks.filter((n) => n.tenant_id === project || n.shared);
  const net =
    nets.find((n) => n.id === portId) ?? nets.find((n) => n.tenant_id === project) ?? nets[0];
  if (!net) throw conflict(`Project ${project} has no network for the VM's port.`);
  const ip = allocateIp(ctx.sim, net, new Set());
  const [status, vmState, power] = STATUS[powerOf(ctx.sim, vm)];
  const now = ctx.sim.now();
  const no = state.nextInstanceNo++;
  const hyper = state.hypervisors.find((h) => h.host === vm.node);
  const rec: ServerRec = {
    id,
    name: b.name,
    tenant_id: project,
    user_id: auth.user.id,
    status,
    vm_state: vmState,
    task_state: null,
    power_state: power,
    flavor_id: flavor.id,
    image_id: b.image,
    key_name: null,
    az: place.zone.zone,
    host: vm.node,
    hypervisor_hostname: hyper?.hypervisor_hostname ?? place.hypervisor,
    instance_name: `instance-${no.toString(16).padStart(8, '0')}`,
    metadata: {
      user_name: b.user_name ?? auth.user.name,
      alias: b.alias ?? b.name,
      description: '',
      zone_uuid: place.zone.id,
      vmId: vm.id,
      ...(portId && portId !== net.id ? { port_id: portId } : {}),
    },
    ports: [{ net_id: net.id, ip, mac: vm.mac || mac() }],
    security_groups: ['default'],
    config_drive: 'config_drive' in b ? b.config_drive === true : false,
    created: now,
    updated: now,
    launched_at: now,
  };
  state.servers.push(rec);
  vm.serverId = id;
  vm.ip = ip;
  vm.power = powerOf(ctx.sim, vm);
  return { status: 200 };
}

export const adoptCasVm = (ctx: OpCtx<'adoptCasVm'>) =>
  adopt(ctx, 2, ctx.body.server.vmId || undefined, ctx.body.server.port_id);
export const adoptVmwareVm = (ctx: OpCtx<'adoptVmwareVm'>) =>
  adopt(ctx, 1, undefined, ctx.body.server.networks?.[0]?.port);

export function releaseManagedVm(ctx: OpCtx<'releaseManagedVm'>) {
  adminOnly(ctx);
  const state = ctx.sim.state;
  const s = serversById(ctx.sim)(ctx.params.server_id);
  if (!s || s.tenant_id !== ctx.params.tenant_id)
    throw notFound(
      `Instance ${ctx.params.server_id} could not be found in project ${ctx.params.tenant_id}.`,
    );
  const vm = state.hvVms.find((v) => v.serverId === s.id);
  if (!vm)
    throw conflict(
      `Server ${s.name} is not a VM of a CAS or VMware compute node: delete it instead.`,
    );
  if (s.task_state)
    throw conflict(`Server ${s.name} is busy (${s.task_state}); try again when it settles.`);
  vm.power = powerOf(ctx.sim, vm);
  vm.serverId = '';
  releaseServer(ctx.sim, s.id);
  return { status: 200 };
}
