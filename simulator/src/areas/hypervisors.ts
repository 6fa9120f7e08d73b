// Compute hosts. Hypervisors (004 §1.9 item 14): the physical hosts behind the compute nodes, their
// capacity (seeded) and usage (counted live from the servers on each host), for cloud
// administrators only (nova's policy). And the views of them that §1.7 items 6–8 give an
// organisation: its zones' services (os-services), their hosts (os-hosts) and a compute node's
// storage pools (hostpool).
import type { components } from '../../../openapi/generated/schema.d.ts';
import { requireAdmin } from '../auth.ts';
import { caller, type Area, type Ctx } from '../area.ts';
import { notFound } from '../errors.ts';
import { RESERVED_HOST_MEMORY_MB, seedHypervisors } from '../seed.ts';
import type { AzoneRec, HypervisorRec, ServerRec, State } from '../state.ts';

type S = components['schemas'];
type Hypervisor = S['Hypervisor'];

/** States persisted before hypervisors existed get the seeded hosts of their servers. */
export function hypervisorList(state: State): HypervisorRec[] {
  const s = state as Partial<State>;
  s.hypervisors ??= seedHypervisors(s.servers ?? [], s.flavors ?? [], s.azones ?? []);
  return s.hypervisors;
}

/** Servers that occupy a host: shelved-offloaded ones have left it (and have no host). */
export function serversOn(state: State, h: HypervisorRec): ServerRec[] {
  return state.servers.filter(
    (s) => s.hypervisor_hostname === h.hypervisor_hostname && s.status !== 'SHELVED_OFFLOADED',
  );
}

/** Free disk once thin provisioning is counted: qcow2 disks hold about 40% of their size. */
const THIN_SHARE = 0.4;

