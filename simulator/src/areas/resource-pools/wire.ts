// The CAS (`crm`) and VMware (`vrm`) shapes of the inventory (§1.13): CAS answers strings, VMware
// numbers, as the documents print them.
import type { Sim } from '../../sim.ts';
import type { HvHostRec, HvSnapRec, HvStoreRec, HvVmRec, Schemas } from '../../state.ts';
import {
  clustersOf,
  hostsOf,
  powerOf,
  storeUsedGB,
  titleOf,
  usageOf,
  type Kind,
} from './inventory.ts';

const str = (n: number) => String(n);
const TASK: Record<NonNullable<HvHostRec['task']>, NonNullable<HvHostRec['task']>> = {
  entering_maintenance: 'entering_maintenance',
  exiting_maintenance: 'exiting_maintenance',
  powering_on: 'powering_on',
  powering_off: 'powering_off',
  rebooting: 'rebooting',
};
const task = (h: HvHostRec) => (h.task ? { taskState: TASK[h.task] } : {});
const vmTask = (v: HvVmRec) => (v.migrating ? { taskState: 'migrating' as const } : {});

export function tree(sim: Sim, node: string, kind: Kind): Schemas['RpTree'] {
  const hosts = hostsOf(sim, node);
  return {
    clusters: [...clustersOf(sim, node)]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) => ({
        name: c.name,
        morId: c.id,
        type: kind === 'cas' ? 'cas' : 'ClusterComputeResource',
        ...(kind === 'cas' ? { subType: c.subType } : {}),
        children: hosts
          .filter((h) => h.clusterId === c.id)
          .map((h) => ({ name: h.name, morId: h.id, type: kind === 'cas' ? 'cas' : 'HostSystem' })),
      })),
  };
}

const casStatus = (h: HvHostRec): Schemas['CasHostStatus'] =>
  h.powerState !== 'POWERED_ON' || h.connection !== 'CONNECTED' ? '0' : h.maintenance ? '2' : '1';

export function casHost(sim: Sim, h: HvHostRec): Schemas['CasHost'] {
  const u = usageOf(sim, h);
  const local = storeUsedGB;
  const disks = sim.state.hvStores.filter((s) => s.node === h.node && s.hostIds.includes(h.id));
  const used = disks.reduce((a, s) => a + local(sim, s).used, 0);
  const total = disks.reduce((a, s) => a + s.totalGB, 0);
  return {
    name: h.name,
    id: h.id,
    ip: h.ip,
    mask: '255.255.240.0',
    model: h.model,
    vendor: 'New H3C Technologies Co., Ltd.',
    cpuCount: str(h.sockets * h.cores),
    cpuModel:
      h.cores >= 16
        ? 'Intel(R) Xeon(R) Gold 6226R CPU @ 2.90GHz'
        : 'Intel(R) Xeon(R) CPU E5-2623 v4 @ 2.60GHz',
    cpuFrequence: str(h.cpuMHz),
    diskSize: str(h.diskMB),
    memorySize: str(h.memoryMB),
    status: casStatus(h),
    cpuSockets: str(h.sockets),
    cpuCores: str(h.cores),
    serialNumber: h.serial,
    cpuRate: u.cpuPct.toFixed(2),
    memRate: u.memPct.toFixed(2),
    vmNum: str(u.vms.length),
    diskRate: total ? ((used / total) * 100).toFixed(1) : '0.0',
    localStorage: `${(h.diskMB / 1024 / 1024).toFixed(2)}TB`,
    cpuSize: `${h.sockets} * ${h.cores} * 2 核`,
    cpuHz: `${(h.cpuMHz / 1000).toFixed(2)}GHz`,
    ...task(h),
  };
}

const CAS_STATUS: Record<HvVmRec['power'], Schemas['CasVmStatus']> = {
  running: 'running',
  stopped: 'shutOff',
  paused: 'paused',
};

export function casVm(
  sim: Sim,
  hostName: (id: string) => string,
): (v: HvVmRec) => Schemas['CasVm'] {
  return (v) => {
    const power = powerOf(sim, v);
    const on = power === 'running';
    return {
      name: v.name,
      id: v.id,
      hostId: v.hostId,
      clusterId: v.clusterId,
      hostPoolId: '1',
      title: titleOf(sim, v),
      hostName: hostName(v.hostId),
      memory: str(Math.round(v.memoryMB / 1024)),
      cpuRate: on ? (((v.id.charCodeAt(v.id.length - 1) % 50) + 5) / 1).toFixed(2) : '0.00',
      memRate: on ? (((v.id.length * 13 + v.cpu * 7) % 60) + 20).toFixed(2) : '0.00',
      cpu: str(v.cpu),
      vmStatus: CAS_STATUS[power],
      uuid: v.serverId,
      system: v.windows ? '0' : '1',
      osDesc: v.osDesc,
      ...vmTask(v),
    };
  };
}

