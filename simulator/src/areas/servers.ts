// Cloud servers (004 §1.9, core): nova instances with the state machine of api-notes 4.1, compute
// quota per project (4.8), and the multiplexed action operation (I-13).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { components } from '../../../src/api/generated/schema.d.ts';
import { caller, type Area, type Ctx } from '../area.ts';
import {
  badRequest,
  conflict,
  forbidden,
  notFound,
  SimError,
  type ErrorDetail,
} from '../errors.ts';
import { imageRecord, intToIp, ipToInt, STATUS_STATES, ZONE_HOSTS } from '../seed.ts';
import type { Sim } from '../sim.ts';
import type {
  ComputeQuotaRec,
  FlavorRec,
  ImageRec,
  NetworkRec,
  ServerPortRec,
  ServerRec,
  State,
} from '../state.ts';

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

/** States persisted before servers existed lack the collections; they start empty then. */
function coll(state: State) {
  const s = state as Partial<State>;
  s.servers ??= [];
  s.networks ??= [];
  s.computeQuotas ??= {};
  s.nextInstanceNo ??= s.servers.length + 1;
  return s as State;
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
    image: { id: s.image_id, links: links(ctx, s.tenant_id, 'images', s.image_id, false) },
    user_id: s.user_id,
    tenant_id: s.tenant_id,
    metadata: { ...s.metadata },
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
    'os-extended-volumes:volumes_attached': [],
    security_groups: s.security_groups.map((name) => ({ name })),
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

function usage(state: State, project: string): ComputeQuotaRec {
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

/** The project's nova AZ by name (api-notes I-34: `az[:compute_node[:target]]`). */
function placement(ctx: Ctx, project: string, requested: string | undefined, cvk?: string) {
  const state = ctx.sim.state;
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
  let pick = hosts[Math.floor(Math.random() * hosts.length)] ?? hosts[0];
  if (node) {
    pick = hosts.find(([h]) => h === node);
    if (!pick) {
      throw badRequest(
        `Compute node ${node} is not in availability zone ${zone.zone}.`,
        field('body/server/availability_zone', 'names an unknown compute node'),
      );
    }
  }
  const [host = '', hyper = ''] = pick ?? [];
  return { zone, host, hypervisor: target ?? cvk ?? hyper };
}

type CreateBody = S['ServerCreate'];

function createServer(ctx: Ctx) {
  const auth = caller(ctx);
  const state = coll(ctx.sim.state);
  const project = ctx.params.tenant_id ?? '';
  const b = (ctx.body as CreateBody).server;

  const flavor = visibleFlavor(ctx, b.flavorRef, 'body/server/flavorRef');
  const image = state.images.find((i) => i.id === b.imageRef);
  if (!image || !(auth.isAdmin || image.visibility === 'public' || image.owner === project)) {
    throw badRequest(
      `Image ${b.imageRef} could not be found.`,
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
  const place = placement(ctx, project, b.availability_zone, meta.cvk);
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
    image_id: image.id,
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
    security_groups: (b.security_groups ?? [{ name: 'default' }]).map((g) => g.name),
    config_drive: truthy(b.config_drive),
    created: now,
    updated: now,
    launched_at: null,
  };
  state.servers.push(rec);
  ctx.sim.schedule('server.settle', DELAY.build ?? 0, rec.id, {
    action: 'build',
    task: 'spawning',
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
        (all || s.tenant_id === ctx.params.tenant_id) &&
        (!name || name.test(s.name)) &&
        (!host || (s.host !== null && host.test(s.host))) &&
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
      const type = (arg as { type: 'novnc' | 'xvpvnc' }).type;
      const host = (ctx.headers.host ?? '127.0.0.1').split(':')[0] ?? '127.0.0.1';
      const token = randomUUID();
      const url =
        type === 'novnc'
          ? `http://${host}:6080/vnc_auto.html?token=${token}`
          : `http://${host}:6081/console?token=${token}`;
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
          if (s.name.toLowerCase().startsWith('error')) {
            settle(sim, s, 'ERROR');
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
          state.servers = state.servers.filter((x) => x.id !== s.id);
          return;
      }
    },
  },

  onSeed: (sim) => {
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
