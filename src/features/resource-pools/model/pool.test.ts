import { describe, expect, it } from 'vitest';
import {
  blockingVms,
  canAdopt,
  canEnterMaintenance,
  canExitMaintenance,
  canRelease,
  canShutoffOrReboot,
  canWake,
  fromCasHost,
  fromCasPool,
  fromCasVm,
  fromVmwHost,
  fromVmwVm,
  migratePreflight,
  suggestFlavor,
  toCasAdopt,
  toRelocate,
  toVmwAdopt,
  type PoolHost,
  type PoolVm,
} from './pool';

const host = (p: Partial<PoolHost> = {}): PoolHost => ({
  id: '1',
  name: 'cvknode191',
  ip: '172.25.17.191',
  model: '',
  cpuModel: '',
  sockets: 2,
  cores: 8,
  power: 'on',
  connected: true,
  maintenance: false,
  task: null,
  cpuPct: 10,
  memPct: 50,
  memoryMB: 65536,
  vmCount: 2,
  ...p,
});
const vm = (p: Partial<PoolVm> = {}): PoolVm => ({
  id: '600',
  name: 'erp',
  title: 'erp',
  hostId: '1',
  hostName: 'cvknode191',
  power: 'running',
  cpu: 2,
  memoryMB: 4096,
  os: '',
  ip: '',
  serverId: '',
  migrating: false,
  storeId: 'a',
  diskGB: 40,
  ...p,
});

describe('mapping the two APIs to one shape', () => {
  it('reads CAS strings: status 2 is maintenance, 0 is off', () => {
    const base = {
      name: 'h',
      id: '1',
      ip: 'i',
      cpuRate: '48.07',
      memRate: '52.19',
      vmNum: '37',
      memorySize: '257331',
      diskSize: '1',
    };
    expect(fromCasHost({ ...base, status: '2' })).toMatchObject({
      maintenance: true,
      power: 'on',
      cpuPct: 48.07,
      vmCount: 37,
    });
    expect(fromCasHost({ ...base, status: '0' })).toMatchObject({ power: 'off', connected: false });
    const v = fromCasVm({
      name: 'n',
      id: '6',
      hostId: '1',
      clusterId: '1',
      title: 't',
      hostName: 'h',
      memory: '16',
      cpu: '2',
      vmStatus: 'shutOff',
      uuid: 'u',
      system: '1',
    });
    expect(v).toMatchObject({ power: 'stopped', memoryMB: 16384, serverId: 'u' });
    expect(
      fromCasPool({
        name: 'p',
        title: 'p',
        path: '/p',
        type: 'dir',
        totalSize: '2048',
        freeSize: '512',
        allocation: '1',
        status: '1',
        morId: 'p',
      }),
    ).toMatchObject({ totalGB: 2, usedGB: 1.5 });
  });
  it('reads VMware states', () => {
    const h = fromVmwHost({
      name: '10.0.0.1',
      morId: 'host-1',
      powerState: 'STAND_BY',
      inMaintenanceMode: true,
      connectionState: 'NOT_RESPONDING',
      memorySize: 1,
      numVms: 0,
      vmRefs: [],
      taskState: 'powering_on',
    });
    expect(h).toMatchObject({
      power: 'standby',
      maintenance: true,
      connected: false,
      task: 'powering_on',
    });
    const v = fromVmwVm({
      name: 'v',
      morId: 'vm-1',
      hostName: 'h',
      powerState: 'SUSPENDED',
      numCpu: 1,
      memorySizeMB: 1024,
      totalCapacityGB: 20,
      targetHostMorID: 'host-1',
      targetDataStoreMorID: 'ds-1',
      instanceUuid: '',
    });
    expect(v).toMatchObject({ power: 'paused', storeId: 'ds-1', diskGB: 20 });
  });
});

