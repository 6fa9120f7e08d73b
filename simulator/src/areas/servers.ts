// Cloud servers (004 §1.9): nova instances with the state machine of api-notes 4.1, compute quota
// per project (4.8), the multiplexed action operation (I-13), boot from volume, server-group
// placement, the asset transfer and the lease (shorten) of a server.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { components } from '../../../openapi/generated/schema.d.ts';
import { caller, type Area, type Ctx } from '../area.ts';
import {
  badRequest,
  conflict,
  forbidden,
  notFound,
  SimError,
  type ErrorDetail,
} from '../errors.ts';
import {
  imageRecord,
  intToIp,
  ipToInt,
  leaseEmail,
  SEED_EPOCH,
  STATUS_STATES,
  ZONE_HOSTS,
} from '../seed.ts';
import type { Sim } from '../sim.ts';
import { issueConsoleUrl } from '../vnc.ts';
import type {
  ComputeQuotaRec,
  FlavorRec,
  ImageRec,
  LeaseRec,
  NetworkRec,
  ServerGroupRec,
  ServerPortRec,
  ServerRec,
  State,
  VolumeRec,
} from '../state.ts';
import { securityGroupsOf } from './compute-reference.ts';

type S = components['schemas'];
type Server = S['Server'];
type Status = ServerRec['status'];
type VmState = ServerRec['vm_state'];
type Task = NonNullable<ServerRec['task_state']>;

/** Transition times (ms, scaled by --delay-scale). */
const DELAY: Record<string, number> = {
  build: 3000,
  stop: 2000,
  start: 2000,
  suspend: 1500,
  resume: 1500,
  reboot: 2500,
  rebootHard: 3000,
  resize: 4000,
  liveresize: 2000,
  shelve: 2000,
  offload: 2000,
  unshelve: 3000,
  snapshot: 3000,
  delete: 1000,
};

/** Seconds-precision ISO, as nova writes it (api-notes I-27). */
const isoSec = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** nova's scheduling failure, the fault of a server that found no compute node. */
const NO_VALID_HOST = 'No valid host was found. There are not enough hosts available.';
const DAY = 86400_000;

/** States persisted before servers existed lack the collections; they start empty then. */
function coll(state: State) {
  const s = state as Partial<State>;
  s.servers ??= [];
  s.networks ??= [];
  s.computeQuotas ??= {};
  s.nextInstanceNo ??= s.servers.length + 1;
  s.serverGroups ??= [];
  s.volumes ??= [];
  s.securityGroups ??= [];
  s.leases ??= [];
  return s as State;
}

const leaseOf = (state: State, serverId: string): LeaseRec | undefined =>
  coll(state).leases.find((l) => l.resUuid === serverId && !l.deleted);

/** The volumes attached to a server, the boot volume first, then by device. */
function volumesOf(
  state: State,
  serverId: string,
): { v: VolumeRec; boot: boolean; device: string }[] {
  const out: { v: VolumeRec; boot: boolean; device: string }[] = [];
  for (const v of coll(state).volumes)
    for (const a of v.attachments)
      if (a.server_id === serverId) out.push({ v, boot: a.boot, device: a.device });
  return out.sort((a, b) => Number(b.boot) - Number(a.boot) || a.device.localeCompare(b.device));
}

function links(ctx: Ctx, tenant: string, kind: string, id: string, self = true) {
  const host = ctx.headers.host ?? '127.0.0.1:11000';
  const tail = `${encodeURIComponent(tenant)}/${kind}/${encodeURIComponent(id)}`;
  const bookmark = { href: `http://${host}/os/compute/v1/${tail}`, rel: 'bookmark' as const };
  return self
    ? [{ href: `http://${host}/os/compute/v1/v2/${tail}`, rel: 'self' as const }, bookmark]
    : [bookmark];
}

