// The views of the compute hosts that §1.7 items 6–7 give an organisation: the services of its
// zones (os-services) and their hosts (os-hosts).
import type { Ctx } from '../../area.ts';
import type { AzoneRec } from '../../state.ts';

type Kind = 'compute' | 'block_storage';
export type ServiceRow = {
  id: number;
  binary: string;
  service: string;
  zone: string;
  host: string;
  status: 'enabled' | 'disabled';
  state: 'up' | 'down';
  disabled_reason: string | null;
};

type ZoneCtx = Pick<Ctx, 'sim'> & { params: { tenant_id: string } };

/** The path organisation's zones of one kind (nova for compute, cinder for block storage). */
export function projectZones(ctx: ZoneCtx, resourceType: string): AzoneRec[] {
  const state = ctx.sim.state;
  const ids = new Set(
    state.azoneProjects
      .filter((ap) => ap.projectId === ctx.params.tenant_id)
      .map((ap) => ap.azoneId),
  );
  return state.azones.filter((a) => ids.has(a.id) && a.resourceType === resourceType);
}

const control = (id: number, binary: string, host: string): ServiceRow => ({
  id,
  binary,
  service: binary.replace(/^(nova|cinder)-/, ''),
  zone: 'internal',
  host,
  status: 'enabled',
  state: 'up',
  disabled_reason: null,
});

/** cinder-volume's host is `<node>@<backend>`; the backend follows the zone's platform. */
const VOLUME_BACKEND: Record<string, string> = { CAS: 'cas_volume', VMware: 'vmware_volume' };

export function services(ctx: ZoneCtx & Pick<Ctx, 'headers'>): ServiceRow[] {
  // H3CloudOS-Core-Target (validated against its enum before the handler runs).
  const kind: Kind =
    ctx.headers['h3cloudos-core-target'] === 'block_storage' ? 'block_storage' : 'compute';
  if (kind === 'block_storage') {
    // A cinder-volume service's id follows its zone's place among all zones.
    const place = new Map(ctx.sim.state.azones.map((a, i): [string, number] => [a.id, i]));
    return [
      control(1, 'cinder-scheduler', 'cinder-service'),
      ...projectZones(ctx, 'cinder').map((a): ServiceRow => ({
        ...control(10 + (place.get(a.id) ?? 0), 'cinder-volume', ''),
        zone: a.zone,
        host: `cinder-${a.zone}@${VOLUME_BACKEND[a.virtType] ?? 'lvm'}`,
      })),
    ];
  }
  const zones = new Set(projectZones(ctx, 'nova').map((a) => a.zone));
  const computes = new Map<string, ServiceRow>();
  for (const h of ctx.sim.state.hypervisors) {
    if (!zones.has(h.zone) || computes.has(h.host)) continue;
    computes.set(h.host, {
      id: Number(h.service_id),
      binary: 'nova-compute',
      service: 'compute',
      zone: h.zone,
      host: h.host,
      status: h.status,
      state: h.state,
      disabled_reason: h.disabled_reason,
    });
  }
  return [
    control(1, 'nova-conductor', 'nova-service'),
    control(2, 'nova-scheduler', 'nova-service'),
    control(3, 'nova-consoleauth', 'nova-service'),
    ...[...computes.values()].sort((a, b) => a.id - b.id),
  ];
}

/** The last heartbeat: seconds ago for a service that is up, hours ago for one that is down. */
export function heartbeat(now: number, row: ServiceRow) {
  const ago = row.state === 'up' ? ((row.id * 7919) % 9) + 1 : 3 * 3600 + row.id * 60;
  return new Date(now - ago * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
