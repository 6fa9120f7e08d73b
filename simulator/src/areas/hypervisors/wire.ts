// A hypervisor as nova shows it: the seeded capacity and the usage of the servers on it.
import type { Sim } from '../../sim.ts';
import type { HypervisorRec, Schemas } from '../../state.ts';
import { flavorsById } from '../flavors/indexes.ts';
import { serversByHypervisor } from '../servers/indexes.ts';
import { RESERVED_HOST_MEMORY_MB } from './hosts.ts';

/** Free disk once thin provisioning is counted: qcow2 disks hold about 40% of their size. */
const THIN_SHARE = 0.4;

/** The wire form of hypervisors; the lookups it needs are made once, for every host it maps. */
export function hypervisorWire(sim: Sim): (h: HypervisorRec) => Schemas['Hypervisor'] {
  const serversOn = serversByHypervisor(sim);
  const flavor = flavorsById(sim);
  return (h) => {
    const on = serversOn.get(h.hypervisor_hostname) ?? [];
    let vcpus = 0;
    let ram = RESERVED_HOST_MEMORY_MB;
    let disk = 0;
    for (const s of on) {
      const f = flavor(s.flavor_id);
      if (!f) continue;
      vcpus += f.vcpus;
      ram += f.ram;
      disk += f.disk + f.ephemeral + Math.ceil(f.swap / 1024);
    }
    return {
      id: h.id,
      status: h.status,
      state: h.state,
      service: { host: h.host, id: h.service_id, disabled_reason: h.disabled_reason },
      hypervisor_hostname: h.hypervisor_hostname,
      hypervisor_type: h.hypervisor_type,
      hypervisor_version: h.hypervisor_version,
      host_ip: h.host_ip,
      vcpus: h.vcpus,
      vcpus_used: vcpus,
      memory_mb: h.memory_mb,
      memory_mb_used: ram,
      local_gb: h.local_gb,
      local_gb_used: disk,
      free_disk_gb: h.local_gb - disk,
      free_ram_mb: h.memory_mb - ram,
      disk_available_least: h.local_gb - Math.ceil(disk * THIN_SHARE),
      running_vms: on.length,
      current_workload: on.filter((s) => s.task_state !== null).length,
      cpu_info: h.cpu_info,
    };
  };
}