function wire(ctx: Ctx, s: ServerRec): Server {
  const nets = coll(ctx.sim.state).networks;
  const lease = leaseOf(ctx.sim.state, s.id);
  // The documents have no lease read: a leased server shows its lease in its metadata.
  const tenancy: Record<string, string> = lease
    ? { tenancyId: lease.uuid, tenancyEndTime: String(lease.endTime) }
    : {};
  const addresses: Server['addresses'] = {};
  for (const p of s.ports) {
    const net = nets.find((n) => n.id === p.net_id)?.name ?? p.net_id;
    (addresses[net] ??= []).push({
      addr: p.ip,
      version: 4,
      'OS-EXT-IPS:type': 'fixed',
      'OS-EXT-IPS-MAC:mac_addr': p.mac,
    });
  }
  return {
    id: s.id,
    name: s.name,
    status: s.status,
    created: isoSec(s.created),
    updated: isoSec(s.updated),
    hostId: s.host
      ? createHash('sha224')
          .update(s.tenant_id + s.host)
          .digest('hex')
      : '',
    addresses,
    flavor: { id: s.flavor_id, links: links(ctx, s.tenant_id, 'flavors', s.flavor_id, false) },
    // A server booted from a volume has no image: nova shows "".
    image:
      s.image_id === ''
        ? ''
        : { id: s.image_id, links: links(ctx, s.tenant_id, 'images', s.image_id, false) },
    user_id: s.user_id,
    tenant_id: s.tenant_id,
    metadata: { ...s.metadata, ...tenancy },
    key_name: s.key_name,
    links: links(ctx, s.tenant_id, 'servers', s.id),
    'OS-EXT-AZ:availability_zone': s.az,
    'OS-EXT-SRV-ATTR:host': s.host,
    'OS-EXT-SRV-ATTR:hypervisor_hostname': s.hypervisor_hostname,
    'OS-EXT-SRV-ATTR:instance_name': s.instance_name,
    'OS-EXT-STS:vm_state': s.vm_state,
    'OS-EXT-STS:task_state': s.task_state,
    'OS-EXT-STS:power_state': s.power_state,
    'OS-SRV-USG:launched_at': s.launched_at === null ? null : isoSec(s.launched_at),
    'OS-SRV-USG:terminated_at': null,
    'OS-DCF:diskConfig': 'MANUAL',
    accessIPv4: '',
    accessIPv6: '',
    config_drive: s.config_drive,
    'os-extended-volumes:volumes_attached': volumesOf(ctx.sim.state, s.id).map(({ v }) => ({
      id: v.id,
    })),
    security_groups: s.security_groups.map((name) => ({ name })),
    ...(s.status === 'ERROR'
      ? {
          fault: {
            code: s.fault?.code ?? 500,
            message: s.fault?.message ?? NO_VALID_HOST,
            created: isoSec(s.fault?.created ?? s.updated),
          },
        }
      : {}),
  };
}

function findServer(ctx: Ctx): ServerRec {
  const id = ctx.params.server_id ?? '';
  const s = coll(ctx.sim.state).servers.find(
    (x) => x.id === id && x.tenant_id === ctx.params.tenant_id,
  );
  if (!s) throw notFound(`Instance ${id} could not be found.`);
  return s;
}

const field = (path: string, message: string): ErrorDetail[] => [{ path, message }];

function visibleFlavor(ctx: Ctx, id: string, path: string): FlavorRec {
  const admin = caller(ctx).isAdmin;
  const f = ctx.sim.state.flavors.find((x) => x.id === id);
  if (!f || (!admin && (!f.is_public || f.disabled)))
    throw badRequest(`Flavor ${id} could not be found.`, field(path, 'is not a known flavor'));
  return f;
}

/** Moves a server to a settled status: vm_state and power_state follow (api-notes 4.1). */
function settle(sim: Sim, s: ServerRec, status: Status) {
  const [vm, power] = STATUS_STATES[status];
  s.status = status;
  s.vm_state = vm;
  s.power_state = power;
  s.task_state = null;
  s.updated = sim.now();
}

export function usage(state: State, project: string): ComputeQuotaRec {
  const used = { instances: 0, cores: 0, ram: 0 };
  for (const s of coll(state).servers) {
    if (s.tenant_id !== project) continue;
    const f = state.flavors.find((x) => x.id === s.flavor_id);
    used.instances += 1;
    used.cores += f?.vcpus ?? 0;
    used.ram += f?.ram ?? 0;
  }
  return used;
}

/** 403 "Quota exceeded" when adding `delta` to the project's usage passes a limit (4.8). */
function checkQuota(state: State, project: string, delta: ComputeQuotaRec) {
  const limits = coll(state).computeQuotas[project];
  if (!limits) return;
  const used = usage(state, project);
  for (const key of ['instances', 'cores', 'ram'] as const) {
    const limit = limits[key];
    if (delta[key] <= 0 || limit < 0) continue;
    if (used[key] + delta[key] > limit) {
      throw new SimError(
        403,
        `Quota exceeded for ${key}: Requested ${delta[key]}, but already used ${used[key]} of ${limit} ${key}.`,
        { reason: 'Forbidden' },
      );
    }
  }
}

function inCidr(ip: string, cidr: string): boolean {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = ipToInt(base);
  const n = ipToInt(ip);
  return n > start && n < start + size - 1;
}

function usedIps(state: State, netId: string): Set<string> {
  const used = new Set<string>();
  for (const s of coll(state).servers)
    for (const p of s.ports) if (p.net_id === netId) used.add(p.ip);
  return used;
}

function allocateIp(state: State, net: NetworkRec): string {
  const [base = '0.0.0.0', bits = '32'] = net.cidr.split('/');
  const start = ipToInt(base);
  const used = usedIps(state, net.id);
  for (let n = start + 2; n < start + 2 ** (32 - Number(bits)) - 1; n++) {
    const ip = intToIp(n);
    if (!used.has(ip)) return ip;
  }
  throw conflict(`No more IP addresses available on network ${net.id}.`);
}

