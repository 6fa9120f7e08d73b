// Whole-VM snapshots of a server (004 §1.10 #6–12): the tree as table rows, what may be done to
// a snapshot in the server's current state (api-notes 4.3), and the create request.
import type { VmSnapshotCreate, VmSnapshotNode } from '@/api/resources/vm-snapshots';
import type { Server } from './types';

/** A tree row: antd's tree table reads `children` (absent on a leaf, so no expander shows). */
export type VmSnapshotRow = Omit<VmSnapshotNode, 'snapshots'> & { children?: VmSnapshotRow[] };

export function toRows(nodes: readonly VmSnapshotNode[]): VmSnapshotRow[] {
  return nodes.map(({ snapshots, ...node }) => {
    const children = toRows(snapshots.snapshot);
    return children.length > 0 ? { ...node, children } : node;
  });
}

/** Every node, depth first. */
export function allSnapshots(nodes: readonly VmSnapshotNode[]): VmSnapshotNode[] {
  return nodes.flatMap((n) => [n, ...allSnapshots(n.snapshots.snapshot)]);
}

/** Poll while the hypervisor writes a snapshot. */
export const anyCreating = (nodes: readonly VmSnapshotNode[]) =>
  allSnapshots(nodes).some((n) => n.status === 'creating');

export type SnapshotVerdict =
  | true
  | { reason: 'busy' }
  | { reason: 'state' }
  | { reason: 'creating' }
  | { reason: 'limit'; limit: number };

const SNAPSHOT_STATES = new Set(['ACTIVE', 'SHUTOFF']);

/** The hypervisor snapshots or reverts a settled server that runs or is shut off. */
function serverReady(server: Pick<Server, 'status' | 'OS-EXT-STS:task_state'>): SnapshotVerdict {
  if (server['OS-EXT-STS:task_state'] !== null) return { reason: 'busy' };
  if (!SNAPSHOT_STATES.has(server.status)) return { reason: 'state' };
  return true;
}

export function canCreateVmSnapshot(
  server: Pick<Server, 'status' | 'OS-EXT-STS:task_state'>,
  count: number,
  limit: number | undefined,
): SnapshotVerdict {
  const ready = serverReady(server);
  if (ready !== true) return ready;
  if (limit !== undefined && count >= limit) return { reason: 'limit', limit };
  return true;
}

export function canRevertVmSnapshot(
  server: Pick<Server, 'status' | 'OS-EXT-STS:task_state'>,
  snap: Pick<VmSnapshotNode, 'status'>,
): SnapshotVerdict {
  if (snap.status === 'creating') return { reason: 'creating' };
  return serverReady(server);
}

export function canDeleteVmSnapshot(
  server: Pick<Server, 'OS-EXT-STS:task_state'>,
  snap: Pick<VmSnapshotNode, 'status'>,
): SnapshotVerdict {
  if (snap.status === 'creating') return { reason: 'creating' };
  if (server['OS-EXT-STS:task_state'] === 'snapshot_reverting') return { reason: 'busy' };
  return true;
}

export const canEditVmSnapshot = (snap: Pick<VmSnapshotNode, 'status'>): SnapshotVerdict =>
  snap.status === 'creating' ? { reason: 'creating' } : true;

/** A memory snapshot needs a running server. */
export const canSnapshotMemory = (server: Pick<Server, 'status'>) => server.status === 'ACTIVE';

export type VmSnapshotFormValues = {
  name: string;
  desc?: string;
  snapMem?: boolean;
  snapshotMode?: '1' | '2';
};

/** Names may not hold `,` (the delete call lists names with commas) or `/`. */
export const SNAPSHOT_NAME = /^[^,/]+$/;

export function toCreateRequest(v: VmSnapshotFormValues): VmSnapshotCreate {
  const desc = v.desc?.trim();
  return {
    name: v.name.trim(),
    ...(desc ? { desc } : {}),
    snapMem: v.snapMem ? 'true' : 'false',
    snapshotMode: v.snapshotMode ?? '2',
  };
}
