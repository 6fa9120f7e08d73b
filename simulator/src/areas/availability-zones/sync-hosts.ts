// Servers refer to a zone's compute hosts by the zone's name: the hypervisors follow a zone's
// rename, and a nova zone that ZONE_HOSTS does not list has the one fallback host servers are
// placed on (hostsOf), created and removed with the zone.
import type { AzoneRec, State } from '../../state.ts';
import { fallbackHost, hypervisorRecord, ZONE_HOSTS } from '../hypervisors/hosts.ts';

export function syncHosts(state: State, before: AzoneRec | null, after: AzoneRec | null) {
  let hosts = state.hypervisors;
  if (before && (!after || after.zone !== before.zone || after.resourceType !== 'nova')) {
    hosts = hosts.filter((h) => h.host !== fallbackHost(before.zone));
    if (!after) hosts = hosts.filter((h) => h.zone !== before.zone);
  }
  if (before && after) for (const h of hosts) if (h.zone === before.zone) h.zone = after.zone;
  if (
    after?.resourceType === 'nova' &&
    !ZONE_HOSTS[after.zone] &&
    !hosts.some((h) => h.host === fallbackHost(after.zone))
  ) {
    const next = (key: 'id' | 'service_id', from: number) =>
      String(Math.max(from, ...hosts.map((h) => Number(h[key]) || 0)) + 1);
    const id = next('id', 0);
    hosts.push(
      hypervisorRecord(
        {
          id,
          zone: after.zone,
          host: fallbackHost(after.zone),
          service_id: next('service_id', 9),
          hypervisor_hostname: after.zone,
          host_ip: `10.101.38.${Number(id) % 250}`,
          vcpus: 32,
          memory_mb: 257342,
          local_gb: 3375,
        },
        after.virtType,
      ),
    );
  }
  state.hypervisors = hosts;
}
