// CAS and VMware inventory in one shape for the pages (the two APIs differ: CAS answers strings,
// VMware numbers and MoRefs), the host and VM guards, and the mappings of the write bodies.
import type { components } from '@contract/schema';

type S = components['schemas'];
export type PoolKind = 'cas' | 'vmware';
export type Power = 'on' | 'off' | 'standby' | 'unknown';
export type HostTask = S['RpHostTask'];
export type VmPower = 'running' | 'stopped' | 'paused';

export type PoolHost = {
  id: string;
  name: string;
  ip: string;
  model: string;
  cpuModel: string;
  /** Sockets and cores per socket (0 when the API does not say). */
  sockets: number;
  cores: number;
  power: Power;
  connected: boolean;
  maintenance: boolean;
  task: HostTask | null;
  cpuPct: number;
  memPct: number;
  memoryMB: number;
  vmCount: number;
};

export type PoolVm = {
  id: string;
  name: string;
  title: string;
  hostId: string;
  hostName: string;
  power: VmPower;
  cpu: number;
  memoryMB: number;
  os: string;
  ip: string;
  /** The cloud server's id when adopted; '' otherwise. */
  serverId: string;
  migrating: boolean;
  storeId: string;
  diskGB: number;
};

export type PoolStore = { id: string; name: string; path: string; totalGB: number; usedGB: number };

const num = (s: string | undefined) => (s === undefined || s === '' ? 0 : Number(s));

export function fromCasHost(h: S['CasHost']): PoolHost {
  return {
    id: h.id,
    name: h.name,
    ip: h.ip,
    model: h.model ?? '',
    // `cpuSize` ("2 * 8 * 2 核") is worded in Chinese: the page words sockets and cores itself.
    cpuModel: h.cpuModel ?? '',
    sockets: num(h.cpuSockets),
    cores: num(h.cpuCores),
    power: h.status === '0' ? 'off' : 'on',
    connected: h.status !== '0',
    maintenance: h.status === '2',
    task: h.taskState ?? null,
    cpuPct: num(h.cpuRate),
    memPct: num(h.memRate),
    memoryMB: num(h.memorySize),
    vmCount: num(h.vmNum),
  };
}

const POWER: Record<S['VmwPowerState'], Power> = {
  POWERED_ON: 'on',
  POWERED_OFF: 'off',
  STAND_BY: 'standby',
  UNKNOWN: 'unknown',
};

export function fromVmwHost(h: S['VmwHost']): PoolHost {
  return {
    id: h.morId,
    name: h.name,
    ip: h.name,
    model: h.model ?? '',
    cpuModel: h.cpuModel ?? '',
    sockets: h.numCpuPkgs ?? 0,
    cores: h.numCpuCores ?? 0,
    power: POWER[h.powerState],
    connected: h.connectionState === 'CONNECTED',
    maintenance: h.inMaintenanceMode,
    task: h.taskState ?? null,
    cpuPct: h.cpuUsagePercent ?? 0,
    memPct: h.memoryUsagePercent ?? 0,
    memoryMB: h.memorySize,
    vmCount: h.numVms,
  };
}

const CAS_POWER: Record<S['CasVmStatus'], VmPower> = {
  running: 'running',
  shutOff: 'stopped',
  paused: 'paused',
};

export function fromCasVm(v: S['CasVm']): PoolVm {
  return {
    id: v.id,
    name: v.name,
    title: v.title,
    hostId: v.hostId,
    hostName: v.hostName,
    power: CAS_POWER[v.vmStatus],
    cpu: num(v.cpu),
    memoryMB: num(v.memory) * 1024,
    os: v.osDesc ?? '',
    ip: '',
    serverId: v.uuid,
    migrating: v.taskState === 'migrating',
    storeId: '',
    diskGB: 0,
  };
}

const VMW_POWER: Record<S['VmwVmPowerState'], VmPower> = {
  POWERED_ON: 'running',
  POWERED_OFF: 'stopped',
  SUSPENDED: 'paused',
};

export function fromVmwVm(v: S['VmwVm']): PoolVm {
  return {
    id: v.morId,
    name: v.name,
    title: v.name,
    hostId: v.targetHostMorID,
    hostName: v.hostName,
    power: VMW_POWER[v.powerState],
    cpu: v.numCpu,
    memoryMB: v.memorySizeMB,
    os: v.guestFullName ?? '',
    ip: v.ipAddress ?? '',
    serverId: v.instanceUuid,
    migrating: v.taskState === 'migrating',
    storeId: v.targetDataStoreMorID,
    diskGB: v.totalCapacityGB,
  };
}

export function fromCasPool(p: S['CasStoragePool']): PoolStore {
  const total = num(p.totalSize) / 1024;
  return {
    id: p.morId,
    name: p.name,
    path: p.path,
    totalGB: total,
    usedGB: total - num(p.freeSize) / 1024,
  };
}

/** A datastore's capacity and use from its performance counters (281 capacity, 282 used). */
export function fromDatastorePerf(name: string, p: S['VmwPerf']): PoolStore {
  const last = (id: number) => p.data.find((d) => d.counterId === id)?.value.at(-1) ?? 0;
  return { id: p.morId, name, path: name, totalGB: last(281), usedGB: last(282) };
}

export const isTransitional = (h: PoolHost | undefined) => Boolean(h?.task);

// ---- guards: true, or the reason key (guards.<key> in the resource-pools namespace) ----
export type GuardReason =
  | 'busy'
  | 'alreadyMaintenance'
  | 'hostOff'
  | 'notMaintenance'
  | 'hostOffWake'
  | 'alreadyOn'
  | 'managed'
  | 'notManaged'
  | 'migrating';
