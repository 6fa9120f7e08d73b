import { describe, expect, it } from 'vitest';
import {
  cloudTotals,
  formatVersion,
  parseCpuInfo,
  prettyJson,
  usage,
  usageLevel,
  ALLOCATION_RATIO,
  usageOf,
  type Hypervisor,
} from './hypervisor';

const hv = (over: Partial<Hypervisor> = {}): Hypervisor => ({
  id: '1',
  status: 'enabled',
  state: 'up',
  service: { host: 'comp1', id: '10', disabled_reason: null },
  hypervisor_hostname: 'cvk1',
  hypervisor_type: 'QEMU',
  hypervisor_version: 2007,
  host_ip: '10.0.0.1',
  vcpus: 16,
  vcpus_used: 6,
  memory_mb: 65536,
  memory_mb_used: 12800,
  local_gb: 1000,
  local_gb_used: 240,
  free_disk_gb: 760,
  free_ram_mb: 52736,
  disk_available_least: null,
  running_vms: 6,
  current_workload: 0,
  cpu_info: null,
  ...over,
});

describe('usage', () => {
  it('is the used share of the capacity in percent', () => {
    expect(usage(6, 16).percent).toBe(37.5);
    expect(usage(0, 16).percent).toBe(0);
  });
  it('is not clamped when overcommitted', () => {
    expect(usage(24, 16).percent).toBe(150);
  });
  it('is 0 for a host without capacity', () => {
    expect(usage(0, 0)).toMatchObject({ used: 0, total: 0, percent: 0 });
    expect(usage(4, 0).percent).toBe(0);
  });
  it('reads each resource of a hypervisor', () => {
    const h = hv();
    expect(usageOf(h, 'vcpus')).toMatchObject({ used: 6, total: 16, percent: 37.5 });
    expect(usageOf(h, 'memory').percent).toBeCloseTo(19.53, 2);
    expect(usageOf(h, 'disk')).toMatchObject({ used: 240, total: 1000, percent: 24 });
  });
});

describe('overcommit', () => {
  it('measures vCPUs against what nova schedules: 4 per physical core (its default ratio)', () => {
    expect(ALLOCATION_RATIO).toEqual({ vcpus: 4, memory: 1, disk: 1 });
    const v = usageOf(hv({ vcpus: 100, vcpus_used: 295 }), 'vcpus');
    expect(v.factor).toBeCloseTo(2.95, 5);
    expect(v.schedulable).toBe(400);
    expect(v.load).toBeCloseTo(73.75, 5);
  });

  it('calls 188–295 % of physical cores normal: overcommitting vCPUs is what clouds do', () => {
    for (const used of [188, 220, 295])
      expect(usageLevel(usageOf(hv({ vcpus: 100, vcpus_used: used }), 'vcpus'))).toBe('normal');
  });

  it('warns from 80 % of the schedulable capacity and is full at it', () => {
    const vcpu = (used: number) =>
      usageLevel(usageOf(hv({ vcpus: 100, vcpus_used: used }), 'vcpus'));
    expect(vcpu(319)).toBe('normal');
    expect(vcpu(320)).toBe('high');
    expect(vcpu(399)).toBe('high');
    expect(vcpu(400)).toBe('full');
    // Memory and disk are not overcommitted by default: the same thresholds of the physical size.
    const mem = (used: number) =>
      usageLevel(usageOf(hv({ memory_mb: 1000, memory_mb_used: used }), 'memory'));
    expect(mem(799)).toBe('normal');
    expect(mem(800)).toBe('high');
    expect(mem(1000)).toBe('full');
  });

  it('is nothing for a host without capacity', () => {
    expect(usageLevel(usage(0, 0))).toBe('normal');
    expect(usage(0, 0, 4)).toMatchObject({ factor: 0, schedulable: 0, load: 0 });
  });
});

describe('cloud totals', () => {
  it('sums capacity and usage over every host and counts their states', () => {
    const t = cloudTotals([
      hv(),
      hv({
        id: '2',
        vcpus: 32,
        vcpus_used: 40,
        state: 'down',
        running_vms: 2,
        current_workload: 1,
      }),
      hv({ id: '3', status: 'disabled', vcpus_used: 0, memory_mb_used: 512, local_gb_used: 0 }),
    ]);
    expect(t.hosts).toBe(3);
    expect(t.up).toBe(2);
    expect(t.down).toBe(1);
    expect(t.disabled).toBe(1);
    expect(t.runningVms).toBe(14);
    expect(t.workload).toBe(1);
    expect(t.vcpus).toMatchObject({ used: 46, total: 64, percent: 71.875 });
    expect(t.memory.used).toBe(12800 * 2 + 512);
    expect(t.memory.total).toBe(65536 * 3);
    expect(t.disk).toMatchObject({ used: 480, total: 3000, percent: 16 });
  });
  it('is all zeros for no hosts', () => {
    const t = cloudTotals([]);
    expect(t.hosts).toBe(0);
    expect(t.vcpus).toMatchObject({ used: 0, total: 0, percent: 0 });
  });
});

describe('version', () => {
  it("reads nova's integer form", () => {
    expect(formatVersion(6002000)).toBe('6.2.0');
    expect(formatVersion(6007000)).toBe('6.7.0');
    expect(formatVersion(10001002)).toBe('10.1.2');
  });
  it('leaves other values as they are', () => {
    expect(formatVersion(2007)).toBe('2007');
  });
});

describe('cpu_info', () => {
  it('reads the known fields', () => {
    const info = parseCpuInfo(
      JSON.stringify({
        arch: 'x86_64',
        model: 'Cascadelake-Server-noTSX',
        vendor: 'Intel',
        topology: { cells: 1, sockets: 1, cores: 8, threads: 2 },
        features: ['vmx', 'aes', 3],
      }),
    );
    expect(info).toEqual({
      arch: 'x86_64',
      vendor: 'Intel',
      model: 'Cascadelake-Server-noTSX',
      topology: { sockets: 1, cores: 8, threads: 2, cells: 1 },
      features: ['vmx', 'aes'],
    });
  });
  it('is null for null, non-JSON or non-object text', () => {
    expect(parseCpuInfo(null)).toBeNull();
    expect(parseCpuInfo('')).toBeNull();
    expect(parseCpuInfo('not json')).toBeNull();
    expect(parseCpuInfo('[1,2]')).toBeNull();
  });
  it('tolerates missing fields', () => {
    expect(parseCpuInfo('{"arch":"aarch64"}')).toEqual({
      arch: 'aarch64',
      vendor: undefined,
      model: undefined,
      topology: undefined,
      features: [],
    });
  });
  it('pretty-prints JSON and leaves other text alone', () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson('x')).toBe('x');
  });
});