export function hypervisorWire(state: State, h: HypervisorRec): Hypervisor {
  const on = serversOn(state, h);
  let vcpus = 0;
  let ram = RESERVED_HOST_MEMORY_MB;
  let disk = 0;
  for (const s of on) {
    const f = state.flavors.find((x) => x.id === s.flavor_id);
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
}

type Kind = 'compute' | 'block_storage';
type ServiceRow = {
  id: number;
  binary: string;
  service: string;
  zone: string;
  host: string;
  status: 'enabled' | 'disabled';
  state: 'up' | 'down';
  disabled_reason: string | null;
};

/** The path organisation's zones of one kind (nova for compute, cinder for block storage). */
function projectZones(ctx: Ctx, resourceType: string): AzoneRec[] {
  const state = ctx.sim.state;
  const ids = new Set(
    state.azoneProjects
      .filter((ap) => ap.projectId === ctx.params.tenant_id)
      .map((ap) => ap.azoneId),
  );
  return state.azones.filter((a) => ids.has(a.id) && a.resourceType === resourceType);
}

const control = (id: number, binary: string, host: string): ServiceRow => ({
  id,
  binary,
  service: binary.replace(/^(nova|cinder)-/, ''),
  zone: 'internal',
  host,
  status: 'enabled',
  state: 'up',
  disabled_reason: null,
});

/** cinder-volume's host is `<node>@<backend>`; the backend follows the zone's platform. */
const VOLUME_BACKEND: Record<string, string> = { CAS: 'cas_volume', VMware: 'vmware_volume' };

function services(ctx: Ctx): ServiceRow[] {
  // H3CloudOS-Core-Target (validated against its enum before the handler runs).
  const kind: Kind =
    ctx.headers['h3cloudos-core-target'] === 'block_storage' ? 'block_storage' : 'compute';
  if (kind === 'block_storage') {
    const all = ctx.sim.state.azones;
    return [
      control(1, 'cinder-scheduler', 'cinder-service'),
      ...projectZones(ctx, 'cinder').map((a): ServiceRow => ({
        ...control(10 + all.indexOf(a), 'cinder-volume', ''),
        zone: a.zone,
        host: `cinder-${a.zone}@${VOLUME_BACKEND[a.virtType] ?? 'lvm'}`,
      })),
    ];
  }
  const zones = new Set(projectZones(ctx, 'nova').map((a) => a.zone));
  const computes = new Map<string, ServiceRow>();
  for (const h of hypervisorList(ctx.sim.state)) {
    if (!zones.has(h.zone) || computes.has(h.host)) continue;
    computes.set(h.host, {
      id: Number(h.service_id),
      binary: 'nova-compute',
      service: 'compute',
      zone: h.zone,
      host: h.host,
      status: h.status,
      state: h.state,
      disabled_reason: h.disabled_reason,
    });
  }
  return [
    control(1, 'nova-conductor', 'nova-service'),
    control(2, 'nova-scheduler', 'nova-service'),
    control(3, 'nova-consoleauth', 'nova-service'),
    ...[...computes.values()].sort((a, b) => a.id - b.id),
  ];
}

/** The last heartbeat: seconds ago for a service that is up, hours ago for one that is down. */
function heartbeat(ctx: Ctx, row: ServiceRow) {
  const ago = row.state === 'up' ? ((row.id * 7919) % 9) + 1 : 3 * 3600 + row.id * 60;
  return new Date(ctx.sim.now() - ago * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// [cluster, host pool] of the seeded zones' CAS/vCenter inventory.
const CLUSTERS: Record<string, [string, string]> = {
  cas191p1c1: ['cluster1-R4900G3', 'hostpool01'],
  caz19: ['cluster2-R4900G5', 'hostpool02'],
  vmw_dc01: ['DC01-Cluster', 'vCenter-DC01'],
  kvm_pool2: ['kvm-cluster2', 'kvm_pool2'],
};

const GIB_MB = 1024;

function storagePools(ctx: Ctx, h: HypervisorRec, all: boolean): S['StoragePool'][] {
  const w = hypervisorWire(ctx.sim.state, h);
  const active = h.state === 'up' ? 1 : 0;
  const vmware = h.hypervisor_type.startsWith('VMware');
  const shared: S['StoragePool'] = {
    status: active,
    preAllocation: w.local_gb_used * GIB_MB,
    name: vmware ? 'vsanDatastore' : 'iscsishared',
    totalSize: w.local_gb * GIB_MB,
    path: vmware ? '/vmfs/volumes/vsanDatastore' : '/vms/iscsishared',
    type: 'fs',
    freeSize: (w.disk_available_least ?? w.free_disk_gb) * GIB_MB,
  };
  if (!all) return [shared];
  const local = 1117 * GIB_MB + Number(h.id) * 4096;
  return [
    shared,
    {
      status: active,
      preAllocation: 96 * GIB_MB,
      name: 'defaultpool',
      totalSize: local,
      path: '/vms/images',
      type: 'dir',
      freeSize: local - 64 * GIB_MB,
    },
    {
      status: active,
      preAllocation: 12 * GIB_MB,
      name: 'isopool',
      totalSize: 200 * GIB_MB,
      path: '/vms/isos',
      type: 'dir',
      freeSize: 188 * GIB_MB,
    },
  ];
}

export const hypervisorsArea: Area = {
  handlers: {
    listHypervisorsDetail: (ctx) => {
      requireAdmin(caller(ctx));
      const state = ctx.sim.state;
      const list = [...hypervisorList(state)].sort((a, b) => Number(a.id) - Number(b.id));
      return { status: 200, body: { hypervisors: list.map((h) => hypervisorWire(state, h)) } };
    },
    listAzoneServices: (ctx) => {
      return {
        status: 200,
        body: {
          services: services(ctx).map((r) => ({
            id: r.id,
            status: r.status,
            binary: r.binary,
            zone: r.zone,
            state: r.state,
            updated_at: heartbeat(ctx, r),
            host: r.host,
            disabled_reason: r.disabled_reason,
          })),
        },
      };
    },
    listAzoneHosts: (ctx) => {
      return {
        status: 200,
        body: {
          services: services(ctx).map((r) => ({
            zone: r.zone,
            host_name: r.host,
            service: r.service,
          })),
        },
      };
    },
    listHostStoragePools: (ctx) => {
      const name = ctx.params.hostName ?? '';
      const zones = new Set(projectZones(ctx, 'nova').map((a) => a.zone));
      const hosts = hypervisorList(ctx.sim.state).filter(
        (h) => h.host === name && zones.has(h.zone),
      );
      if (!hosts.length)
        throw notFound(
          `Compute node ${name} is not in an availability zone of project ${ctx.params.tenant_id ?? ''}.`,
        );
      const all = ctx.query.all === 'yes';
      return {
        status: 200,
        body: {
          hostpool: hosts.map((h) => {
            const [clusterName, hpName] = CLUSTERS[h.zone] ?? [
              `${h.zone}-cluster`,
              `${h.zone}-hostpool`,
            ];
            return {
              clusterName,
              hpName,
              nodename: h.hypervisor_hostname,
              storagePools: storagePools(ctx, h, all),
            };
          }),
        },
      };
    },
  },
};