export function vmwHost(sim: Sim, h: HvHostRec, withSwitch: boolean): Schemas['VmwHost'] {
  const u = usageOf(sim, h);
  const on = h.powerState === 'POWERED_ON';
  return {
    name: h.name,
    morId: h.id,
    model: h.model,
    vendor: 'New H3C Technologies Co., Ltd.',
    cpuModel:
      h.cores >= 16
        ? 'Intel(R) Xeon(R) Gold 6226R CPU @ 2.90GHz'
        : 'Intel(R) Xeon(R) CPU E5-2623 v4 @ 2.60GHz',
    numCpuThreads: h.sockets * h.cores * 2,
    cpuMHz: h.cpuMHz,
    numCpuPkgs: h.sockets,
    numCpuCores: h.cores,
    cpuUsagePercent: u.cpuPct,
    memorySize: h.memoryMB,
    memoryUsagePercent: u.memPct,
    numVms: u.vms.length,
    nicCount: h.nics,
    uptime: on ? Math.max(0, Math.floor((sim.now() - h.bootedAt) / 1000)) : 0,
    powerState: h.powerState,
    inMaintenanceMode: h.maintenance,
    connectionState: h.connection,
    overallCpuUsage: u.cpuUsedMHz,
    overallMemoryUsage: on ? u.memMB : 0,
    vmRefs: u.vms.map((v) => ({ name: v.name, morId: v.id, type: 'VirtualMachine' })),
    ...(withSwitch ? { vswitch: [...h.vswitch] } : {}),
    ...task(h),
  };
}

const VMW_POWER: Record<HvVmRec['power'], Schemas['VmwVmPowerState']> = {
  running: 'POWERED_ON',
  stopped: 'POWERED_OFF',
  paused: 'SUSPENDED',
};

export function vmwVm(
  sim: Sim,
  hostOf: (id: string) => HvHostRec | undefined,
): (v: HvVmRec) => Schemas['VmwVm'] {
  return (v) => {
    const power = powerOf(sim, v);
    const on = power === 'running';
    const h = hostOf(v.hostId);
    const cpu = on ? ((v.cpu * 7 + v.name.length * 3) % 40) + 3.5 : 0;
    return {
      name: v.name,
      morId: v.id,
      hostName: h?.name ?? '',
      annotation: v.serverId ? `managed by the cloud as ${titleOf(sim, v)}` : '',
      powerState: VMW_POWER[power],
      macAddress: v.mac,
      ipAddress: on ? v.ip : '',
      instanceUuid: v.serverId,
      guestFullName: v.osDesc,
      guestId: v.guestId,
      guestState: on ? 'running' : 'notRunning',
      guestCpuUsage: Math.round(cpu * 100) / 100,
      guestMemoryUsagePercent: on ? ((v.memoryMB / 512) % 50) + 12.5 : 0,
      numCpu: v.cpu,
      hostCpuMhz: on ? Math.round((cpu / 100) * v.cpu * (h?.cpuMHz ?? 2000)) : 0,
      hostMemoryMB: on ? v.memoryMB : 0,
      memoryUsedMB: on ? Math.round(v.memoryMB * 0.42) : 0,
      cpuUsageOfHostSystem: on ? Math.round((cpu / 10) * 100) / 100 : 0,
      memoryUsageOfHostSystem: on && h ? Math.round((v.memoryMB / h.memoryMB) * 10000) / 100 : 0,
      hostMemoryUsage: on ? v.memoryMB : 0,
      totalCapacityGB: v.diskGB,
      usedCapacityGB: v.usedGB,
      memorySizeMB: v.memoryMB,
      memorySizeGB: v.memoryMB / 1024,
      targetHostMorID: v.hostId,
      targetDataStoreMorID: v.storeId,
      template: false,
      networks: [{ macAddress: v.mac, ipAddress: on ? v.ip : '' }],
      disks: [
        {
          key: 2000,
          uuid: `6000c29${v.id.replace(/\D/g, '').padStart(8, '0')}-0000-0000-0000-000000000001`,
          label: 'Hard disk 1',
          sizeInGB: v.diskGB,
          dataStoreMorId: v.storeId,
          fileName: `[${v.storeId}] ${v.name}/${v.name}.vmdk`,
          thinProvisioned: true,
        },
      ],
      ...vmTask(v),
    };
  };
}

export function casPool(sim: Sim, s: HvStoreRec, h: HvHostRec): Schemas['CasStoragePool'] {
  const { used, allocated } = storeUsedGB(sim, s);
  return {
    name: s.name,
    title: s.name,
    path: s.path,
    type: s.type,
    totalSize: str(s.totalGB * 1024),
    freeSize: str(Math.round((s.totalGB - used) * 1024)),
    allocation: String(allocated),
    status: h.powerState === 'POWERED_ON' ? '1' : '0',
    symbolic: 'false',
    morId: s.id,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const casTime = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

/** What both snapshot records share: a VM's own (HvSnapRec) and a cloud server's (VmSnapRec). */
type TreeSnap = Pick<HvSnapRec, 'name' | 'created' | 'snapMem' | 'parent'> & {
  desc: string | null;
};

/**
 * A VM's snapshot tree as the hypervisor API answers it. For a VM that is a cloud server, the
 * snapshots are the server's (vm-snapshot-trees.ts), in creation order; a `null` description is ''.
 */
export function snapshotTree(
  snaps: readonly TreeSnap[],
  current: string | null,
): Schemas['VmSnapshotTree'] {
  const node = (s: TreeSnap): Schemas['VmSnapshotNode'] => ({
    name: s.name,
    desc: s.desc ?? '',
    creationTime: casTime(s.created),
    isCurr: s.name === current,
    snapMem: s.snapMem,
    snapshotTitle: `${s.name} (${casTime(s.created)})`,
    snapshots: snaps.filter((c) => c.parent === s.name).map(node),
  });
  return { snapshot: snaps.filter((s) => s.parent === null).map(node) };
}