describe('host guards', () => {
  it('enter maintenance only when on, connected, idle and not already in it', () => {
    expect(canEnterMaintenance(host())).toBe(true);
    expect(canEnterMaintenance(host({ maintenance: true }))).toBe('alreadyMaintenance');
    expect(canEnterMaintenance(host({ power: 'off' }))).toBe('hostOff');
    expect(canEnterMaintenance(host({ task: 'rebooting' }))).toBe('busy');
  });
  it('exit, wake, shut off and reboot only in maintenance', () => {
    expect(canExitMaintenance(host())).toBe('notMaintenance');
    expect(canExitMaintenance(host({ maintenance: true }))).toBe(true);
    expect(canExitMaintenance(host({ maintenance: true, power: 'off' }))).toBe('hostOffWake');
    expect(canWake(host({ maintenance: true }))).toBe('alreadyOn');
    expect(canWake(host({ maintenance: true, power: 'off' }))).toBe(true);
    expect(canShutoffOrReboot(host())).toBe('notMaintenance');
    expect(canShutoffOrReboot(host({ maintenance: true }))).toBe(true);
    expect(canShutoffOrReboot(host({ maintenance: true, power: 'off' }))).toBe('hostOff');
  });
  it('counts the VMs that block maintenance', () => {
    expect(blockingVms([vm(), vm({ power: 'stopped' }), vm({ power: 'paused' })])).toHaveLength(2);
  });
});

describe('VM guards and migration preflight', () => {
  it('adopts unmanaged VMs and releases managed ones', () => {
    expect(canAdopt(vm())).toBe(true);
    expect(canAdopt(vm({ serverId: 's' }))).toBe('managed');
    expect(canRelease(vm())).toBe('notManaged');
    expect(canRelease(vm({ serverId: 's' }))).toBe(true);
  });
  it('checks the target host and storage before submit', () => {
    const store = { id: 'b', name: 'b', path: '/b', totalGB: 100, usedGB: 90 };
    expect(migratePreflight(vm(), host({ id: '1' }), undefined, '0')).toBe('sameHost');
    expect(migratePreflight(vm(), host({ id: '2', maintenance: true }), undefined, '0')).toBe(
      'targetMaintenance',
    );
    expect(migratePreflight(vm(), host({ id: '2', memPct: 99.9 }), undefined, '0')).toBe(
      'targetMemory',
    );
    expect(migratePreflight(vm(), host({ id: '2' }), undefined, '0')).toBeNull();
    expect(migratePreflight(vm(), host({ id: '2' }), store, '2')).toBe('storeFull');
    expect(migratePreflight(vm(), undefined, { ...store, usedGB: 10 }, '1')).toBeNull();
  });
  it('maps the relocate body: online for a running VM, the own host for storage only', () => {
    const store = { id: 'b', name: 'b', path: '/b', totalGB: 100, usedGB: 0 };
    expect(
      toRelocate(vm(), { targetHostId: '2', targetPool: 'b', mode: '1' }, store),
    ).toMatchObject({ targetHostId: '1', onlineMigrate: '1', migrateType: '1', targetPool: 'b' });
    expect(
      toRelocate(
        vm({ power: 'stopped' }),
        { targetHostId: '2', targetPool: '', mode: '0' },
        undefined,
      ),
    ).toMatchObject({ targetHostId: '2', onlineMigrate: '0', targetPool: 'a' });
  });
});

describe('adoption', () => {
  it('suggests the smallest flavor that holds the VM', () => {
    const flavors = [
      { id: 'a', vcpus: 1, ram: 2048 },
      { id: 'b', vcpus: 4, ram: 8192 },
      { id: 'c', vcpus: 2, ram: 4096 },
    ];
    expect(suggestFlavor(vm(), flavors)?.id).toBe('c');
  });
  it('names the VM by id (CAS) or by name (VMware)', () => {
    const v = { projectId: 'p', name: 'ERP', flavor: 'f', image: 'i', network: 'n' };
    expect(toCasAdopt(vm(), v, 'az1', 'node1').server).toMatchObject({
      vmId: '600',
      name: 'ERP',
      availability_zone: 'az1:node1',
      port_id: 'n',
    });
    expect(toVmwAdopt(vm(), v, 'az1', 'node1').server).toMatchObject({
      name: 'erp',
      alias: 'ERP',
      networks: [{ port: 'n' }],
    });
  });
});
