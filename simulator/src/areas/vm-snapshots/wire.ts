// Wire forms of whole-VM snapshots and snapshot policies (004 §1.10): every boolean a "true" /
// "false" string and every time `yyyy-MM-dd HH:mm:ss`, as the documents print them.
import type { Sim } from '../../sim.ts';
import type { Schemas, SnapPolicyRec, VmSnapRec, VmSnapTreeRec } from '../../state.ts';
import { serversById } from '../servers/indexes.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** `yyyy-MM-dd HH:mm:ss`, UTC (api-notes I-43). */
export const casTime = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

const bool = (b: boolean): Schemas['VirtualSnapshotBool'] => (b ? 'true' : 'false');

/** The tree as `getVirtualSnapshotTree` answers it: roots, each node's children nested. */
export function treeWire(tree: VmSnapTreeRec | undefined): Schemas['VirtualSnapshotTree'] {
  const snaps = tree?.snaps ?? [];
  const children = new Map<string | null, VmSnapRec[]>();
  for (const s of [...snaps].sort((a, b) => a.created - b.created)) {
    const list = children.get(s.parent);
    if (list) list.push(s);
    else children.set(s.parent, [s]);
  }
  const node = (s: VmSnapRec): Schemas['VirtualSnapshotNode'] => ({
    name: s.name,
    desc: s.desc,
    creationTime: casTime(s.created),
    isCurr: bool(s.name === tree?.current),
    snapMem: bool(s.snapMem),
    snapshotTitle: `${s.name}${'&nbsp;'.repeat(6)}(${casTime(s.created)})`,
    noStopVirtSnapMem: bool(s.noStop),
    snapshotMode: s.mode,
    status: s.status,
    snapshots: { snapshot: (children.get(s.name) ?? []).map(node) },
  });
  return { snapshot: (children.get(null) ?? []).map(node) };
}

/** A policy as its reads answer it: the zones' names and the bound servers' names added. */
export function policyWire(sim: Sim, p: SnapPolicyRec): Schemas['SnapshotPolicy'] {
  const server = serversById(sim);
  const zones = p.labelZoneIds
    .split(';')
    .map((id) => sim.state.azones.find((a) => a.id === id)?.zone ?? id);
  return {
    uuid: p.uuid,
    id: p.id,
    name: p.name,
    desc: p.desc,
    state: p.state,
    flag: p.flag,
    maxSnapshotNum: p.maxSnapshotNum,
    frequency: p.frequency,
    day: p.day,
    hour: p.hour,
    minutes: p.minutes,
    tenantId: p.tenantId,
    tenantName: p.tenantName,
    labelZoneIds: p.labelZoneIds,
    labelZones: zones.join(';'),
    snapStrategyVm: p.servers.flatMap((id) => {
      const s = server(id);
      return s ? [{ uuid: id, snapStrategyId: p.id, name: s.name }] : [];
    }),
  };
}
