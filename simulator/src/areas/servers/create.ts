// Server create (004:L6011 image boot, 004:L9981 boot from an existing system disk): every check
// nova's API makes before it accepts the request, then a BUILD server that settles in ~3 s.
import { randomBytes, randomUUID } from 'node:crypto';
import { caller, type OpCtx } from '../../area.ts';
import { badRequest, conflict } from '../../errors.ts';
import type { FlavorRec, ImageRec, Schemas, ServerPortRec, ServerRec } from '../../state.ts';
import { inCidr } from '../compute-reference/ip.ts';
import { securityGroupsOf } from '../compute-reference/wire.ts';
import { field, visibleFlavor } from './lookup.ts';
import { allocateIp, mac, placement, usedIps } from './placement.ts';
import { checkQuota } from './quota.ts';
import { deployBareMetal, isBareMetal, planBareMetal } from '../bare-metal/instances.ts';
import { DELAY } from './states.ts';
import { links } from './wire.ts';

type Ctx = OpCtx<'createServer'>;
type Fields = Schemas['ServerCreateFields'];

const truthy = (v: unknown) => v === true || v === 'true' || v === 'True';

/** The boot volume of a boot-from-volume request (004:L9981): a bootable, available volume. */
function bootVolume(ctx: Ctx, project: string, b: Fields, flavor: FlavorRec) {
  const bdm = b.block_device_mapping_v2?.[0];
  if (!bdm) return undefined;
  const state = ctx.sim.state;
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

/** One port per requested network: a fixed IP in the network's CIDR, or the next free one. */
function ports(ctx: Ctx, project: string, b: Fields): ServerPortRec[] {
  const state = ctx.sim.state;
  const out: ServerPortRec[] = [];
  for (const [i, n] of b.networks.entries()) {
    const net = state.networks.find((x) => x.id === n.uuid);
    if (!net || !(net.shared || net.tenant_id === project)) {
      throw badRequest(
        `Network ${n.uuid} could not be found.`,
        field(`body/server/networks/${i}/uuid`, 'is not a network of the project'),
      );
    }
    const taken = new Set(out.map((p) => p.ip));
    let ip: string;
    if (n.fixed_ip !== undefined) {
      if (!inCidr(n.fixed_ip, net.cidr)) {
        throw badRequest(
          `Fixed IP ${n.fixed_ip} is not in the subnet ${net.cidr} of network ${net.name}.`,
          field(`body/server/networks/${i}/fixed_ip`, `is not in ${net.cidr}`),
        );
      }
      if (usedIps(ctx.sim, net.id).has(n.fixed_ip) || taken.has(n.fixed_ip))
        throw conflict(`Fixed IP address ${n.fixed_ip} is already in use on network ${net.name}.`);
      ip = n.fixed_ip;
    } else {
      ip = allocateIp(ctx.sim, net, taken);
    }
    out.push({ net_id: net.id, ip, mac: mac() });
  }
  return out;
}

export function createServer(ctx: Ctx) {
  const auth = caller(ctx);
  const state = ctx.sim.state;
  const project = ctx.params.tenant_id;
  const body = ctx.body;
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
  // A bare-metal server (004:L14868, L15131) takes a node of an ironic zone instead of a host.
  const bare = isBareMetal(meta) ? planBareMetal(ctx, project, b, meta) : null;
  if (bare && boot)
    throw badRequest(
      'A bare-metal server boots from an image: block_device_mapping_v2 is not accepted with extraType BareMetal.',
      field('body/server/block_device_mapping_v2', 'is not accepted for a bare-metal server'),
    );
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
  // nova's min_count/max_count: as many servers as the quota allows, at least min_count (403
  // otherwise), at most max_count; named `<name>-1…N` when more than one.
  const minCount = b.min_count ?? 1;
  const maxCount = b.max_count ?? minCount;
  if (maxCount < minCount) {
    throw badRequest(
      `min_count ${minCount} is greater than max_count ${maxCount}.`,
      field('body/server/min_count', 'must not exceed max_count'),
    );
  }
  if (maxCount > 1 && (boot || b.networks.some((n) => n.fixed_ip !== undefined))) {
    throw badRequest(
      boot
        ? 'Boot from an existing volume creates one server: max_count must be 1.'
        : 'A fixed IP can be given to one server only: max_count must be 1.',
      field('body/server/max_count', 'must be 1 here'),
    );
  }
  let count = maxCount;
  for (;;) {
    const need = { instances: count, cores: flavor.vcpus * count, ram: flavor.ram * count };
    try {
      checkQuota(ctx.sim, project, need);
      break;
    } catch (err) {
      if (count <= minCount) throw err;
      count -= 1;
    }
  }
  const groupNames = [...new Set((b.security_groups ?? [{ name: 'default' }]).map((g) => g.name))];
  const known = new Set(securityGroupsOf(ctx.sim, project).map((g) => g.name));
  for (const [i, g] of (b.security_groups ?? []).entries()) {
    if (!known.has(g.name)) {
      throw badRequest(
        `Security group ${g.name} not found for project ${project}.`,
        field(`body/server/security_groups/${i}/name`, 'is not a security group of the project'),
      );
    }
  }
  const build = (name: string): ServerRec => {
    const place = bare
      ? {
          zone: bare.zone,
          host: bare.node ? bare.host : null,
          // The node is found by instance_uuid: os-hypervisors lists no ironic nodes here.
          hypervisor: null,
          noValidHost: !bare.node,
        }
      : placement(ctx, project, b.availability_zone, meta.cvk, group);
    if (meta.zone_uuid !== undefined && meta.zone_uuid !== place.zone.id) {
      throw badRequest(
        `metadata.zone_uuid ${meta.zone_uuid} is not the id of availability zone ${place.zone.zone}.`,
        field('body/server/metadata/zone_uuid', 'does not match availability_zone'),
      );
    }
    const nics = ports(ctx, project, b);
    const now = ctx.sim.now();
    const no = state.nextInstanceNo++;
    const rec: ServerRec = {
      id: randomUUID(),
      name,
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
        alias: name,
        description: '',
        enableAdminPass: '1',
        ...meta,
        zone_uuid: place.zone.id,
      },
      ports: nics,
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
    // A bare-metal server settles when its node's deploy ends (bare-metal/instances.ts).
    if (bare && deployBareMetal(ctx.sim, bare, rec, image, flavor, auth.user, b.user_data))
      return rec;
    ctx.sim.schedule('server.settle', DELAY.build ?? 0, rec.id, {
      action: 'build',
      task: 'spawning',
      ...(place.noValidHost ? { noValidHost: true } : {}),
    });
    return rec;
  };
  const recs = Array.from({ length: count }, (_, k) =>
    build(count > 1 ? `${b.name}-${k + 1}` : b.name),
  );
  const rec = recs[0] as ServerRec;
  // An absent or empty adminPass is generated, as nova does.
  const adminPass =
    b.adminPass ||
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
        'OS-DCF:diskConfig': 'MANUAL',
      },
    },
  };
}
