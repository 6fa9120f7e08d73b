// The gnocchi resources of the cloud servers (004 §1.9 items 26–31): per server an `instance`, an
// `instance_disk` per disk, an `instance_network_interface` per NIC and an `instance_vgpu` per GPU.
// Nothing is stored: resources and metric ids derive from the servers, their volumes and flavors.
import type { Sim } from '../../sim.ts';
import type { FlavorRec, Schemas, ServerRec, VolumeRec } from '../../state.ts';
import { CREATOR_PROJECT, CREATOR_USER, micro, nameUuid } from '../../telemetry.ts';

export type MetricResource = Schemas['MetricResource'];
export type ResourceType = Schemas['MetricResourceType'];

/** The metrics of each resource type (004:L9216, L9737). */
export const TYPE_METRICS: Record<ResourceType, string[]> = {
  instance: ['cpu_util', 'memory.usage', 'disk.read.bytes.rate', 'disk.write.bytes.rate'],
  instance_disk: ['disk.device.usage', 'disk.device.capacity'],
  instance_network_interface: ['network.incoming.bytes.rate', 'network.outgoing.bytes.rate'],
  instance_vgpu: ['vgpu.rate', 'vgpu.memory.rate', 'vgpu.encoder.rate', 'vgpu.decoder.rate'],
};

/** The order search results come in. */
export const TYPE_ORDER: ResourceType[] = [
  'instance',
  'instance_disk',
  'instance_network_interface',
  'instance_vgpu',
];

/**
 * GPUs of a flavor. The documents give flavors no GPU field (and no extra-specs API): the `gpu.`
 * flavor family carries two devices.
 */
export const gpuCount = (f: FlavorRec | undefined) => (f?.name.startsWith('gpu.') ? 2 : 0);

/** What a resource reports about: its server, and the size behind a disk (bytes). */
export type Entry = {
  res: MetricResource;
  server: ServerRec;
  flavor: FlavorRec | undefined;
  capacity: number;
};

export type Catalogue = {
  /** Sorted by type, then original_resource_id. */
  all: Entry[];
  /** By id and by original_resource_id. */
  byKey: Map<string, Entry>;
  /** A server's GPU resources. */
  gpus: Map<string, Entry[]>;
  /** A server's resources, by server id. */
  byServer: Map<string, Entry[]>;
};

const GIB = 1024 ** 3;

/** The disks of a server: vda (its flavor's or boot volume's size), then attached volumes. */
function disksOf(s: ServerRec, flavor: FlavorRec | undefined, volumes: VolumeRec[]) {
  const out: [string, number][] = [];
  const attached = volumes.flatMap((v) =>
    v.attachments
      .filter((a) => a.server_id === s.id)
      .map((a): [string, number, boolean] => [a.device.replace('/dev/', ''), v.size, a.boot]),
  );
  const boot = attached.find(([, , b]) => b);
  out.push(['vda', (boot?.[1] ?? flavor?.disk ?? 20) * GIB]);
  for (const [dev, size, b] of attached.sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (!b && dev !== 'vda') out.push([dev, size * GIB]);
  return out;
}

export function catalogue(sim: Sim): Catalogue {
  return sim.derive('server-metrics/catalogue', ['servers', 'volumes', 'flavors'], () => {
    const flavors = new Map(sim.state.flavors.map((f): [string, FlavorRec] => [f.id, f]));
    const volumesByServer = new Map<string, VolumeRec[]>();
    for (const v of sim.state.volumes)
      for (const a of v.attachments) {
        const list = volumesByServer.get(a.server_id) ?? [];
        list.push(v);
        volumesByServer.set(a.server_id, list);
      }
    const all: Entry[] = [];
    for (const s of sim.state.servers) {
      // A server that never launched has no telemetry resources yet.
      if (s.launched_at === null || s.status === 'DELETED') continue;
      const flavor = flavors.get(s.flavor_id);
      const started = micro(s.launched_at);
      const make = (
        type: ResourceType,
        original: string,
        extra: { name?: string; display_name?: string },
        capacity = 0,
      ) => {
        const id = type === 'instance' ? s.id : nameUuid(`${type}/${original}`);
        const metrics: Record<string, string> = {};
        for (const m of TYPE_METRICS[type]) metrics[m] = nameUuid(`${id}/${m}`);
        all.push({
          server: s,
          flavor,
          capacity,
          res: {
            id,
            type,
            original_resource_id: original,
            instance_id: s.id,
            ...extra,
            metrics,
            project_id: s.tenant_id,
            user_id: s.user_id,
            creator: `${CREATOR_USER}:${CREATOR_PROJECT}`,
            created_by_user_id: CREATOR_USER,
            created_by_project_id: CREATOR_PROJECT,
            started_at: started,
            revision_start: started,
            revision_end: null,
            ended_at: null,
          },
        });
      };
      make('instance', s.id, { display_name: s.name });
      for (const [dev, bytes] of disksOf(s, flavor, volumesByServer.get(s.id) ?? []))
        make('instance_disk', `${s.id}-${dev}`, { name: dev }, bytes);
      for (const port of s.ports)
        make('instance_network_interface', `${s.id}-${port.mac}`, { name: port.mac });
      for (let i = 0; i < gpuCount(flavor); i++)
        make('instance_vgpu', `${s.id}-gpu${i}`, { name: `gpu${i}` });
    }
    const rank = (t: ResourceType) => TYPE_ORDER.indexOf(t);
    all.sort(
      (a, b) =>
        rank(a.res.type) - rank(b.res.type) ||
        (a.res.original_resource_id < b.res.original_resource_id ? -1 : 1),
    );
    const byKey = new Map<string, Entry>();
    const gpus = new Map<string, Entry[]>();
    const byServer = new Map<string, Entry[]>();
    for (const e of all) {
      byKey.set(e.res.id, e);
      byKey.set(e.res.original_resource_id, e);
      const list = byServer.get(e.server.id) ?? [];
      list.push(e);
      byServer.set(e.server.id, list);
      if (e.res.type === 'instance_vgpu') {
        const g = gpus.get(e.server.id) ?? [];
        g.push(e);
        gpus.set(e.server.id, g);
      }
    }
    return { all, byKey, gpus, byServer };
  });
}
