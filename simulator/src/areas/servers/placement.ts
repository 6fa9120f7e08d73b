// Where a new server goes: its availability zone and compute node (server-group policy included)
// and its fixed IPs on the networks it asks for.
import { randomBytes } from 'node:crypto';
import type { Ctx } from '../../area.ts';
import { badRequest, conflict } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { AzoneRec, NetworkRec, ServerGroupRec } from '../../state.ts';
import { cidrRange, intToIp } from '../compute-reference/ip.ts';
import { liveHostsOf } from '../hypervisors/hosts.ts';
import { serversById, serversByNetwork } from './indexes.ts';
import { field } from './lookup.ts';

/**
 * The project's nova AZ by name (api-notes I-34: `az[:compute_node[:target]]`) and a compute node
 * in it. A server group narrows the nodes (api-notes 4.8): `affinity` to the node of the members
 * already placed, `anti-affinity` to nodes no member uses. No node left → `noValidHost`: nova's
 * scheduler fails after the API accepted the request, so the caller still answers 202.
 */
export function placement(
  ctx: Pick<Ctx, 'sim'>,
  project: string,
  requested: string | undefined,
  cvk: string | undefined,
  group: ServerGroupRec | undefined,
) {
  const state = ctx.sim.state;
  const azones = new Map(state.azones.map((a): [string, AzoneRec] => [a.id, a]));
  // The project's nova zones in the order they were assigned: the first is its default zone.
  const assigned = state.azoneProjects
    .filter((ap) => ap.projectId === project)
    .flatMap((ap) => {
      const a = azones.get(ap.azoneId);
      return a?.resourceType === 'nova' ? [a] : [];
    });
  const [zoneName, node, target] = requested ? requested.split(':') : [];
  const zone = zoneName ? assigned.find((a) => a.zone === zoneName) : assigned[0];
  if (!zone) {
    throw badRequest(
      zoneName
        ? `Availability zone ${zoneName} is not a compute zone of project ${project}.`
        : `Project ${project} has no compute availability zone.`,
      field('body/server/availability_zone', 'is not an availability zone of the project'),
    );
  }
  const hosts = liveHostsOf(state.hypervisors, zone.zone);
  if (node && !hosts.some(([h]) => h === node)) {
    throw badRequest(
      `Compute node ${node} is not in availability zone ${zone.zone}.`,
      field('body/server/availability_zone', 'names an unknown compute node'),
    );
  }
  let candidates = node ? hosts.filter(([h]) => h === node) : hosts;
  if (group) {
    const server = serversById(ctx.sim);
    const used = new Set(
      group.members.flatMap((id) => {
        const host = server(id)?.host;
        return host ? [host] : [];
      }),
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

/** The fixed IPs in use on a network. */
export function usedIps(sim: Sim, netId: string): Set<string> {
  const used = new Set<string>();
  for (const s of serversByNetwork(sim).get(netId) ?? [])
    for (const p of s.ports) if (p.net_id === netId) used.add(p.ip);
  return used;
}

/** The first free host address of the network, past the gateway (.1). */
export function allocateIp(sim: Sim, net: NetworkRec, taken: Set<string>): string {
  const { start, size } = cidrRange(net.cidr);
  const used = usedIps(sim, net.id);
  for (let n = start + 2; n < start + size - 1; n++) {
    const ip = intToIp(n);
    if (!used.has(ip) && !taken.has(ip)) return ip;
  }
  throw conflict(`No more IP addresses available on network ${net.id}.`);
}

export const mac = () =>
  `fa:16:3e:${[...randomBytes(3)].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