const mac = () =>
  `fa:16:3e:${[...randomBytes(3)].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;

const truthy = (v: unknown) => v === true || v === 'true' || v === 'True';

/**
 * The project's nova AZ by name (api-notes I-34: `az[:compute_node[:target]]`) and a compute node
 * in it. A server group narrows the nodes (api-notes 4.8): `affinity` to the node of the members
 * already placed, `anti-affinity` to nodes no member uses. No node left → `noValidHost`: nova's
 * scheduler fails after the API accepted the request, so the caller still answers 202.
 */
function placement(
  ctx: Ctx,
  project: string,
  requested: string | undefined,
  cvk: string | undefined,
  group: ServerGroupRec | undefined,
) {
  const state = coll(ctx.sim.state);
  const assigned = state.azoneProjects
    .filter((ap) => ap.projectId === project)
    .map((ap) => state.azones.find((a) => a.id === ap.azoneId))
    .filter((a) => a?.resourceType === 'nova');
  const [zoneName, node, target] = requested ? requested.split(':') : [];
  const zone = zoneName ? assigned.find((a) => a?.zone === zoneName) : assigned[0];
  if (!zone) {
    throw badRequest(
      zoneName
        ? `Availability zone ${zoneName} is not a compute zone of project ${project}.`
        : `Project ${project} has no compute availability zone.`,
      field('body/server/availability_zone', 'is not an availability zone of the project'),
    );
  }
  const hosts = ZONE_HOSTS[zone.zone] ?? [[`comp-${zone.zone}`, zone.zone]];
  if (node && !hosts.some(([h]) => h === node)) {
    throw badRequest(
      `Compute node ${node} is not in availability zone ${zone.zone}.`,
      field('body/server/availability_zone', 'names an unknown compute node'),
    );
  }
  let candidates = node ? hosts.filter(([h]) => h === node) : hosts;
  if (group) {
    const used = new Set(
      state.servers
        .filter((x) => group.members.includes(x.id) && x.host !== null)
        .map((x) => x.host),
    );
    if (group.policies[0] === 'anti-affinity')
      candidates = candidates.filter(([h]) => !used.has(h));
    else if (used.size > 0) candidates = candidates.filter(([h]) => used.has(h));
  }
  const pick = candidates[Math.floor(Math.random() * candidates.length)];
  if (!pick) return { zone, host: null, hypervisor: null, noValidHost: true };
  const [host, hyper] = pick;
  return { zone, host, hypervisor: target ?? cvk ?? hyper, noValidHost: false };
}

type CreateBody = S['ServerCreate'];
type CreateFields = S['ServerCreateFields'];

/** The boot volume of a boot-from-volume request (004:L9981): a bootable, available volume. */
function bootVolume(ctx: Ctx, project: string, b: CreateFields, flavor: FlavorRec) {
  const bdm = b.block_device_mapping_v2?.[0];
  if (!bdm) return undefined;
  const state = coll(ctx.sim.state);
  const path = 'body/server/block_device_mapping_v2/0/uuid';
  const v = state.volumes.find((x) => x.id === bdm.uuid && x.tenant_id === project);
  if (!v)
    throw badRequest(
      `Volume ${bdm.uuid} could not be found.`,
      field(path, 'is not a volume of the project'),
    );
  if (!v.bootable)
    throw badRequest(`Volume ${v.id} is not bootable.`, field(path, 'is not a bootable volume'));
  if (v.status !== 'available')
    throw badRequest(
      `Volume ${v.id} is ${v.status}; a server boots only from an available volume.`,
      field(path, `is ${v.status}, not available`),
    );
  // The disk is the volume, so the flavor's disk does not matter; the image's RAM still does.
  const source = v.image_id ? state.images.find((i) => i.id === v.image_id) : undefined;
  if (source && source.min_ram > flavor.ram) {
    throw badRequest(
      `Flavor's memory is too small for the volume's image: it needs ${source.min_ram} MB, flavor ${flavor.name} has ${flavor.ram} MB.`,
      field('body/server/flavorRef', 'ram is smaller than the min_ram of the volume image'),
    );
  }
  return { volume: v, deleteOnTermination: truthy(bdm.delete_on_termination) };
}

/** The image of an image-boot request (004:L6011), checked against the flavor. */
function bootImage(ctx: Ctx, project: string, imageRef: string, flavor: FlavorRec): ImageRec {
  const auth = caller(ctx);
  const image = ctx.sim.state.images.find((i) => i.id === imageRef);
  if (!image || !(auth.isAdmin || image.visibility === 'public' || image.owner === project)) {
    throw badRequest(
      `Image ${imageRef} could not be found.`,
      field('body/server/imageRef', 'is not a known image'),
    );
  }
  if (image.status !== 'active') {
    throw badRequest(
      `Image ${image.id} is not active (${image.status}).`,
      field('body/server/imageRef', 'is not active'),
    );
  }
  if (flavor.disk > 0 && image.min_disk > flavor.disk) {
    throw badRequest(
      `Flavor's disk is too small for requested image: image needs ${image.min_disk} GB, flavor ${flavor.name} has ${flavor.disk} GB.`,
      field('body/server/flavorRef', 'disk is smaller than the image min_disk'),
    );
  }
  if (image.min_ram > flavor.ram) {
    throw badRequest(
      `Flavor's memory is too small for requested image: image needs ${image.min_ram} MB, flavor ${flavor.name} has ${flavor.ram} MB.`,
      field('body/server/flavorRef', 'ram is smaller than the image min_ram'),
    );
  }
  return image;
}

