// Creating a bare-metal server (004:L14868 flat, L15131 multi-tenant; api-notes I-13): the form's
// values, their mapping onto the createServer body, which flavors a node can take and which of a
// node's ports and bonds a network can be wired to.
import type { components } from '@contract/schema';
import type { BmNode, BmPort, BmPortgroup } from '@/api/resources/bare-metal';

export type ServerCreateBody = components['schemas']['ServerCreate'];
type Flavor = components['schemas']['Flavor'];

/**
 * The server name and alias rules of the contract's ServerName and metadata.alias (the servers
 * wizard checks the same; features do not import each other, so they are restated here).
 */
export const SERVER_NAME = /^[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?$/;
export const SERVER_NAME_MAX = 255;
export const WINDOWS_NAME_ADVISED = 15;
export const ALIAS = /^(?![.])[^/:*?"<>|\uFF01-\uFF5E]*(?<![.])$/;

/** Flat: the node's NICs sit on provider networks. Multi-tenant: each network is bound to a port. */
export type BmNetworking = 'flat' | 'multiTenant';
export type BmAuth = 'password' | 'imageDefault';

export type BmCreateValues = {
  name: string;
  alias?: string;
  description?: string;
  zone: string;
  /** A node of the zone (administrators); blank lets nova pick any available one. */
  nodeId?: string;
  flavorId: string;
  imageId: string;
  networking: BmNetworking;
  networks: string[];
  /** Multi-tenant: network id → the node's port or portgroup id it is wired to. */
  ports?: Record<string, string | undefined>;
  /** Multi-tenant: the network that carries the default gateway. */
  gateway?: string;
  auth: BmAuth;
  password?: string;
  /** The password typed twice (form only, never sent). */
  passwordConfirm?: string;
};

export type BmCreateContext = {
  /** The caller's user name (metadata.user_name). */
  userName: string;
  /** The zone's id (metadata.zone_uuid). */
  zoneId: string;
  /** getNovaAccessKey's `accessKey`: written into metadata as the documents say (004:L15609). */
  accessKey?: string;
};

/**
 * `availability_zone` as the documents compose it: `zone:compute-node:node-id` (004:L14915). The
 * ironic compute service of a zone is named like the zone; without a node the zone alone lets
 * nova schedule onto any available node.
 */
export const bareMetalZoneOf = (zone: string, nodeId?: string) =>
  nodeId ? `${zone}:${zone}:${nodeId}` : zone;

/** `netId:portId,…` — one pair per network, in the order of `networks` (004:L15190). */
export function nodePortMap(networks: readonly string[], ports: BmCreateValues['ports']): string {
  return networks.map((n) => `${n}:${ports?.[n] ?? ''}`).join(',');
}

export function toBareMetalBody(v: BmCreateValues, ctx: BmCreateContext): ServerCreateBody {
  const multi = v.networking === 'multiTenant';
  const gateway = multi ? (v.gateway ?? v.networks[0]) : undefined;
  const metadata: Record<string, string> = {
    user_name: ctx.userName,
    zone_uuid: ctx.zoneId,
    enableAdminPass: v.auth === 'imageDefault' ? '0' : '1',
    extraType: 'BareMetal',
  };
  if (v.alias) metadata.alias = v.alias;
  if (v.description) metadata.description = v.description;
  if (ctx.accessKey) metadata.accessKey = ctx.accessKey;
  if (multi) {
    metadata.node_port_map = nodePortMap(v.networks, v.ports);
    if (gateway) metadata.force_gw_network = gateway;
    metadata.h3c_extend_api = 'true';
  }
  return {
    server: {
      name: v.name,
      imageRef: v.imageId,
      flavorRef: v.flavorId,
      networks: v.networks.map((uuid) =>
        multi ? { uuid, enable_gateway: uuid === gateway ? 'true' : 'false' } : { uuid },
      ),
      security_groups: [{ name: 'default' }],
      metadata,
      availability_zone: bareMetalZoneOf(v.zone, v.nodeId || undefined),
      config_drive: true,
      ...(v.auth === 'password' && v.password ? { adminPass: v.password } : {}),
    },
  };
}

/** Where the platform's validation errors point (request body paths) in the form. */
export const BM_CREATE_FIELD_ALIASES: Readonly<Record<string, keyof BmCreateValues>> = {
  'body/server/name': 'name',
  'body/server/imageRef': 'imageId',
  'body/server/flavorRef': 'flavorId',
  'body/server/availability_zone': 'zone',
  'body/server/adminPass': 'password',
  'body/server/metadata/alias': 'alias',
  'body/server/metadata/description': 'description',
  'body/server/metadata/node_port_map': 'networks',
  'body/server/metadata/force_gw_network': 'gateway',
};

/** A node can take a server: available, not in maintenance, not holding or reserving one. */
export const isDeployable = (
  n: Pick<BmNode, 'provision_state' | 'maintenance' | 'instance_uuid' | 'reservation'>,
) => n.provision_state === 'available' && !n.maintenance && !n.instance_uuid && !n.reservation;

const num = (v: string | undefined) => {
  const n = Number(v);
  return v !== undefined && v !== '' && Number.isFinite(n) ? n : undefined;
};

/** The flavor fits the node's inspected hardware (cpus, memory_mb, local_gb; unknown fits). */
export function flavorFitsNode(
  f: Pick<Flavor, 'vcpus' | 'ram' | 'disk'>,
  n: Pick<BmNode, 'properties'>,
): boolean {
  const p = n.properties;
  const cpus = num(p.cpus);
  const mem = num(p.memory_mb);
  const disk = num(p.local_gb);
  return (
    (cpus === undefined || f.vcpus <= cpus) &&
    (mem === undefined || f.ram <= mem) &&
    (disk === undefined || f.disk <= disk)
  );
}

/** The flavor meets the image's min_ram (MB) and min_disk (GB); 0 is no minimum. */
export const flavorFitsImageMin = (
  f: Pick<Flavor, 'ram' | 'disk'>,
  image: { min_ram: number; min_disk: number },
) => f.ram >= image.min_ram && (f.disk === 0 || f.disk >= image.min_disk);

/**
 * The flavors a bare-metal server can use: enabled ones that fit the chosen node, or at least one
 * of `nodes` when none is chosen. `nodes` undefined (a tenant cannot read ironic): every enabled one.
 */
export function nodeCapableFlavors<F extends Flavor>(
  flavors: readonly F[],
  nodes: readonly Pick<BmNode, 'properties'>[] | undefined,
): F[] {
  const enabled = flavors.filter((f) => !f['OS-FLV-DISABLED:disabled']);
  if (!nodes) return enabled;
  return enabled.filter((f) => nodes.some((n) => flavorFitsNode(f, n)));
}

export type PortChoice = { id: string; kind: 'port' | 'portgroup'; label: string };

/**
 * What a network can be wired to on the node: its bonds (portgroups) and the ports that are not
 * members of one (a member port is driven through its bond).
 */
export function portChoices(
  ports: readonly Pick<BmPort, 'uuid' | 'address' | 'portgroup_uuid'>[],
  groups: readonly Pick<BmPortgroup, 'uuid' | 'name' | 'address'>[],
): PortChoice[] {
  return [
    ...groups.map((g) => ({
      id: g.uuid,
      kind: 'portgroup' as const,
      label: g.name || g.address || g.uuid,
    })),
    ...ports
      .filter((p) => !p.portgroup_uuid)
      .map((p) => ({ id: p.uuid, kind: 'port' as const, label: p.address })),
  ];
}

/** Each network wired to a different port or bond: the ids that appear more than once. */
export function reusedPorts(
  networks: readonly string[],
  ports: BmCreateValues['ports'],
): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const n of networks) {
    const p = ports?.[n];
    if (!p) continue;
    if (seen.has(p)) twice.add(p);
    seen.add(p);
  }
  return twice;
}
