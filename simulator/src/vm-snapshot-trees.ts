// The one snapshot tree of a VM that is a cloud server. The server's Snapshots API (vm-snapshots,
// 004 §1.10) and the resource pools' hypervisor API (resource-pools, §1.13 #21–24) both read and
// change these records, so a snapshot made, reverted or deleted through one shows through the
// other. Imports no area: both areas import it.
import type { Sim } from './sim.ts';
import type { VmSnapRec, VmSnapTreeRec } from './state.ts';

export const treesByServer = (sim: Sim) => sim.index('vmSnapTrees', 'server', (t) => t.serverId);

export function treeOf(sim: Sim, serverId: string): VmSnapTreeRec | undefined {
  return treesByServer(sim).get(serverId)?.[0];
}

export function ensureTree(sim: Sim, serverId: string): VmSnapTreeRec {
  const found = treeOf(sim, serverId);
  if (found) return found;
  sim.state.vmSnapTrees.push({ serverId, current: null, snaps: [] });
  const made = treeOf(sim, serverId);
  if (!made) throw new Error('snapshot tree not stored');
  return made;
}

export const snapOf = (tree: VmSnapTreeRec | undefined, name: string) =>
  tree?.snaps.find((x) => x.name === name);

/** A new snapshot is a child of the current one and becomes current. */
export function addSnap(tree: VmSnapTreeRec, rec: Omit<VmSnapRec, 'parent'>): VmSnapRec {
  const snap: VmSnapRec = { ...rec, parent: tree.current };
  tree.snaps.push(snap);
  tree.current = snap.name;
  return snap;
}

/** A deleted snapshot's children move to its parent, which becomes current if it was. */
export function removeSnap(tree: VmSnapTreeRec, snap: VmSnapRec) {
  for (const c of tree.snaps) if (c.parent === snap.name) c.parent = snap.parent;
  if (tree.current === snap.name) tree.current = snap.parent;
  tree.snaps = tree.snaps.filter((y) => y !== snap);
}