function createServer(ctx: Ctx) {
  const auth = caller(ctx);
  const state = coll(ctx.sim.state);
  const project = ctx.params.tenant_id ?? '';
  const body = ctx.body as CreateBody;
  const b = body.server;

  const flavor = visibleFlavor(ctx, b.flavorRef, 'body/server/flavorRef');
  const boot = bootVolume(ctx, project, b, flavor);
  const image = boot ? undefined : bootImage(ctx, project, b.imageRef ?? '', flavor);
  if (
    b.key_name !== undefined &&
    !state.keypairs.some((k) => k.user_id === auth.user.id && k.name === b.key_name)
  ) {
    throw badRequest(
      `Invalid key_name provided: ${b.key_name}.`,
      field('body/server/key_name', 'is not a key pair of the user'),
    );
  }
  const meta: Record<string, string> = {};
  for (const [k, v] of Object.entries(b.metadata ?? {})) meta[k] = String(v);
  // The lease keys are the simulator's view of the lease, not the caller's to set.
  delete meta.tenancyId;
  delete meta.tenancyEndTime;
  const groupId = body['os:scheduler_hints']?.group;
  const group =
    groupId === undefined
      ? undefined
      : state.serverGroups.find((g) => g.id === groupId && g.project_id === project);
  if (groupId !== undefined && !group) {
    throw badRequest(
      `Server group ${groupId} could not be found in project ${project}.`,
      field('body/os:scheduler_hints/group', 'is not a server group of the project'),
    );
  }
  const place = placement(ctx, project, b.availability_zone, meta.cvk, group);
  if (meta.zone_uuid !== undefined && meta.zone_uuid !== place.zone.id) {
    throw badRequest(
      `metadata.zone_uuid ${meta.zone_uuid} is not the id of availability zone ${place.zone.zone}.`,
      field('body/server/metadata/zone_uuid', 'does not match availability_zone'),
    );
  }
  const ports: ServerPortRec[] = [];
  for (const [i, n] of b.networks.entries()) {
    const net = state.networks.find((x) => x.id === n.uuid);
    if (!net || !(net.shared || net.tenant_id === project)) {
      throw badRequest(
        `Network ${n.uuid} could not be found.`,
        field(`body/server/networks/${i}/uuid`, 'is not a network of the project'),
      );
    }
    let ip: string;
    if (n.fixed_ip !== undefined) {
      if (!inCidr(n.fixed_ip, net.cidr)) {
        throw badRequest(
          `Fixed IP ${n.fixed_ip} is not in the subnet ${net.cidr} of network ${net.name}.`,
          field(`body/server/networks/${i}/fixed_ip`, `is not in ${net.cidr}`),
        );
      }
      if (usedIps(state, net.id).has(n.fixed_ip) || ports.some((p) => p.ip === n.fixed_ip))
        throw conflict(`Fixed IP address ${n.fixed_ip} is already in use on network ${net.name}.`);
      ip = n.fixed_ip;
    } else {
      ip = allocateIp(state, net);
    }
    ports.push({ net_id: net.id, ip, mac: mac() });
  }
  const groupNames = [...new Set((b.security_groups ?? [{ name: 'default' }]).map((g) => g.name))];
  const known = new Set(securityGroupsOf(state, project).map((g) => g.name));
  for (const [i, g] of (b.security_groups ?? []).entries()) {
    if (!known.has(g.name)) {
      throw badRequest(
        `Security group ${g.name} not found for project ${project}.`,
        field(`body/server/security_groups/${i}/name`, 'is not a security group of the project'),
      );
    }
  }
  checkQuota(state, project, { instances: 1, cores: flavor.vcpus, ram: flavor.ram });

  const now = ctx.sim.now();
  const no = state.nextInstanceNo++;
  const rec: ServerRec = {
    id: randomUUID(),
    name: b.name,
    tenant_id: project,
    user_id: auth.user.id,
    status: 'BUILD',
    vm_state: 'building',
    task_state: 'spawning',
    power_state: 0,
    flavor_id: flavor.id,
    image_id: image?.id ?? '',
    key_name: b.key_name ?? null,
    az: place.zone.zone,
    host: place.host,
    hypervisor_hostname: place.hypervisor,
    instance_name: `instance-${no.toString(16).padStart(8, '0')}`,
    metadata: {
      user_name: auth.user.name,
      alias: b.name,
      description: '',
      enableAdminPass: '1',
      ...meta,
      zone_uuid: place.zone.id,
    },
    ports,
    security_groups: groupNames,
    config_drive: truthy(b.config_drive),
    created: now,
    updated: now,
    launched_at: null,
  };
  state.servers.push(rec);
  // nova records the membership at the API, before scheduling: a failed server is a member too.
  group?.members.push(rec.id);
  if (boot) {
    boot.volume.status = 'in-use';
    boot.volume.attachments = [
      {
        server_id: rec.id,
        device: '/dev/vda',
        boot: true,
        delete_on_termination: boot.deleteOnTermination,
      },
    ];
  }
  ctx.sim.schedule('server.settle', DELAY.build ?? 0, rec.id, {
    action: 'build',
    task: 'spawning',
    ...(place.noValidHost ? { noValidHost: true } : {}),
  });
  const adminPass =
    b.adminPass ??
    randomBytes(9)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, 'x');
  return {
    status: 202,
    body: {
      server: {
        id: rec.id,
        links: links(ctx, project, 'servers', rec.id),
        adminPass,
        security_groups: rec.security_groups.map((name) => ({ name })),
        'OS-DCF:diskConfig': 'MANUAL' as const,
      },
    },
  };
}

