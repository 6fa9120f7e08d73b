// Bare-metal servers (004:L14868 flat, L15131 multi-tenant; api-notes I-13, 4.2): a nova server
// created with `metadata.extraType: "BareMetal"` takes an available node of an ironic zone, which
// deploys; the server turns ACTIVE when the node is active (ERROR when its deploy fails) and
// deleting the server undeploys the node.
import type { Ctx } from '../../area.ts';
import { badRequest, conflict, type ErrorDetail } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { AzoneRec, BmNodeRec, FlavorRec, ImageRec, ServerRec, UserRec } from '../../state.ts';
import { STATUS_STATES } from '../servers/states.ts';
import { serversById } from '../servers/indexes.ts';
import { onInstanceEvents, start } from './machine.ts';
import { nodesByInstance, portgroupsByNode, portsByNode } from './wire.ts';

const field = (path: string, message: string): ErrorDetail[] => [{ path, message }];

/** The ironic compute service of a bare-metal zone is named like the zone (`iron1:iron1:<node>`). */
export const ironicHost = (zone: AzoneRec) => zone.zone;

export const isBareMetal = (meta: Record<string, unknown> | undefined) =>
  meta?.extraType === 'BareMetal';

const deployable = (n: BmNodeRec) =>
  n.provision_state === 'available' && !n.maintenance && n.instance_uuid === null && !n.reservation;

export type BareMetalPlan = {
  zone: AzoneRec;
  host: string;
  node: BmNodeRec | null;
  multiTenant: boolean;
};

type CreateFields = {
  availability_zone?: string | undefined;
  config_drive?: boolean | string | undefined;
  max_count?: number | undefined;
  networks: { uuid: string }[];
};

/** Checks a bare-metal create request and picks its node (null: none free, the server fails). */
export function planBareMetal(
  ctx: Pick<Ctx, 'sim'>,
  project: string,
  b: CreateFields,
  meta: Record<string, string>,
): BareMetalPlan {
  const state = ctx.sim.state;
  const azPath = 'body/server/availability_zone';
  if (b.config_drive !== true && b.config_drive !== 'true' && b.config_drive !== 'True')
    throw badRequest(
      'A bare-metal server needs config_drive: true (004:L14912).',
      field('body/server/config_drive', 'must be true for a bare-metal server'),
    );
  if ((b.max_count ?? 1) > 1)
    throw badRequest(
      'A bare-metal server takes one node: max_count must be 1.',
      field('body/server/max_count', 'must be 1 for a bare-metal server'),
    );
  const assigned = new Set(
    state.azoneProjects.filter((a) => a.projectId === project).map((a) => a.azoneId),
  );
  const zones = state.azones.filter((a) => a.resourceType === 'ironic' && assigned.has(a.id));
  const [zoneName, host, nodeId] = (b.availability_zone ?? '').split(':');
  const zone = zoneName ? zones.find((z) => z.zone === zoneName) : zones[0];
  if (!zone)
    throw badRequest(
      zoneName
        ? `Availability zone ${zoneName} is not a bare-metal (ironic) zone of project ${project}.`
        : `Project ${project} has no bare-metal availability zone.`,
      field(azPath, 'is not a bare-metal availability zone of the project'),
    );
  if (host && host !== ironicHost(zone))
    throw badRequest(
      `Compute node ${host} is not the ironic compute service of zone ${zone.zone} (${ironicHost(zone)}).`,
      field(azPath, 'names an unknown compute node'),
    );
  if (meta.zone_uuid !== undefined && meta.zone_uuid !== zone.id)
    throw badRequest(
      `metadata.zone_uuid ${meta.zone_uuid} is not the id of availability zone ${zone.zone}.`,
      field('body/server/metadata/zone_uuid', 'does not match availability_zone'),
    );
  const inZone = (n: BmNodeRec) => (n.properties.availabilityZone ?? zone.zone) === zone.zone;
  let node: BmNodeRec | null;
  if (nodeId) {
    const found = state.baremetalNodes.find((n) => n.uuid === nodeId && inZone(n));
    if (!found)
      throw badRequest(
        `Bare-metal node ${nodeId} could not be found in zone ${zone.zone}.`,
        field(azPath, 'names an unknown bare-metal node'),
      );
    if (!deployable(found))
      throw conflict(
        `Bare-metal node ${found.uuid} can not take a server: ${
          found.instance_uuid
            ? `it holds instance ${found.instance_uuid}`
            : found.maintenance
              ? `it is in maintenance (${found.maintenance_reason ?? 'no reason given'})`
              : `it is in provision state "${found.provision_state}", not "available"`
        }.`,
      );
    node = found;
  } else {
    node = state.baremetalNodes.find((n) => deployable(n) && inZone(n)) ?? null;
  }
  const map = meta.node_port_map;
  if (map !== undefined) checkPortMap(ctx.sim, node, b.networks, map, meta.force_gw_network);
  else if (meta.force_gw_network !== undefined) checkGateway(b.networks, meta.force_gw_network);
  return { zone, host: ironicHost(zone), node, multiTenant: map !== undefined };
}

