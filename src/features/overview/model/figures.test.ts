import { describe, expect, it } from 'vitest';
import {
  capacityOf,
  closestToQuota,
  levelOf,
  nodeTone,
  pendingCount,
  quotaLines,
  recentActivity,
  toBars,
  type AbsoluteLimits,
  type Hypervisor,
} from './figures';

function limits(over: Partial<AbsoluteLimits> = {}): AbsoluteLimits {
  return {
    projectId: 'p',
    maxTotalInstances: -1,
    totalInstancesUsed: 0,
    maxTotalCores: -1,
    totalCoresUsed: 0,
    maxTotalRAMSize: -1,
    totalRAMUsed: 0,
    maxTotalVolumes: -1,
    totalVolumesUsed: 0,
    maxTotalVolumeGigabytes: -1,
    totalGigabytesUsed: 0,
    maxTotalSnapshots: -1,
    totalSnapshotsUsed: 0,
    ...over,
  } as AbsoluteLimits;
}

const hv = (over: Partial<Hypervisor>) =>
  ({
    state: 'up',
    running_vms: 0,
    vcpus: 0,
    vcpus_used: 0,
    memory_mb: 0,
    memory_mb_used: 0,
    local_gb: 0,
    local_gb_used: 0,
    ...over,
  }) as Hypervisor;

describe('toBars', () => {
  it('keeps known, non-zero counts in order, each as a share of the largest', () => {
    const bars = toBars(
      ['ACTIVE', 'SHUTOFF', 'ERROR', 'BUILD'],
      [
        { count: 200, more: true },
        { count: 0, more: false },
        { count: 50, more: false },
        undefined,
      ],
    );
    expect(bars).toEqual([
      { key: 'ACTIVE', count: 200, more: true, share: 1 },
      { key: 'ERROR', count: 50, more: false, share: 0.25 },
    ]);
  });
  it('is empty when nothing is counted yet', () => {
    expect(toBars(['a'], [undefined])).toEqual([]);
  });
});

describe('capacityOf', () => {
  it('sums every hypervisor, as nova statistics do', () => {
    const c = capacityOf([
      hv({ vcpus: 32, vcpus_used: 8, memory_mb: 1024, memory_mb_used: 512, running_vms: 3 }),
      hv({ state: 'down', vcpus: 32, vcpus_used: 24, local_gb: 100, local_gb_used: 25 }),
    ]);
    expect(c).toMatchObject({ hosts: 2, up: 1, down: 1, runningVms: 3 });
    // vCPUs are weighed against four times the cores (nova's allocation ratio).
    expect(c.vcpus).toMatchObject({ used: 32, total: 64, schedulable: 256, load: 12.5 });
    expect(c.memory.load).toBe(50);
    expect(c.disk.load).toBe(25);
  });
  it('reads no capacity as 0 %, not NaN', () => {
    expect(capacityOf([]).vcpus.load).toBe(0);
  });
});

describe('quota', () => {
  it('reads -1 as no limit and a zero limit with use as full', () => {
    const lines = quotaLines(
      limits({ maxTotalCores: 10, totalCoresUsed: 5, maxTotalVolumes: 0, totalVolumesUsed: 1 }),
    );
    const by = (k: string) => lines.find((l) => l.resource.key === k);
    expect(by('instances')).toMatchObject({ max: null, ratio: 0 });
    expect(by('cores')).toMatchObject({ used: 5, max: 10, ratio: 0.5 });
    expect(by('volumes')?.ratio).toBe(1);
  });

  it('ranks organisations by their most used resource and leaves out the unlimited', () => {
    const names = new Map([
      ['a', 'alpha'],
      ['b', 'beta'],
    ]);
    const ranked = closestToQuota(
      [
        limits({ projectId: 'a', maxTotalCores: 10, totalCoresUsed: 3 }),
        limits({ projectId: 'b', maxTotalRAMSize: 1000, totalRAMUsed: 950 }),
        limits({ projectId: 'c' }),
        limits({ projectId: 'd', maxTotalInstances: 4, totalInstancesUsed: 2 }),
      ],
      names,
      2,
    );
    expect(ranked.map((o) => [o.name, o.worst.resource.key])).toEqual([
      ['beta', 'ram'],
      ['d', 'instances'],
    ]);
  });

  it('levels', () => {
    expect([levelOf(0.5), levelOf(0.8), levelOf(0.95)]).toEqual(['normal', 'high', 'full']);
  });
});

describe('recentActivity', () => {
  it('merges servers and images newest first', () => {
    const items = recentActivity(
      [
        { id: 's1', name: 'web', status: 'ACTIVE', updated: '2026-01-02T00:00:00Z' },
        { id: 's2', name: 'db', status: 'ERROR', updated: '2026-01-04T00:00:00Z' },
      ],
      [
        { id: 'i1', name: null, status: 'active', updated_at: '2026-01-03T00:00:00Z' },
        { id: 'i2', name: 'old', status: 'queued', created_at: '2025-01-01T00:00:00Z' },
      ],
      3,
    );
    expect(items.map((i) => `${i.kind}:${i.name}`)).toEqual([
      'server:db',
      'image:i1',
      'server:web',
    ]);
  });
});

describe('small readings', () => {
  it('counts pending orders and tones node states', () => {
    expect(pendingCount([{ state: 'pending' }, { state: 'finished' }, { state: 'pending' }])).toBe(
      2,
    );
    expect(nodeTone('deploy failed')).toBe('error');
    expect(nodeTone('active')).toBe('success');
  });
});