function listServers(ctx: Ctx, detail: boolean) {
  const auth = caller(ctx);
  const state = coll(ctx.sim.state);
  const q = Object.fromEntries(
    Object.entries(ctx.query).map(([k, v]) => [k, v === undefined ? undefined : String(v)]),
  ) as Record<string, string | undefined>;
  const all = q.all_tenants !== undefined && ['1', 'true', 'True'].includes(q.all_tenants);
  if (all && !auth.isAdmin) throw forbidden('all_tenants is for cloud administrators only.');
  const regex = (value: string | undefined, name: string) => {
    if (value === undefined) return null;
    try {
      return new RegExp(value, 'i');
    } catch {
      throw badRequest(
        `${name} is not a valid regular expression.`,
        field(`query/${name}`, 'is not a valid regular expression'),
      );
    }
  };
  const name = regex(q.name, 'name');
  const host = regex(q.host, 'host');
  const since = q['changes-since'] !== undefined ? Date.parse(q['changes-since']) : null;
  let list = state.servers
    .filter(
      (s) =>
        (all
          ? !q.tenant_id || s.tenant_id === q.tenant_id
          : s.tenant_id === ctx.params.tenant_id) &&
        (!name || name.test(s.name)) &&
        (!host || (s.host !== null && host.test(s.host))) &&
        (!q.availability_zone || s.az === q.availability_zone) &&
        (!q.status || s.status === q.status) &&
        (!q.image || s.image_id === q.image) &&
        (!q.flavor || s.flavor_id === q.flavor) &&
        (since === null || s.updated >= since),
    )
    .sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1));
  if (q.marker !== undefined) {
    const at = list.findIndex((s) => s.id === q.marker);
    if (at < 0)
      throw badRequest(
        `marker [${q.marker}] not found`,
        field('query/marker', 'is not a server of the list'),
      );
    list = list.slice(at + 1);
  }
  const limit = q.limit !== undefined ? Number(q.limit) : undefined;
  const page = limit ? list.slice(0, limit) : list;
  const servers = page.map((s) =>
    detail
      ? wire(ctx, s)
      : { id: s.id, name: s.name, links: links(ctx, s.tenant_id, 'servers', s.id) },
  );
  const body: { servers: unknown[]; servers_links?: { href: string; rel: 'next' }[] } = { servers };
  const last = page.at(-1);
  if (limit && list.length > limit && last) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(ctx.query))
      if (k !== 'marker' && (typeof v === 'string' || typeof v === 'number'))
        params.set(k, String(v));
    params.set('marker', last.id);
    const hostName = ctx.headers.host ?? '127.0.0.1:11000';
    const path = `/os/compute/v1/v2/${ctx.params.tenant_id ?? ''}/servers${detail ? '/detail' : ''}`;
    body.servers_links = [{ href: `http://${hostName}${path}?${params.toString()}`, rel: 'next' }];
  }
  return { status: 200, body };
}

/** vm_states each action may start from (api-notes 4.1). */
const ALLOWED: Record<string, VmState[]> = {
  'os-stop': ['active', 'error'],
  'os-start': ['stopped'],
  suspend: ['active'],
  resume: ['suspended'],
  reboot: ['active'],
  rebootHard: ['active', 'stopped', 'error', 'paused', 'suspended'],
  resize: ['active', 'stopped'],
  liveresize: ['active'],
  'os-getVNCConsole': ['active'],
  shelve: ['active', 'stopped', 'paused', 'suspended'],
  unshelve: ['shelved', 'shelved_offloaded'],
  createImage: ['active', 'stopped', 'paused', 'suspended'],
};

function begin(
  ctx: Ctx,
  s: ServerRec,
  task: Task,
  action: string,
  extra: Record<string, unknown> = {},
  status?: Status,
) {
  s.task_state = task;
  if (status) s.status = status;
  s.updated = ctx.sim.now();
  ctx.sim.schedule('server.settle', DELAY[action] ?? 1000, s.id, { action, task, ...extra });
  return { status: 202 };
}

function resizeTo(ctx: Ctx, s: ServerRec, key: 'resize' | 'liveresize', flavorRef: string) {
  const path = `body/${key}/flavorRef`;
  const next = visibleFlavor(ctx, flavorRef, path);
  const cur = ctx.sim.state.flavors.find((f) => f.id === s.flavor_id);
  if (next.id === s.flavor_id)
    throw badRequest(
      'Flavor used by the instance could not be found: the new flavor is the current one.',
      field(path, 'is the current flavor'),
    );
  if (cur && key === 'resize' && next.disk < cur.disk) {
    throw badRequest(
      `Resizing to a smaller disk (${next.disk} GB < ${cur.disk} GB) is not supported.`,
      field(path, 'has a smaller disk than the current flavor'),
    );
  }
  if (cur && key === 'liveresize' && (next.vcpus < cur.vcpus || next.ram < cur.ram)) {
    throw badRequest(
      `A live resize cannot lower vCPUs or RAM (${cur.vcpus}→${next.vcpus} vCPUs, ${cur.ram}→${next.ram} MB).`,
      field(path, 'has fewer vCPUs or less RAM than the current flavor'),
    );
  }
  checkQuota(ctx.sim.state, s.tenant_id, {
    instances: 0,
    cores: next.vcpus - (cur?.vcpus ?? 0),
    ram: next.ram - (cur?.ram ?? 0),
  });
  return next;
}