function checkGateway(networks: { uuid: string }[], gw: string) {
  if (!networks.some((n) => n.uuid === gw))
    throw badRequest(
      `metadata.force_gw_network ${gw} is not one of the server's networks.`,
      field('body/server/metadata/force_gw_network', 'is not one of networks'),
    );
}

/** `netId:portId[,netId:portgroupId…]`: one pair per network, ids of the node's ports/bonds. */
function checkPortMap(
  sim: Sim,
  node: BmNodeRec | null,
  networks: { uuid: string }[],
  map: string,
  gw: string | undefined,
) {
  const path = 'body/server/metadata/node_port_map';
  const pairs = map.split(',').map((p) => p.split(':') as [string, string]);
  const nets = pairs.map(([net]) => net);
  const want = networks.map((n) => n.uuid);
  if (nets.length !== want.length || want.some((n) => !nets.includes(n)))
    throw badRequest(
      `node_port_map must name each network of the server once (${want.join(', ')}), got ${nets.join(', ')}.`,
      field(path, 'does not pair every network with a port'),
    );
  if (gw !== undefined) checkGateway(networks, gw);
  if (!node) return;
  const ids = new Set([
    ...(portsByNode(sim).get(node.uuid) ?? []).map((p) => p.uuid),
    ...(portgroupsByNode(sim).get(node.uuid) ?? []).map((g) => g.uuid),
  ]);
  const foreign = pairs.map(([, id]) => id).filter((id) => !ids.has(id));
  if (foreign.length)
    throw badRequest(
      `node_port_map names ${foreign.join(', ')}, which are not ports or portgroups of node ${node.uuid}.`,
      field(path, 'names a port that is not on the node'),
    );
}

/** Links the new server to its node and starts the node's deploy. */
export function deployBareMetal(
  sim: Sim,
  plan: BareMetalPlan,
  server: ServerRec,
  image: ImageRec | undefined,
  flavor: FlavorRec,
  user: UserRec,
  userData: string | undefined,
) {
  const n = plan.node;
  if (!n) return false;
  const project = sim.state.projects.find((p) => p.id === server.tenant_id);
  n.instance_uuid = server.id;
  n.network_interface = plan.multiTenant ? 'neutron' : 'flat';
  n.instance_info = {
    image_source: image?.id ?? '',
    display_name: server.metadata.alias ?? server.name,
    root_gb: String(flavor.disk),
    memory_mb: String(flavor.ram),
    vcpus: String(flavor.vcpus),
    local_gb: n.properties.local_gb ?? String(flavor.disk),
    swap_mb: String(flavor.swap),
    capabilities: "{'boot_option': 'local'}",
    nova_host_id: plan.host,
    ...(userData ? { configdrive: userData } : {}),
  };
  Object.assign(n.properties, {
    tenancyId: server.tenant_id,
    tenancy: project?.name ?? '',
    userId: user.id,
    userName: user.name,
    imageId: image?.id ?? '',
    imageName: image?.name ?? '',
  });
  n.maintenance_reason = null;
  start(sim, n, 'active');
  return true;
}

function settleServer(sim: Sim, s: ServerRec, ok: boolean, error: string | null) {
  const status = ok ? 'ACTIVE' : 'ERROR';
  const [vm, power] = STATUS_STATES[status];
  s.status = status;
  s.vm_state = vm;
  s.power_state = power;
  s.task_state = null;
  s.updated = sim.now();
  if (ok) s.launched_at = sim.now();
  else
    s.fault = {
      code: 500,
      message: `Failed to provision instance ${s.id}: ${error ?? 'deploy failed'}`,
      created: sim.now(),
    };
}

onInstanceEvents({
  deployed: (sim, node, ok) => {
    const s = node.instance_uuid ? serversById(sim)(node.instance_uuid) : undefined;
    if (s && s.status === 'BUILD') settleServer(sim, s, ok, node.last_error);
  },
  undeployed: () => undefined,
  powered: (sim, node) => {
    const s = node.instance_uuid ? serversById(sim)(node.instance_uuid) : undefined;
    if (!s || (s.status !== 'ACTIVE' && s.status !== 'SHUTOFF') || s.task_state) return;
    const status = node.power_state === 'power on' ? 'ACTIVE' : 'SHUTOFF';
    if (s.status === status) return;
    const [vm, power] = STATUS_STATES[status];
    s.status = status;
    s.vm_state = vm;
    s.power_state = power;
    s.updated = sim.now();
  },
});

/** A deleted server's node undeploys (deleting → cleaning → available). */
export function releaseBareMetal(sim: Sim, serverId: string) {
  for (const n of nodesByInstance(sim).get(serverId) ?? []) {
    if (n.provision_state === 'available' || n.provision_state === 'manageable') {
      n.instance_uuid = null;
      n.instance_info = {};
      continue;
    }
    start(sim, n, 'deleted');
  }
}
