// vNICs of a server (004 §1.9 items 10–12): attach through the vendor path, list and detach through
// nova's os-interface (api-notes I-14). A detached port stays in the project as a free port.
import { createHash, randomUUID } from 'node:crypto';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { OpCtx } from '../../area.ts';
import type { NetworkRec, Schemas, ServerPortRec, ServerRec } from '../../state.ts';
import { allocateIp, mac } from '../servers/placement.ts';
import { findServer } from '../servers/lookup.ts';
import { assertDeviceState } from './volumes.ts';

const uuidOf = (seed: string) => {
  const h = createHash('md5').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

/** A port's id: stored on ports attached here, derived from the MAC (unique) for seeded ones. */
export const portId = (p: ServerPortRec) => p.id ?? uuidOf(`port:${p.mac}`);
/** The subnet of a network (one per network in the simulator). */
export const subnetId = (netId: string) => uuidOf(`subnet:${netId}`);

export function interfaceWire(p: ServerPortRec): Schemas['InterfaceAttachment'] {
  return {
    port_id: portId(p),
    port_state: 'ACTIVE',
    fixed_ips: [{ subnet_id: subnetId(p.net_id), ip_address: p.ip }],
    net_id: p.net_id,
    mac_addr: p.mac,
  };
}

function usableNetwork(ctx: OpCtx<'attachServerInterface'>, s: ServerRec, id: string): NetworkRec {
  const net = ctx.sim.state.networks.find((n) => n.id === id);
  if (!net || !(net.shared || net.tenant_id === s.tenant_id))
    throw notFound(`Network ${id} could not be found.`);
  return net;
}

export function attachServerInterface(ctx: OpCtx<'attachServerInterface'>) {
  const s = findServer(ctx);
  const arg = ctx.body.interfaceAttachment;
  if (arg.port_id === undefined && arg.net_id === undefined)
    throw badRequest('One of port_id or net_id is required.', [
      { path: 'body/interfaceAttachment/port_id', message: 'is required (or net_id)' },
    ]);
  let port: ServerPortRec;
  if (arg.port_id !== undefined) {
    const id = arg.port_id;
    if (
      s.ports.some((p) => portId(p) === id) ||
      ctx.sim.state.servers.some((x) => x.ports.some((p) => portId(p) === id))
    )
      throw conflict(`Port ${id} is still in use.`);
    const free = ctx.sim.state.freePorts.find((p) => p.id === id && p.tenant_id === s.tenant_id);
    if (!free) throw notFound(`Port ${id} could not be found.`);
    assertDeviceState(s, 'attach an interface');
    ctx.sim.state.freePorts = ctx.sim.state.freePorts.filter((p) => p.id !== id);
    port = { id, net_id: free.net_id, ip: free.ip, mac: free.mac };
  } else {
    const net = usableNetwork(ctx, s, arg.net_id ?? '');
    assertDeviceState(s, 'attach an interface');
    const taken = new Set(
      ctx.sim.state.freePorts.filter((p) => p.net_id === net.id).map((p) => p.ip),
    );
    port = { id: randomUUID(), net_id: net.id, ip: allocateIp(ctx.sim, net, taken), mac: mac() };
  }
  s.ports = [...s.ports, port];
  s.updated = ctx.sim.now();
  const att = interfaceWire(port);
  return { status: 200, body: { interfaceAttachments: att, interfaceAttachment: att } };
}

export function listServerInterfaces(ctx: OpCtx<'listServerInterfaces'>) {
  const s = findServer(ctx);
  return { status: 200, body: { interfaceAttachments: s.ports.map(interfaceWire) } };
}

export function detachServerInterface(ctx: OpCtx<'detachServerInterface'>) {
  const s = findServer(ctx);
  const id = ctx.params.port_id;
  const port = s.ports.find((p) => portId(p) === id);
  if (!port) throw notFound(`Port ${id} is not attached to instance ${s.id}.`);
  if (s.ports.length === 1)
    throw conflict(
      `Port ${id} is the last network interface of instance ${s.id}; it cannot be detached.`,
    );
  assertDeviceState(s, 'detach an interface');
  s.ports = s.ports.filter((p) => portId(p) !== id);
  s.updated = ctx.sim.now();
  ctx.sim.state.freePorts = [
    ...ctx.sim.state.freePorts,
    { id, tenant_id: s.tenant_id, net_id: port.net_id, ip: port.ip, mac: port.mac },
  ];
  return { status: 200 };
}