function snapshot(
  ctx: Ctx,
  s: ServerRec,
  body: { name: string; metadata?: Record<string, string> },
) {
  const source: ImageRec | undefined = ctx.sim.state.images.find((i) => i.id === s.image_id);
  const flavor = ctx.sim.state.flavors.find((f) => f.id === s.flavor_id);
  const now = ctx.sim.now();
  const img = imageRecord(
    {
      id: randomUUID(),
      name: body.name,
      owner: s.tenant_id,
      status: 'saving',
      visibility: 'private',
      description: body.metadata?.description ?? '',
      disk_format: source?.disk_format ?? 'qcow2',
      virt_type: source?.virt_type ?? null,
      min_cpu: String(flavor?.vcpus ?? 1),
      min_ram: source?.min_ram ?? 0,
      min_disk: Math.max(source?.min_disk ?? 0, flavor?.disk ?? 0),
      cas_ostype: source?.cas_ostype ?? null,
      vmware_ostype: source?.vmware_ostype ?? null,
      sysdisk_type: source?.sysdisk_type ?? null,
      user_name: caller(ctx).user.name,
      image_type: 'snapshot',
      instance_uuid: s.id,
    },
    now,
  );
  ctx.sim.state.images.push(img);
  const size = (flavor?.disk ?? 10) * 1024 ** 3;
  ctx.sim.schedule('image.activate', DELAY.snapshot ?? 0, img.id, {
    size: Math.round(size / 3),
    checksum: createHash('md5').update(img.id).digest('hex'),
    blob: 'synthetic',
  });
  const result = begin(ctx, s, 'image_snapshot', 'snapshot');
  return { ...result, headers: { Location: `/os/image/v1/v2/images/${img.id}` } };
}

function serverAction(ctx: Ctx) {
  const s = findServer(ctx);
  const body = ctx.body as Record<string, unknown>;
  const key = Object.keys(body)[0] ?? '';
  const arg = body[key];
  const hard = key === 'reboot' && (arg as { type?: string } | null)?.type === 'HARD';
  const allowed = ALLOWED[hard ? 'rebootHard' : key];
  if (!allowed) throw badRequest(`Unknown action ${key}.`);
  if (s.task_state !== null)
    throw conflict(`Cannot '${key}' instance ${s.id} while it is in task_state ${s.task_state}`);
  if (!allowed.includes(s.vm_state))
    throw conflict(`Cannot '${key}' instance ${s.id} while it is in vm_state ${s.vm_state}`);

  switch (key) {
    case 'os-stop':
      return begin(ctx, s, 'powering-off', 'stop');
    case 'os-start':
      return begin(ctx, s, 'powering-on', 'start');
    case 'suspend':
      return begin(ctx, s, 'suspending', 'suspend');
    case 'resume':
      return begin(ctx, s, 'resuming', 'resume');
    case 'reboot':
      return hard
        ? begin(ctx, s, 'rebooting_hard', 'rebootHard', {}, 'HARD_REBOOT')
        : begin(ctx, s, 'rebooting', 'reboot', {}, 'REBOOT');
    case 'resize':
    case 'liveresize': {
      const next = resizeTo(ctx, s, key, (arg as { flavorRef: string }).flavorRef);
      const prev = s.status;
      return begin(ctx, s, 'resize_prep', key, { flavorId: next.id, prevStatus: prev }, 'RESIZE');
    }
    case 'os-getVNCConsole': {
      // Both console types point at the simulator's stand-in page (see vnc.ts): a real noVNC
      // proxy would be on :6080, which nothing serves here.
      const type = (arg as { type: 'novnc' | 'xvpvnc' }).type;
      const url = issueConsoleUrl(ctx.sim, s.id, ctx.headers.host ?? '127.0.0.1:11000');
      return { status: 200, body: { console: { type, url } } };
    }
    case 'shelve':
      return begin(ctx, s, 'shelving', 'shelve');
    case 'unshelve':
      return begin(ctx, s, 'unshelving', 'unshelve');
    case 'createImage':
      return snapshot(ctx, s, arg as { name: string; metadata?: Record<string, string> });
    default:
      throw badRequest(`Unknown action ${key}.`);
  }
}

