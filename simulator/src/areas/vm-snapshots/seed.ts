// Seeded whole-VM snapshots and snapshot policies: snapshot trees (branches, memory and disk-only
// snapshots, policy-taken ones) on many of the CAS servers, and policies of every frequency, in effect or not, binding servers of their organisation. Drawn
// from no generator; `--scale` adds more.
import { SEED_EPOCH } from '../../constants.ts';
import type {
  ProjectRec,
  ServerRec,
  SnapPolicyRec,
  State,
  VmSnapRec,
  VmSnapTreeRec,
} from '../../state.ts';
import { uuidOf } from '../aggregates/seed.ts';
import { LIMIT_COUNT } from './limit.ts';

const HOUR = 3_600_000;
const NAMES = ['before-upgrade', 'baseline', 'pre-patch', 'release-2.3', 'db-migrated', 'weekly'];
const DESCS = [null, '升级前备份', 'before the kernel patch', '上线前基线', 'nightly'];

type Input = Pick<State, 'servers' | 'azones' | 'projects'> & {
  projectLimits?: State['projectLimits'];
};

const snapshotable = (s: ServerRec, cas: Set<string>) =>
  (s.status === 'ACTIVE' || s.status === 'SHUTOFF') &&
  s.task_state === null &&
  s.host &&
  cas.has(s.az);

/** A tree of `count` snapshots, `autos` of them taken by a policy (the latest ones). */
function treeFor(s: ServerRec, n: number, count: number, autos: number): VmSnapTreeRec {
  const snaps: VmSnapRec[] = [];
  let current: string | null = null;
  for (let i = 0; i < count; i++) {
    const auto = i >= count - autos;
    const base = auto ? 'auto' : (NAMES[(n + i) % NAMES.length] ?? 'snap');
    const name = `${base}-${String(i + 1).padStart(2, '0')}`;
    // Every third snapshot branches off the first one: the VM was reverted and went on.
    const parent = i > 0 && i % 3 === 2 ? (snaps[0]?.name ?? null) : current;
    snaps.push({
      name,
      desc: auto ? null : (DESCS[(n + i) % DESCS.length] ?? null),
      created: SEED_EPOCH - (count - i) * 26 * HOUR - n * 7 * 60_000,
      snapMem: s.status === 'ACTIVE' && (n + i) % 3 === 0,
      mode: (n + i) % 4 === 0 ? '1' : '2',
      noStop: true,
      parent,
      status: 'available',
      auto,
    });
    current = name;
  }
  return { serverId: s.id, current, snaps };
}

/**
 * An organisation's trees: as many manual and policy-taken snapshots as its seeded quota usage
 * says (`projectLimits.used`), spread over its CAS servers a few each; without a usage figure
 * (a state saved before quotas), two servers in three get some.
 */
function treesOf(input: Input, servers: ServerRec[], project: string): VmSnapTreeRec[] {
  const used = input.projectLimits?.[project]?.used;
  let manual = used ? (used.maxComputeExtendVirtualSnaps ?? 0) : servers.length * 2;
  let autos = used ? (used.maxComputeExtendAutoVirtualSnaps ?? 0) : 0;
  const out: VmSnapTreeRec[] = [];
  for (let i = 0; i < servers.length && manual + autos > 0; i++) {
    const s = servers[i];
    if (!s || i % 3 === 2) continue;
    const want = Math.min(1 + (i % 5), LIMIT_COUNT);
    const m = Math.min(manual, want);
    const a = Math.min(autos, want - m + (i % 2));
    if (m + a === 0) continue;
    manual -= m;
    autos -= a;
    out.push(treeFor(s, i, m + a, a));
  }
  return out;
}

const FREQ: {
  frequency: SnapPolicyRec['frequency'];
  day: string;
  hour: string;
  minutes: string;
}[] = [
  { frequency: '2', day: '1', hour: '2', minutes: '30' },
  { frequency: '1', day: '7', hour: '23', minutes: '0' },
  { frequency: '0', day: '1', hour: '0', minutes: '15' },
  { frequency: '1', day: '3', hour: '4', minutes: '45' },
];
/** One name per FREQ entry, in its order. */
const POLICY_NAMES = ['每日备份', 'weekly-sunday', 'monthly.archive', '周三维护窗口'];

function policiesFor(input: Input, cas: Set<string>, scale: number): SnapPolicyRec[] {
  const out: SnapPolicyRec[] = [];
  const bound = new Set<string>();
  const count = 8 + Math.max(0, Math.round((scale - 1) * 4));
  const projects = input.projects.filter((p: ProjectRec) =>
    input.servers.some((s) => s.tenant_id === p.id && cas.has(s.az)),
  );
  for (let n = 0; n < count && projects.length; n++) {
    const p = projects[n % projects.length];
    if (!p) continue;
    const mineCas = input.servers.filter((s) => s.tenant_id === p.id && cas.has(s.az));
    const zoneName = mineCas[n % Math.max(1, mineCas.length)]?.az ?? '';
    const zone = input.azones.find((a) => a.zone === zoneName);
    if (!zone) continue;
    const servers = mineCas
      .filter((s) => s.az === zoneName && !bound.has(s.id))
      .slice(0, n % 4)
      .map((s) => s.id);
    for (const id of servers) bound.add(id);
    const f = FREQ[n % FREQ.length] ?? FREQ[0];
    if (!f) continue;
    out.push({
      uuid: uuidOf(`snap-policy:${n}`),
      id: String(n + 1),
      name: `${POLICY_NAMES[n % FREQ.length] ?? 'policy'}${n >= FREQ.length ? `-${n}` : ''}`,
      desc: n % 3 === 0 ? null : '自动整机快照',
      state: n % 3 === 2 ? '0' : '1',
      flag: n % 4 === 1 ? '1' : '0',
      maxSnapshotNum: String(1 + (n % 7)),
      ...f,
      tenantId: p.id,
      tenantName: p.name,
      labelZoneIds: zone.id,
      servers,
    });
  }
  return out;
}

export function seedVmSnapshots(
  input: Input,
  scale: number,
): Pick<State, 'vmSnapTrees' | 'snapPolicies' | 'nextSnapPolicyId'> {
  const cas = new Set(
    input.azones
      .filter((a) => a.virtType === 'CAS' && a.resourceType === 'nova')
      .map((a) => a.zone),
  );
  const vmSnapTrees = input.projects.flatMap((p) =>
    treesOf(
      input,
      input.servers.filter((s) => s.tenant_id === p.id && snapshotable(s, cas)),
      p.id,
    ),
  );
  const snapPolicies = policiesFor(input, cas, scale);
  return { vmSnapTrees, snapPolicies, nextSnapPolicyId: snapPolicies.length + 1 };
}
