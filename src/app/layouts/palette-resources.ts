// The command palette's resource results (004 §1.9 item 31): gnocchi resources found by the
// search, typed (server, disk, NIC, GPU), each opening its server's Monitoring tab.
import type { MetricResource, MetricResourceType } from '@/api/resources/server-metrics';

export type ResourceKind = 'server' | 'disk' | 'nic' | 'gpu';

export const KIND_OF: Record<MetricResourceType, ResourceKind> = {
  instance: 'server',
  instance_disk: 'disk',
  instance_network_interface: 'nic',
  instance_vgpu: 'gpu',
};

export type ResourceEntry = {
  key: string;
  kind: ResourceKind;
  /** The server's name, or the device's (vda, a MAC, gpu0). */
  title: string;
  /** The server the device belongs to (its id's first block, as the search names no server). */
  serverRef: string;
  path: string;
};

/** What the search answered, as palette entries linking to the server's Monitoring tab. */
export function resourceEntries(
  found: readonly MetricResource[],
  viewerProjectId: string,
): ResourceEntry[] {
  return found.map((r) => {
    const query = new URLSearchParams({ tab: 'monitoring' });
    // A server of another project opens under its own project (an administrator's view).
    if (r.project_id !== viewerProjectId) query.set('project', r.project_id);
    return {
      key: r.id,
      kind: KIND_OF[r.type],
      title: r.type === 'instance' ? (r.display_name ?? r.id) : (r.name ?? r.original_resource_id),
      serverRef: r.instance_id.slice(0, 8),
      path: `/servers/${r.instance_id}?${query.toString()}`,
    };
  });
}