/** A deleted server leaves its group, its volumes (deleting a boot volume marked so) and lease. */
function release(state: State, id: string) {
  state.servers = state.servers.filter((x) => x.id !== id);
  for (const g of state.serverGroups) g.members = g.members.filter((m) => m !== id);
  const gone = new Set<string>();
  for (const v of state.volumes) {
    const mine = v.attachments.filter((a) => a.server_id === id);
    if (mine.length === 0) continue;
    if (mine.some((a) => a.boot && a.delete_on_termination)) gone.add(v.id);
    v.attachments = v.attachments.filter((a) => a.server_id !== id);
    if (v.attachments.length === 0 && v.status === 'in-use') v.status = 'available';
  }
  if (gone.size) state.volumes = state.volumes.filter((v) => !gone.has(v.id));
  state.leases = state.leases.filter((l) => l.resUuid !== id);
}

/** 主机资产转移 (004:L7948): a new owner, and the owner's project when it is not a member. */
function transferServer(ctx: Ctx) {
  const auth = caller(ctx);
  const state = coll(ctx.sim.state);
  const id = ctx.params.server_id ?? '';
  const s = state.servers.find(
    (x) => x.id === id && (auth.isAdmin || x.tenant_id === auth.token.projectId),
  );
  if (!s) throw notFound(`Instance ${id} could not be found.`);
  const userId = (ctx.body as S['ServerTransfer']).transfer.user_id;
  const path = 'body/transfer/user_id';
  const user = state.users.find((u) => u.id === userId);
  if (!user)
    throw badRequest(`User ${userId} could not be found.`, field(path, 'is not a known user'));
  if (!user.enabled)
    throw badRequest(`User ${user.name} is disabled.`, field(path, 'is a disabled user'));
  if (user.id === s.user_id)
    throw badRequest(
      `Instance ${s.id} already belongs to user ${user.name}.`,
      field(path, 'is the current owner'),
    );
  const orgs = state.userProjects
    .filter((a) => a.userId === user.id)
    .map((a) => state.projects.find((p) => p.id === a.projectId))
    .filter((p) => p?.enabled);
  const target = orgs.some((p) => p?.id === s.tenant_id) ? s.tenant_id : orgs[0]?.id;
  if (!target)
    throw badRequest(
      `User ${user.name} belongs to no enabled organisation.`,
      field(path, 'has no organisation to receive the server'),
    );
  if (s.task_state !== null)
    throw conflict(`Cannot 'transfer' instance ${s.id} while it is in task_state ${s.task_state}`);
  const moved = target !== s.tenant_id;
  if (moved) {
    const f = state.flavors.find((x) => x.id === s.flavor_id);
    checkQuota(state, target, { instances: 1, cores: f?.vcpus ?? 0, ram: f?.ram ?? 0 });
    for (const g of state.serverGroups) g.members = g.members.filter((m) => m !== s.id);
  }
  for (const { v } of volumesOf(state, s.id)) {
    v.user_id = user.id;
    if (moved) v.tenant_id = target;
  }
  const lease = leaseOf(state, s.id);
  if (lease) {
    lease.userUuid = user.id;
    lease.userName = user.name;
    lease.email = leaseEmail(user.name);
    lease.tenantId = target;
  }
  s.user_id = user.id;
  s.metadata.user_name = user.name;
  s.tenant_id = target;
  s.updated = ctx.sim.now();
  return { status: 202 };
}

/** China Standard Time, the platform's local time for `yyyy-MM-dd HH:mm:ss` (no DST). */
const CST_OFFSET = 8 * 3600_000;

function parseLocalTime(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0] = m.slice(1).map(Number);
  const utc = Date.UTC(y, mo - 1, d, h, mi, sec);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return null;
  return utc - CST_OFFSET;
}

const localTime = (ms: number) =>
  new Date(ms + CST_OFFSET)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '');

function leaseWire(l: LeaseRec, now: number): S['ResourceTenancy'] {
  return {
    uuid: l.uuid,
    userUuid: l.userUuid,
    userName: l.userName,
    email: l.email,
    serUuid: l.serUuid,
    resUuid: l.resUuid,
    resName: l.resName,
    startTime: l.startTime,
    endTime: l.endTime,
    due: now > l.endTime,
    tenantId: l.tenantId,
    tenancyDay: Math.max(0, Math.floor((l.endTime - l.startTime) / DAY)),
    deleted: l.deleted,
    notified: l.notified,
  };
}

/** 缩短租期 (004:L10313): shorten only, to a time between now and the current end. */
function shortenResourceTenancy(ctx: Ctx) {
  const auth = caller(ctx);
  const state = coll(ctx.sim.state);
  const b = (ctx.body as S['ResourceTenancyShorten']).resourceTenancy;
  const lease = state.leases.find(
    (l) => l.uuid === b.uuid && !l.deleted && (auth.isAdmin || l.tenantId === auth.token.projectId),
  );
  if (!lease) throw notFound(`Resource tenancy ${b.uuid} could not be found.`);
  if (lease.resUuid !== b.resUuid)
    throw notFound(`Resource tenancy ${b.uuid} is not the lease of resource ${b.resUuid}.`);
  const path = 'body/resourceTenancy/endTime';
  const end = parseLocalTime(b.endTime);
  if (end === null)
    throw badRequest(
      `endTime ${b.endTime} is not a valid time.`,
      field(path, 'is not a valid date and time'),
    );
  const now = ctx.sim.now();
  if (end <= now)
    throw badRequest(
      `The new end time ${b.endTime} must be later than now (${localTime(now)}).`,
      field(path, 'must be later than now'),
    );
  if (end >= lease.endTime)
    throw badRequest(
      `A lease can only be shortened: the new end time ${b.endTime} must be earlier than the current one (${localTime(lease.endTime)}).`,
      field(path, 'must be earlier than the current end time'),
    );
  lease.endTime = end;
  lease.resName = b.resName;
  lease.notified = false;
  return { status: 200, body: { resourceTenancy: leaseWire(lease, now) } };
}

