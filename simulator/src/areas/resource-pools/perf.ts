// VMware performance (§1.13 #9): the last hour at 300 s, per counter (vCenter's names): host and
// cluster — 2 cpu.usage.average (%), 24 mem.usage.average (%), 143 net.usage.average (KBps);
// datastore — 281 disk.capacity.latest, 282 disk.used.latest, 283 disk.provisioned.latest (GB).
// Values wave around the current load, deterministic per object and time slot.
import { notFound } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { Schemas } from '../../state.ts';
import { clustersOf, hostsOf, storeUsedGB, storesOf, usageOf } from './inventory.ts';

const INTERVAL = 300;
const POINTS = 12;

const hash = (s: string) => [...s].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);
const wave = (seed: number, slot: number) =>
  Math.sin((seed % 97) + slot * 0.9) * 0.5 + Math.sin(slot * 2.3 + seed) * 0.25;
const r2 = (n: number) => Math.round(Math.max(0, n) * 100) / 100;

export function perf(
  sim: Sim,
  node: string,
  type: Schemas['VmwPerf']['type'],
  morId: string,
): Schemas['VmwPerf'] {
  const end = Math.floor(sim.now() / (INTERVAL * 1000)) * INTERVAL * 1000;
  const timestamps = Array.from(
    { length: POINTS },
    (_, i) => end - (POINTS - 1 - i) * INTERVAL * 1000,
  );
  const seed = hash(morId);
  const series = (base: number, spread: number) =>
    timestamps.map((t) => r2(base === 0 ? 0 : base + spread * wave(seed, t / (INTERVAL * 1000))));
  let data: Schemas['VmwPerf']['data'];
  if (type === 'datastore') {
    const s = storesOf(sim, node).find((x) => x.id === morId);
    if (!s) throw notFound(`Datastore ${morId} could not be found on compute node ${node}.`);
    const { used, allocated } = storeUsedGB(sim, s);
    data = [
      { counterId: 281, instance: '', value: timestamps.map(() => s.totalGB) },
      { counterId: 282, instance: '', value: series(used, Math.min(used * 0.01, 5)) },
      { counterId: 283, instance: '', value: timestamps.map(() => allocated + s.baseUsedGB) },
    ];
  } else {
    const hosts =
      type === 'host'
        ? hostsOf(sim, node).filter((h) => h.id === morId)
        : clustersOf(sim, node).some((c) => c.id === morId)
          ? hostsOf(sim, node).filter((h) => h.clusterId === morId)
          : [];
    if (
      hosts.length === 0 &&
      !(type === 'cluster' && clustersOf(sim, node).some((c) => c.id === morId))
    )
      throw notFound(
        `${type === 'host' ? 'Host' : 'Cluster'} ${morId} could not be found on compute node ${node}.`,
      );
    const u = hosts.map((h) => usageOf(sim, h));
    const avg = (f: (x: (typeof u)[number]) => number) =>
      u.length ? u.reduce((a, x) => a + f(x), 0) / u.length : 0;
    const cpu = avg((x) => x.cpuPct);
    const mem = avg((x) => x.memPct);
    const net = avg((x) => x.running * 180);
    data = [
      { counterId: 2, instance: '', value: series(cpu, Math.min(cpu * 0.3, 12)) },
      { counterId: 24, instance: '', value: series(mem, Math.min(mem * 0.05, 3)) },
      { counterId: 143, instance: '', value: series(net, net * 0.4) },
    ];
  }
  return { morId, type, interval: INTERVAL, timestamps, data };
}
