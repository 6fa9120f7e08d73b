// Ports and portgroups (004 §1.12 items 10–16): a node's NICs by MAC (unique) and its bonds;
// binding a port to a portgroup of the same node by JSON Patch.
import { randomUUID } from 'node:crypto';
import { requireAdmin } from '../../auth.ts';
import { caller, type OpCtx } from '../../area.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { unwrap, type Sim } from '../../sim.ts';
import type { BmNodeRec, BmPortRec, BmPortgroupRec, Schemas } from '../../state.ts';
import { checkUnlocked } from './machine.ts';
import {
  findNode,
  lookupNode,
  normalMac,
  portWire,
  portgroupWire,
  portgroupsByNode,
  portgroupsByUuid,
  portsByAddress,
  portsByNode,
  portsByPortgroup,
  portsByUuid,
  without,
} from './wire.ts';

const PAGE = 1000;
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;

export const BOND_MODES: readonly Schemas['BmPortgroupMode'][] = [
  'balance-rr',
  'active-backup',
  'balance-xor',
  'broadcast',
  '802.3ad',
  'balance-tlb',
  'balance-alb',
];

/** A deployed node (with a server) out of maintenance: its wiring is in use. */
const inUse = (n: BmNodeRec) => n.instance_uuid !== null && !n.maintenance;

function checkMacFree(sim: Sim, mac: string, self?: string) {
  const other = portsByAddress(sim).get(mac)?.[0];
  if (other && other.uuid !== self)
    throw conflict(`A port with MAC address ${mac} already exists (port ${other.uuid}).`);
}

function bodyNode(sim: Sim, ident: string): BmNodeRec {
  const n = lookupNode(sim, ident);
  if (!n)
    throw badRequest(`Node ${ident} could not be found.`, [
      { path: 'body/node_uuid', message: 'is not a known node' },
    ]);
  return n;
}

function portgroupOf(sim: Sim, uuid: string, node: BmNodeRec, path: string): BmPortgroupRec {
  const g = portgroupsByUuid(sim).get(uuid)?.[0];
  if (!g)
    throw badRequest(`Portgroup ${uuid} could not be found.`, [
      { path, message: 'is not a known portgroup' },
    ]);
  if (g.node_uuid !== node.uuid)
    throw badRequest(
      `Port can not be added to portgroup ${uuid}: the port is on node ${node.uuid}, the portgroup on node ${g.node_uuid}; they belong to different nodes.`,
      [{ path, message: 'is a portgroup of another node' }],
    );
  return g;
}

function findPort(sim: Sim, uuid: string): BmPortRec {
  const p = portsByUuid(sim).get(uuid)?.[0];
  if (!p) throw notFound(`Port ${uuid} could not be found.`);
  return p;
}

function nodeOfPort(sim: Sim, p: BmPortRec): BmNodeRec {
  const n = lookupNode(sim, p.node_uuid);
  if (!n) throw notFound(`Node ${p.node_uuid} of port ${p.uuid} could not be found.`);
  return n;
}

type PatchOp = Schemas['BmJsonPatch'][number];