export type Guard = true | GuardReason;

export function canEnterMaintenance(h: PoolHost): Guard {
  if (h.task) return 'busy';
  if (h.maintenance) return 'alreadyMaintenance';
  if (h.power !== 'on' || !h.connected) return 'hostOff';
  return true;
}
export function canExitMaintenance(h: PoolHost): Guard {
  if (h.task) return 'busy';
  if (!h.maintenance) return 'notMaintenance';
  if (h.power !== 'on') return 'hostOffWake';
  return true;
}
export function canWake(h: PoolHost): Guard {
  if (h.task) return 'busy';
  if (!h.maintenance) return 'notMaintenance';
  if (h.power === 'on') return 'alreadyOn';
  return true;
}
export function canShutoffOrReboot(h: PoolHost): Guard {
  if (h.task) return 'busy';
  if (!h.maintenance) return 'notMaintenance';
  if (h.power !== 'on') return 'hostOff';
  return true;
}

export function canAdopt(v: PoolVm): Guard {
  if (v.serverId) return 'managed';
  if (v.migrating) return 'migrating';
  return true;
}
export function canRelease(v: PoolVm): Guard {
  if (!v.serverId) return 'notManaged';
  return true;
}
export function canMigrate(v: PoolVm): Guard {
  if (v.migrating) return 'migrating';
  return true;
}

/** VMs that keep a host from entering maintenance (anything not powered off). */
export const blockingVms = (vms: readonly PoolVm[]) => vms.filter((v) => v.power !== 'stopped');

// ---- migration ----
export type MigrateValues = { targetHostId: string; targetPool: string; mode: '0' | '1' | '2' };

export type PreflightProblem =
  | 'pickHost'
  | 'sameHost'
  | 'targetMaintenance'
  | 'targetOff'
  | 'targetMemory'
  | 'pickStore'
  | 'sameStore'
  | 'storeFull';

/** A host's memory not in use, in MiB. */
export const freeMemoryMB = (h: PoolHost) => Math.max(0, h.memoryMB * (1 - h.memPct / 100));

/** Why the target cannot take the VM (shown before submit), or null. */
export function migratePreflight(
  vm: PoolVm,
  target: PoolHost | undefined,
  store: PoolStore | undefined,
  mode: MigrateValues['mode'],
): PreflightProblem | null {
  if (mode !== '1') {
    if (!target) return 'pickHost';
    if (target.id === vm.hostId) return 'sameHost';
    if (target.maintenance) return 'targetMaintenance';
    if (target.power !== 'on' || !target.connected || target.task) return 'targetOff';
    if (vm.power === 'running' && freeMemoryMB(target) < vm.memoryMB) return 'targetMemory';
  }
  if (mode !== '0') {
    if (!store) return 'pickStore';
    if (store.id === vm.storeId) return 'sameStore';
    if (vm.diskGB > 0 && store.totalGB - store.usedGB < vm.diskGB) return 'storeFull';
  }
  return null;
}

const KEEP_POOL = 'defaultpool';

export function toRelocate(
  vm: PoolVm,
  v: MigrateValues,
  store: PoolStore | undefined,
): S['RpRelocate'] {
  return {
    id: vm.id,
    domainName: vm.name,
    title: vm.title,
    targetHostId: v.mode === '1' ? vm.hostId : v.targetHostId,
    onlineMigrate: vm.power === 'running' ? '1' : '0',
    migrateType: v.mode,
    // A host-only migration keeps the disks: the pool is the VM's own (CAS lists do not name it;
    // `defaultpool` is every CAS host's, and the service keeps the value as given).
    targetPath: v.mode === '0' ? vm.storeId || KEEP_POOL : (store?.path ?? ''),
    targetPool: v.mode === '0' ? vm.storeId || KEEP_POOL : (store?.id ?? ''),
    targetPoolTitle: v.mode === '0' ? vm.storeId || KEEP_POOL : (store?.name ?? ''),
    dstPersist: true,
    dstSuspend: false,
  };
}

// ---- adoption ----
export type AdoptValues = {
  projectId: string;
  name: string;
  flavor: string;
  image: string;
  network: string;
};
type FlavorLike = { id: string; vcpus: number; ram: number };

/** The smallest flavor that holds the VM (vCPUs and memory): the form's suggestion. */
export function suggestFlavor<F extends FlavorLike>(
  vm: PoolVm,
  flavors: readonly F[],
): F | undefined {
  return [...flavors]
    .filter((f) => f.vcpus >= vm.cpu && f.ram >= vm.memoryMB)
    .sort((a, b) => a.vcpus - b.vcpus || a.ram - b.ram)[0];
}
export const flavorFits = (vm: PoolVm, f: FlavorLike) => f.vcpus >= vm.cpu && f.ram >= vm.memoryMB;

const adoptCommon = (v: AdoptValues, zone: string, node: string) => ({
  name: v.name,
  alias: v.name,
  image: v.image,
  flavor: v.flavor,
  availability_zone: `${zone}:${node}`,
});

/** CAS: the VM by its id; the NIC on the chosen network. */
export const toCasAdopt = (
  vm: PoolVm,
  v: AdoptValues,
  zone: string,
  node: string,
): S['CasAdopt'] => ({
  server: { ...adoptCommon(v, zone, node), vmId: vm.id, port_id: v.network, config_drive: false },
});

/** VMware: the VM is found by its name, so the server keeps it; the chosen name is the alias. */
export const toVmwAdopt = (
  vm: PoolVm,
  v: AdoptValues,
  zone: string,
  node: string,
): S['VmwAdopt'] => ({
  server: { ...adoptCommon(v, zone, node), name: vm.name, networks: [{ port: v.network }] },
});
