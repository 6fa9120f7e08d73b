// Bare-metal records as ironic shows them (004 §1.12): links under the kinton gateway, ironic's
// `…+00:00` timestamps, masked secrets and the vendor display status. Also the look-ups every
// handler shares (a node by uuid or name, its ports and portgroups).
import type { Ctx } from '../../area.ts';
import { notFound } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { BmNodeRec, BmPortRec, BmPortgroupRec, Schemas } from '../../state.ts';
import { displayStatus } from './states.ts';

/** ironic's timestamp form: seconds, `+00:00`. */
export const ironicTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
const maybeTime = (ms: number | null) => (ms === null ? null : ironicTime(ms));

type Link = Schemas['BmLink'];
const base = (ctx: Pick<Ctx, 'headers'>) =>
  `http://${ctx.headers.host ?? '127.0.0.1:11000'}/os/kinton/v1/v1`;
const link = (href: string): Link[] => [{ href, rel: 'self' }];

const MASK = '******';

export function nodeWire(ctx: Pick<Ctx, 'headers'>): (n: BmNodeRec) => Schemas['BmNode'] {
  const root = base(ctx);
  return (n) => {
    const self = `${root}/nodes/${n.uuid}`;
    const driverInfo: Record<string, string> = {};
    for (const [k, v] of Object.entries(n.driver_info))
      driverInfo[k] = k.endsWith('password') && v !== '' ? MASK : v;
    const instanceInfo = { ...n.instance_info };
    if (typeof instanceInfo.configdrive === 'string' && instanceInfo.configdrive !== '')
      instanceInfo.configdrive = MASK;
    const iface = (k: string) => n.interfaces[k] ?? null;
    return {
      uuid: n.uuid,
      name: n.name,
      driver: n.driver,
      driver_info: driverInfo,
      driver_internal_info: { ...n.driver_internal_info },
      provision_state: n.provision_state,
      target_provision_state: n.target_provision_state,
      power_state: n.power_state,
      target_power_state: n.target_power_state,
      maintenance: n.maintenance,
      maintenance_reason: n.maintenance_reason,
      last_error: n.last_error,
      reservation: n.reservation,
      instance_uuid: n.instance_uuid,
      instance_info: instanceInfo,
      properties: { ...n.properties, display_status: displayStatus(n) },
      extra: { ...n.extra },
      resource_class: n.resource_class,
      chassis_uuid: n.chassis_uuid,
      console_enabled: false,
      clean_step: { ...n.clean_step },
      raid_config: {},
      target_raid_config: {},
      boot_interface: iface('boot_interface'),
      console_interface: iface('console_interface'),
      deploy_interface: iface('deploy_interface'),
      inspect_interface: iface('inspect_interface'),
      management_interface: iface('management_interface'),
      network_interface: n.network_interface,
      power_interface: iface('power_interface'),
      raid_interface: iface('raid_interface'),
      storage_interface: iface('storage_interface'),
      vendor_interface: iface('vendor_interface'),
      created_at: ironicTime(n.created),
      updated_at: maybeTime(n.updated),
      provision_updated_at: maybeTime(n.provision_updated),
      inspection_started_at: maybeTime(n.inspection_started),
      inspection_finished_at: maybeTime(n.inspection_finished),
      links: link(self),
      ports: link(`${self}/ports`),
      portgroups: link(`${self}/portgroups`),
      states: link(`${self}/states`),
      volume: link(`${self}/volume`),
    };
  };
}

export function portWire(ctx: Pick<Ctx, 'headers'>): (p: BmPortRec) => Schemas['BmPort'] {
  const root = base(ctx);
  return (p) => ({
    uuid: p.uuid,
    address: p.address,
    node_uuid: p.node_uuid,
    portgroup_uuid: p.portgroup_uuid,
    pxe_enabled: p.pxe_enabled,
    physical_network: p.physical_network,
    local_link_connection: { ...p.local_link_connection },
    extra: p.extra === null ? null : { ...p.extra },
    internal_info: p.internal_info === null ? null : { ...p.internal_info },
    links: link(`${root}/ports/${p.uuid}`),
    created_at: ironicTime(p.created),
    updated_at: maybeTime(p.updated),
  });
}

export function portgroupWire(
  ctx: Pick<Ctx, 'headers'>,
  sim: Sim,
): (g: BmPortgroupRec) => Schemas['BmPortgroup'] {
  const root = base(ctx);
  const members = portsByPortgroup(sim);
  return (g) => ({
    uuid: g.uuid,
    node_uuid: g.node_uuid,
    name: g.name,
    address: g.address,
    mode: g.mode,
    standalone_ports_supported: g.standalone_ports_supported,
    properties: { ...g.properties },
    extra: g.extra === null ? null : { ...g.extra },
    internal_info: { ...g.internal_info },
    port_uuids: (members.get(g.uuid) ?? []).map((p) => p.uuid),
    links: link(`${root}/portgroups/${g.uuid}`),
    ports: link(`${root}/portgroups/${g.uuid}/ports`),
    created_at: ironicTime(g.created),
    updated_at: maybeTime(g.updated),
  });
}

/** Nodes by uuid (a uuid never changes: kept across writes inside nodes, such as a step's). */
export const nodesByUuid = (sim: Sim) =>
  sim.index('baremetalNodes', 'uuid', (n) => n.uuid, { stable: true });
export const nodesByName = (sim: Sim) => sim.index('baremetalNodes', 'name', (n) => n.name);
export const nodesByInstance = (sim: Sim) =>
  sim.index('baremetalNodes', 'instance', (n) => n.instance_uuid);
export const portsByNode = (sim: Sim) => sim.index('baremetalPorts', 'node', (p) => p.node_uuid);
export const portsByUuid = (sim: Sim) => sim.index('baremetalPorts', 'uuid', (p) => p.uuid);
export const portsByAddress = (sim: Sim) =>
  sim.index('baremetalPorts', 'address', (p) => p.address);
export const portsByPortgroup = (sim: Sim) =>
  sim.index('baremetalPorts', 'portgroup', (p) => p.portgroup_uuid);
export const portgroupsByNode = (sim: Sim) =>
  sim.index('baremetalPortgroups', 'node', (g) => g.node_uuid);
export const portgroupsByUuid = (sim: Sim) =>
  sim.index('baremetalPortgroups', 'uuid', (g) => g.uuid);

/** A node by uuid, or by name as ironic allows; undefined when neither. */
export function lookupNode(sim: Sim, ident: string): BmNodeRec | undefined {
  return nodesByUuid(sim).get(ident)?.[0] ?? nodesByName(sim).get(ident)?.[0];
}

/** The node of a path, or 404 with ironic's message. */
export function findNode(sim: Sim, ident: string): BmNodeRec {
  const n = lookupNode(sim, ident);
  if (!n) throw notFound(`Node ${ident} could not be found.`);
  return n;
}

/** A MAC as ironic stores it: lower case, `:`-separated. */
export const normalMac = (mac: string) => mac.toLowerCase().replace(/-/g, ':');

/** A copy of a map without one key. */
export const without = <T>(map: Record<string, T>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(map).filter(([k]) => k !== key));
