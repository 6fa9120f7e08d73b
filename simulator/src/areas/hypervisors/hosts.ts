// The compute hosts: which nova-compute hosts (and their hypervisors) each zone has, and the shape
// of a hypervisor record. Servers are placed on these hosts; availability zones keep them in step.
import type { HypervisorRec } from '../../state.ts';

/** Compute nodes (nova-compute hosts) and their hypervisors, per availability zone. */
export const ZONE_HOSTS: Record<string, [string, string][]> = {
  cas191p1c1: [
    ['compcas5mbw87y2rc', 'cvknode191(CVM10.125.26.11)'],
    ['compcas31qzy7d3rc', 'cvknode192(CVM10.125.26.12)'],
  ],
  caz19: [
    ['cpn-host11rc', 'cvknode193(CVM10.125.26.13)'],
    ['cpn-host12rc', 'cvknode194(CVM10.125.26.14)'],
  ],
  vmw_dc01: [['compvmw01dc01rc', 'esxi-01.dc01.local']],
  kvm_pool2: [
    ['compkvm2a01', 'kvm2a01'],
    ['compkvm2a02', 'kvm2a02'],
  ],
};

/** The compute host a server is placed on in a zone that ZONE_HOSTS does not list. */
export const fallbackHost = (zone: string) => `comp-${zone}`;

/** [host, hypervisor] pairs of a zone: ZONE_HOSTS, or the one fallback host. */
export const hostsOf = (zone: string): [string, string][] =>
  ZONE_HOSTS[zone] ?? [[fallbackHost(zone), zone]];

/**
 * [host, hypervisor] pairs servers may be placed on in a zone now: the enabled, reporting
 * hypervisors of the state (a compute node whose host an aggregate put in the zone included), in
 * their order. For the seeded zones this is ZONE_HOSTS.
 */
export function liveHostsOf(
  hypervisors: readonly HypervisorRec[],
  zone: string,
): [string, string][] {
  return hypervisors
    .filter((h) => h.zone === zone && h.status === 'enabled' && h.state === 'up')
    .map((h): [string, string] => [h.host, h.hypervisor_hostname]);
}

/** nova's `reserved_host_memory_mb`: what a compute host keeps for itself. */
export const RESERVED_HOST_MEMORY_MB = 512;

/** A hypervisor record; type, version and cpu_info follow the zone's virtualization type. */
export function hypervisorRecord(
  f: Omit<
    HypervisorRec,
    'hypervisor_type' | 'hypervisor_version' | 'status' | 'state' | 'disabled_reason' | 'cpu_info'
  > &
    Partial<Pick<HypervisorRec, 'status' | 'state' | 'disabled_reason'>>,
  virtType: string,
): HypervisorRec {
  const vmware = virtType === 'VMware';
  const threads = 2;
  const sockets = f.vcpus >= 64 ? 2 : 1;
  return {
    hypervisor_type: vmware ? 'VMware vCenter Server' : 'QEMU',
    // nova's integer form: vCenter 6.7.0, CAS's QEMU as in the example (004:L8177), QEMU 6.2.0.
    hypervisor_version: vmware ? 6007000 : virtType === 'CAS' ? 2007 : 6002000,
    status: 'enabled',
    state: 'up',
    disabled_reason: null,
    cpu_info: JSON.stringify({
      arch: 'x86_64',
      model: vmware ? 'Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz' : 'Cascadelake-Server-noTSX',
      vendor: 'Intel',
      topology: {
        cells: sockets,
        sockets,
        cores: Math.max(1, Math.floor(f.vcpus / sockets / threads)),
        threads,
      },
      features: ['vmx', 'aes', 'avx', 'avx2', 'avx512f', 'sse4.2', 'pdpe1gb', 'x2apic'],
    }),
    ...f,
  };
}
