import { describe, expect, it } from 'vitest';
import type { VmSnapshotNode } from '@/api/resources/vm-snapshots';
import {
  allSnapshots,
  anyCreating,
  canCreateVmSnapshot,
  canDeleteVmSnapshot,
  canEditVmSnapshot,
  canRevertVmSnapshot,
  toCreateRequest,
  toRows,
} from './vm-snapshots';

const node = (name: string, over: Partial<VmSnapshotNode> = {}, kids: VmSnapshotNode[] = []) =>
  ({
    name,
    desc: null,
    creationTime: '2026-12-01 10:00:00',
    isCurr: 'false',
    snapMem: 'false',
    snapshotTitle: name,
    noStopVirtSnapMem: 'true',
    snapshotMode: '2',
    status: 'available',
    snapshots: { snapshot: kids },
    ...over,
  }) satisfies VmSnapshotNode;

const tree = [node('a', {}, [node('b', {}, [node('c', { isCurr: 'true' })]), node('d')])];
const running = { status: 'ACTIVE', 'OS-EXT-STS:task_state': null } as const;
const off = { status: 'SHUTOFF', 'OS-EXT-STS:task_state': null } as const;

describe('vm snapshot tree', () => {
  it('turns the tree into rows; leaves have no children key', () => {
    const rows = toRows(tree);
    expect(rows[0]?.children?.map((r) => r.name)).toEqual(['b', 'd']);
    expect(rows[0]?.children?.[1]).not.toHaveProperty('children');
    expect(allSnapshots(tree).map((n) => n.name)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('polls while a snapshot is being created', () => {
    expect(anyCreating(tree)).toBe(false);
    expect(anyCreating([node('x', {}, [node('y', { status: 'creating' })])])).toBe(true);
  });
});

describe('vm snapshot guards', () => {
  it('creates on a settled running or stopped server below the limit', () => {
    expect(canCreateVmSnapshot(running, 3, 10)).toBe(true);
    expect(canCreateVmSnapshot(off, 3, 10)).toBe(true);
    expect(canCreateVmSnapshot(running, 10, 10)).toEqual({ reason: 'limit', limit: 10 });
    expect(
      canCreateVmSnapshot({ ...running, 'OS-EXT-STS:task_state': 'image_snapshot' }, 0, 10),
    ).toEqual({
      reason: 'busy',
    });
    expect(canCreateVmSnapshot({ status: 'PAUSED', 'OS-EXT-STS:task_state': null }, 0, 10)).toEqual(
      {
        reason: 'state',
      },
    );
  });

  it('reverts, edits and deletes only available snapshots', () => {
    const creating = { status: 'creating' } as const;
    const ready = { status: 'available' } as const;
    expect(canRevertVmSnapshot(running, ready)).toBe(true);
    expect(canRevertVmSnapshot(running, creating)).toEqual({ reason: 'creating' });
    expect(canEditVmSnapshot(creating)).toEqual({ reason: 'creating' });
    expect(canDeleteVmSnapshot(running, ready)).toBe(true);
    expect(canDeleteVmSnapshot({ 'OS-EXT-STS:task_state': 'snapshot_reverting' }, ready)).toEqual({
      reason: 'busy',
    });
  });
});

describe('toCreateRequest', () => {
  it('sends the documented strings, trimmed, without an empty description', () => {
    expect(toCreateRequest({ name: ' s1 ', desc: ' ', snapMem: true })).toEqual({
      name: 's1',
      snapMem: 'true',
      snapshotMode: '2',
    });
    expect(toCreateRequest({ name: 's', desc: 'd', snapshotMode: '1' })).toEqual({
      name: 's',
      desc: 'd',
      snapMem: 'false',
      snapshotMode: '1',
    });
  });
});