function patchPort(sim: Sim, port: BmPortRec, node: BmNodeRec, p: PatchOp, i: number) {
  const where = `body/${i}/path`;
  const parts = p.path.slice(1).split('/');
  const top = parts[0] ?? '';
  const value = p.op === 'remove' ? undefined : p.value;
  if (p.op !== 'remove' && value === undefined)
    throw badRequest(`Operation ${i} ("${p.op}" ${p.path}) needs a value.`, [
      { path: `body/${i}/value`, message: 'is required for add and replace' },
    ]);
  const str = (v: unknown) => {
    if (typeof v !== 'string')
      throw badRequest(`${p.path} takes a string.`, [
        { path: `body/${i}/value`, message: 'is not a string' },
      ]);
    return v;
  };
  if (parts.length > 1 && (top === 'local_link_connection' || top === 'extra')) {
    const key = parts.slice(1).join('/');
    if (top === 'extra') {
      const extra = without(port.extra ?? {}, key);
      if (value !== undefined) extra[key] = value;
      port.extra = extra;
      return;
    }
    if (!['switch_id', 'port_id', 'switch_info'].includes(key))
      throw badRequest(`${p.path}: local_link_connection has switch_id, port_id and switch_info.`, [
        { path: where, message: 'is not a local_link_connection key' },
      ]);
    const llc: Record<string, string> = without({ ...port.local_link_connection }, key);
    if (value !== undefined) llc[key] = str(value);
    port.local_link_connection = llc;
    return;
  }
  if (parts.length !== 1)
    throw badRequest(`${p.path} is not a port attribute that can be updated.`, [
      { path: where, message: 'is not an updatable attribute' },
    ]);
  switch (top) {
    case 'portgroup_uuid':
      if (value === undefined) {
        port.portgroup_uuid = null;
        return;
      }
      port.portgroup_uuid = portgroupOf(sim, str(value), node, `body/${i}/value`).uuid;
      return;
    case 'address': {
      const mac = normalMac(str(value ?? ''));
      if (!MAC.test(mac))
        throw badRequest(`Invalid MAC address: ${String(value)}.`, [
          { path: `body/${i}/value`, message: 'is not a MAC address' },
        ]);
      checkMacFree(sim, mac, port.uuid);
      port.address = mac;
      return;
    }
    case 'pxe_enabled':
      if (value !== undefined && typeof value !== 'boolean')
        throw badRequest('/pxe_enabled takes a boolean.', [
          { path: `body/${i}/value`, message: 'is not a boolean' },
        ]);
      port.pxe_enabled = value ?? true;
      return;
    case 'physical_network':
      port.physical_network = value === undefined ? null : str(value).slice(0, 64);
      return;
    case 'local_link_connection':
      if (value === undefined) port.local_link_connection = {};
      else if (typeof value === 'object' && value !== null)
        port.local_link_connection = Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, String(v)]),
        );
      else
        throw badRequest('/local_link_connection takes an object.', [
          { path: `body/${i}/value`, message: 'is not an object' },
        ]);
      return;
    case 'extra':
      port.extra = value === undefined ? null : (value as Record<string, unknown>);
      return;
    default:
      if (
        p.op === 'remove' &&
        !['uuid', 'node_uuid', 'internal_info', 'created_at', 'updated_at'].includes(top)
      )
        return;
      throw badRequest(`'/${top}' can not be updated on a port.`, [
        { path: where, message: 'is read-only' },
      ]);
  }
}

function portgroupsPage(ctx: OpCtx<'listBaremetalPortgroups'>) {
  const sim = ctx.sim;
  const q = ctx.query;
  const source: readonly BmPortgroupRec[] =
    q.node !== undefined
      ? (portgroupsByNode(sim).get(findNode(sim, q.node).uuid) ?? [])
      : sim.state.baremetalPortgroups;
  let from = 0;
  if (q.marker !== undefined) {
    const i = source.findIndex((g) => g.uuid === q.marker);
    if (i < 0) throw badRequest(`Marker ${q.marker} is not a portgroup of the list.`);
    from = i + 1;
  }
  const limit = Math.min(q.limit ?? PAGE, PAGE);
  const page = source.slice(from, from + limit);
  const body: Schemas['BmPortgroupList'] = { portgroups: page.map(portgroupWire(ctx, sim)) };
  const last = page.at(-1);
  if (from + limit < source.length && last) {
    const params = new URLSearchParams();
    if (q.node !== undefined) params.set('node', q.node);
    params.set('limit', String(limit));
    params.set('marker', last.uuid);
    body.next = `http://${ctx.headers.host ?? '127.0.0.1:11000'}/os/kinton/v1/v1/portgroups?${params.toString()}`;
  }
  return { status: 200, body };
}