export const serversArea: Area = {
  handlers: {
    listServers: (ctx) => listServers(ctx, false),
    listServersDetail: (ctx) => listServers(ctx, true),
    getServer: (ctx) => ({ status: 200, body: { server: wire(ctx, findServer(ctx)) } }),
    createServer,
    updateServer: (ctx) => {
      const s = findServer(ctx);
      s.name = (ctx.body as S['ServerRename']).server.name;
      s.updated = ctx.sim.now();
      return { status: 200, body: { server: wire(ctx, s) } };
    },
    deleteServer: (ctx) => {
      const s = findServer(ctx);
      if (s.task_state !== 'deleting') {
        s.task_state = 'deleting';
        s.updated = ctx.sim.now();
        ctx.sim.schedule('server.settle', DELAY.delete ?? 0, s.id, {
          action: 'delete',
          task: 'deleting',
        });
      }
      return { status: 204 };
    },
    serverAction,
    transferServer,
    shortenResourceTenancy,
  },

  tasks: {
    'server.settle': (sim, task) => {
      const state = coll(sim.state);
      const s = state.servers.find((x) => x.id === task.ref);
      const data = task.data ?? {};
      // A later action (a delete, say) superseded this transition.
      if (!s || s.task_state !== data.task) return;
      switch (data.action) {
        case 'build':
          if (data.noValidHost === true || s.name.toLowerCase().startsWith('error')) {
            settle(sim, s, 'ERROR');
            s.host = null;
            s.hypervisor_hostname = null;
            s.fault = { code: 500, message: NO_VALID_HOST, created: sim.now() };
          } else {
            settle(sim, s, 'ACTIVE');
            s.launched_at = sim.now();
          }
          return;
        case 'stop':
          return settle(sim, s, 'SHUTOFF');
        case 'suspend':
          return settle(sim, s, 'SUSPENDED');
        case 'start':
        case 'resume':
        case 'reboot':
        case 'rebootHard':
          return settle(sim, s, 'ACTIVE');
        case 'resize':
        case 'liveresize':
          s.flavor_id = String(data.flavorId ?? s.flavor_id);
          return settle(sim, s, data.prevStatus === 'SHUTOFF' ? 'SHUTOFF' : 'ACTIVE');
        case 'shelve':
          settle(sim, s, 'SHELVED');
          s.task_state = 'shelving_offloading';
          sim.schedule('server.settle', DELAY.offload ?? 0, s.id, {
            action: 'offload',
            task: 'shelving_offloading',
          });
          return;
        case 'offload':
          settle(sim, s, 'SHELVED_OFFLOADED');
          s.host = null;
          s.hypervisor_hostname = null;
          return;
        case 'unshelve': {
          const hosts = ZONE_HOSTS[s.az] ?? [[`comp-${s.az}`, s.az]];
          const [host = '', hyper = ''] = hosts[0] ?? [];
          s.host ??= host;
          s.hypervisor_hostname ??= hyper;
          return settle(sim, s, 'ACTIVE');
        }
        case 'snapshot':
          s.task_state = null;
          s.updated = sim.now();
          return;
        case 'delete':
          return release(state, s.id);
      }
    },
  },

  onSeed: (sim) => {
    // Seeded leases count from the seed epoch; moved to count from now, "expires in two days"
    // and "due" stay true of the seeded ones whenever the world is seeded.
    const shift = Math.round((sim.now() - SEED_EPOCH) / 1000) * 1000;
    for (const l of coll(sim.state).leases) {
      l.startTime += shift;
      l.endTime += shift;
    }
    // The servers' own times too: a server seeded as building was created seconds ago, not on
    // the seed epoch, and no launch time lies before its creation or after now.
    for (const s of coll(sim.state).servers) {
      s.created += shift;
      s.updated += shift;
      if (s.launched_at !== null) s.launched_at += shift;
      if (s.fault) s.fault.created += shift;
    }
    const settleAfter: Partial<Record<Status, [string, number]>> = {
      BUILD: ['build', 30_000],
      REBOOT: ['reboot', 20_000],
      HARD_REBOOT: ['rebootHard', 25_000],
      RESIZE: ['resize', 60_000],
    };
    for (const s of coll(sim.state).servers) {
      const plan = settleAfter[s.status];
      if (!plan || s.task_state === null) continue;
      const [action, delay] = plan;
      sim.schedule('server.settle', delay, s.id, {
        action,
        task: s.task_state,
        flavorId: s.flavor_id,
        prevStatus: 'ACTIVE',
      });
    }
  },
};
