// A server as nova shows it: links, hostId, addresses by network name, attached volumes, the lease
// in the metadata and the fault of an ERROR server.
import { createHash } from 'node:crypto';
import type { Ctx } from '../../area.ts';
import type { Sim } from '../../sim.ts';
import type { Schemas, ServerRec, VolumeRec } from '../../state.ts';
import { isoSec } from '../../time.ts';
import { networksById, volumesByServer } from '../compute-reference/indexes.ts';
import { leasesByServer } from './indexes.ts';
import { NO_VALID_HOST } from './states.ts';

type Server = Schemas['Server'];
type Link = Schemas['ServerLink'];

export function links(
  ctx: Pick<Ctx, 'headers'>,
  tenant: string,
  kind: string,
  id: string,
  self = true,
): Link[] {
  const host = ctx.headers.host ?? '127.0.0.1:11000';
  const tail = `${encodeURIComponent(tenant)}/${kind}/${encodeURIComponent(id)}`;
  const bookmark: Link = { href: `http://${host}/os/compute/v1/${tail}`, rel: 'bookmark' };
  return self
    ? [{ href: `http://${host}/os/compute/v1/v2/${tail}`, rel: 'self' }, bookmark]
    : [bookmark];
}

export type AttachedVolume = { v: VolumeRec; boot: boolean; device: string };

/** A server's volumes, the boot volume first, then by device; look-ups made once per call. */
export function volumesOf(sim: Sim): (serverId: string) => AttachedVolume[] {
  const byServer = volumesByServer(sim);
  return (serverId) => {
    const out: AttachedVolume[] = [];
    for (const v of byServer.get(serverId) ?? [])
      for (const a of v.attachments)
        if (a.server_id === serverId) out.push({ v, boot: a.boot, device: a.device });
    return out.sort((a, b) => Number(b.boot) - Number(a.boot) || a.device.localeCompare(b.device));
  };
}

/**
 * The wire form of servers. The relations (lease, volumes, networks) are looked up in indexes
 * taken once here, so mapping a page of servers never scans a collection per server.
 */
export function serverWire(ctx: Pick<Ctx, 'sim' | 'headers'>): (s: ServerRec) => Server {
  const leaseOf = leasesByServer(ctx.sim);
  const attached = volumesOf(ctx.sim);
  const network = networksById(ctx.sim);
  return (s) => {
    const lease = leaseOf(s.id);
    // The documents have no lease read: a leased server shows its lease in its metadata.
    const tenancy: Record<string, string> = lease
      ? { tenancyId: lease.uuid, tenancyEndTime: String(lease.endTime) }
      : {};
    const addresses: Server['addresses'] = {};
    for (const p of s.ports) {
      const net = network(p.net_id)?.name ?? p.net_id;
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
      'os-extended-volumes:volumes_attached': attached(s.id).map(({ v }) => ({ id: v.id })),
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
  };
}
