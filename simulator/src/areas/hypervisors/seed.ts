// Seeded hypervisors: one per compute host of ZONE_HOSTS, sized from the load the seeded servers
// put on it, plus a host in maintenance and one whose nova-compute stopped reporting.
import type { AzoneRec, FlavorRec, HypervisorRec, ServerRec } from '../../state.ts';
import { hypervisorRecord, RESERVED_HOST_MEMORY_MB, ZONE_HOSTS } from './hosts.ts';

// Hosts beyond the servers' placement list (ZONE_HOSTS), so the console meets a host in
// maintenance and one whose nova-compute stopped reporting. No server is placed on them.
// [zone, host, hypervisor, status, state, disabled reason]
const EXTRA_HOSTS: [
  string,
  string,
  string,
  'enabled' | 'disabled',
  'up' | 'down',
  string | null,
][] = [
  [
    'caz19',
    'cpn-host13rc',
    'cvknode195(CVM10.125.26.15)',
    'disabled',
    'up',
    'Hardware maintenance: replacing a DIMM',
  ],
  ['kvm_pool2', 'compkvm2a03', 'kvm2a03', 'enabled', 'down', null],
];

/** Share of each host's capacity the seeded servers take, so hosts look used but not full. */
const HOST_LOAD = [0.62, 0.78, 0.55, 0.84, 0.47, 0.69, 0.73];
const CORE_COUNTS = [32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256];
const roundUp = (n: number, step: number) => Math.max(step, Math.ceil(n / step) * step);

/**
 * One hypervisor per compute host of ZONE_HOSTS (every seeded server's hypervisor_hostname names
 * one), plus EXTRA_HOSTS. Capacities are sized from the seeded load (vCPUs overcommitted ~4:1).
 * Drawn from no generator, so it depends only on the servers, flavors and zones it is given.
 */
export function seedHypervisors(
  servers: readonly ServerRec[],
  flavors: readonly FlavorRec[],
  azones: readonly AzoneRec[],
): HypervisorRec[] {
  const virt = (zone: string) => azones.find((a) => a.zone === zone)?.virtType ?? 'CAS';
  const flavorOf = new Map(flavors.map((f): [string, FlavorRec] => [f.id, f]));
  const load = new Map<string, { vcpus: number; ram: number; disk: number }>();
  for (const s of servers) {
    const f = flavorOf.get(s.flavor_id);
    if (s.hypervisor_hostname === null || !f) continue;
    const used = load.get(s.hypervisor_hostname) ?? {
      vcpus: 0,
      ram: RESERVED_HOST_MEMORY_MB,
      disk: 0,
    };
    used.vcpus += f.vcpus;
    used.ram += f.ram;
    used.disk += f.disk + f.ephemeral + Math.ceil(f.swap / 1024);
    load.set(s.hypervisor_hostname, used);
  }
  const hosts: [string, string, string][] = Object.entries(ZONE_HOSTS).flatMap(([zone, list]) =>
    list.map(([host, hyper]): [string, string, string] => [zone, host, hyper]),
  );
  const out = hosts.map(([zone, host, hyper], i) => {
    const share = HOST_LOAD[i % HOST_LOAD.length] ?? 0.6;
    const used = load.get(hyper) ?? { vcpus: 0, ram: RESERVED_HOST_MEMORY_MB, disk: 0 };
    const cores = used.vcpus / (4 * share);
    return hypervisorRecord(
      {
        id: String(i + 1),
        zone,
        host,
        service_id: String(10 + i),
        hypervisor_hostname: hyper,
        host_ip: `10.101.37.${21 + i}`,
        vcpus: CORE_COUNTS.find((n) => n >= cores) ?? roundUp(cores, 64),
        memory_mb: roundUp(used.ram / share, 65536) - (1000 + ((i * 1537) % 5000)),
        local_gb: roundUp(used.disk / share, 500) - ((i * 37) % 200),
      },
      virt(zone),
    );
  });
  for (const [zone, host, hyper, status, state, reason] of EXTRA_HOSTS) {
    const i = out.length;
    out.push(
      hypervisorRecord(
        {
          id: String(i + 1),
          zone,
          host,
          service_id: String(10 + i),
          hypervisor_hostname: hyper,
          host_ip: `10.101.37.${21 + i}`,
          vcpus: 64,
          memory_mb: 515654,
          local_gb: 3375,
          status,
          state,
          disabled_reason: reason,
        },
        virt(zone),
      ),
    );
  }
  return out;
}