export const portHandlers = {
  listBaremetalNodePorts: (ctx: OpCtx<'listBaremetalNodePorts'>) => {
    requireAdmin(caller(ctx));
    const n = findNode(ctx.sim, ctx.params.baremetalId);
    const ports = (portsByNode(ctx.sim).get(n.uuid) ?? []).slice(0, PAGE);
    return { status: 200, body: { ports: ports.map(portWire(ctx)) } };
  },
  createBaremetalPort: (ctx: OpCtx<'createBaremetalPort'>) => {
    requireAdmin(caller(ctx));
    const sim = ctx.sim;
    const b = ctx.body;
    const node = bodyNode(sim, b.node_uuid);
    checkUnlocked(node);
    const mac = normalMac(b.address);
    checkMacFree(sim, mac);
    const group =
      b.portgroup_uuid === undefined
        ? null
        : portgroupOf(sim, b.portgroup_uuid, node, 'body/portgroup_uuid');
    const rec: BmPortRec = {
      uuid: randomUUID(),
      address: mac,
      node_uuid: node.uuid,
      portgroup_uuid: group?.uuid ?? null,
      pxe_enabled: b.pxe_enabled ?? true,
      physical_network: b.physical_network ?? null,
      local_link_connection: { ...(b.local_link_connection ?? {}) },
      extra: b.extra ? { ...b.extra } : null,
      internal_info: null,
      created: sim.now(),
      updated: null,
    };
    sim.state.baremetalPorts.push(rec);
    return { status: 200, body: portWire(ctx)(rec) };
  },
  deleteBaremetalPort: (ctx: OpCtx<'deleteBaremetalPort'>) => {
    requireAdmin(caller(ctx));
    const sim = ctx.sim;
    const port = findPort(sim, ctx.params.portId);
    const node = nodeOfPort(sim, port);
    if (inUse(node))
      throw conflict(
        `Port ${port.uuid} belongs to node ${node.uuid}, which holds instance ${node.instance_uuid}; put the node in maintenance (or delete the instance) before deleting the port.`,
      );
    checkUnlocked(node);
    sim.state.baremetalPorts = sim.state.baremetalPorts.filter((p) => p.uuid !== port.uuid);
    return { status: 200 };
  },
  updateBaremetalPort: (ctx: OpCtx<'updateBaremetalPort'>) => {
    requireAdmin(caller(ctx));
    const sim = ctx.sim;
    const port = findPort(sim, ctx.params.portId);
    const node = nodeOfPort(sim, port);
    if (inUse(node))
      throw conflict(
        `Port ${port.uuid} belongs to node ${node.uuid}, which holds instance ${node.instance_uuid}; put the node in maintenance before changing its ports.`,
      );
    checkUnlocked(node);
    const copy = structuredClone(unwrap(port));
    ctx.body.forEach((p, i) => patchPort(sim, copy, node, p, i));
    Object.assign(port, copy, { updated: sim.now() });
    return { status: 200, body: portWire(ctx)(port) };
  },
  listBaremetalPortgroups: (ctx: OpCtx<'listBaremetalPortgroups'>) => {
    requireAdmin(caller(ctx));
    return portgroupsPage(ctx);
  },
  createBaremetalPortgroup: (ctx: OpCtx<'createBaremetalPortgroup'>) => {
    requireAdmin(caller(ctx));
    const sim = ctx.sim;
    const b = ctx.body;
    const node = bodyNode(sim, b.node_uuid);
    checkUnlocked(node);
    if (b.name !== undefined) {
      const other = sim.state.baremetalPortgroups.find((g) => g.name === b.name);
      if (other) throw conflict(`A portgroup with name ${b.name} already exists (${other.uuid}).`);
    }
    const address = b.address === undefined ? null : normalMac(b.address);
    if (address !== null) {
      const other = sim.state.baremetalPortgroups.find((g) => g.address === address);
      if (other)
        throw conflict(`A portgroup with MAC address ${address} already exists (${other.uuid}).`);
    }
    const mode =
      typeof b.mode === 'number'
        ? (BOND_MODES[b.mode] ?? 'active-backup')
        : (b.mode ?? 'active-backup');
    const rec: BmPortgroupRec = {
      uuid: randomUUID(),
      node_uuid: node.uuid,
      name: b.name ?? null,
      address,
      mode,
      standalone_ports_supported: b.standalone_ports_supported ?? true,
      properties: { ...(b.properties ?? {}) },
      extra: b.extra ? { ...b.extra } : null,
      internal_info: {},
      created: sim.now(),
      updated: null,
    };
    sim.state.baremetalPortgroups.push(rec);
    return { status: 200, body: portgroupWire(ctx, sim)(rec) };
  },
  deleteBaremetalPortgroup: (ctx: OpCtx<'deleteBaremetalPortgroup'>) => {
    requireAdmin(caller(ctx));
    const sim = ctx.sim;
    const g = portgroupsByUuid(sim).get(ctx.params.portgroupId)?.[0];
    if (!g) throw notFound(`Portgroup ${ctx.params.portgroupId} could not be found.`);
    const members = portsByPortgroup(sim).get(g.uuid) ?? [];
    if (members.length)
      throw conflict(
        `Portgroup ${g.uuid} is not empty: ports ${members.map((p) => p.uuid).join(', ')} are bound to it; unbind them first.`,
      );
    sim.state.baremetalPortgroups = sim.state.baremetalPortgroups.filter((x) => x.uuid !== g.uuid);
    return { status: 200 };
  },
};
