// Loaded into the simulator by `npm run bench:sim` (node --import): what the simulator itself saw
// during a run, so a latency figure comes with its cause. On SIGUSR2 it writes one line to stderr,
// `bench-sim-probe {json}`, with the event-loop delay (p50/p99/max, ms) and the garbage
// collections (count, total and longest pause per kind, ms) since the last signal, then resets.
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const KINDS: Record<number, string> = {
  1: 'scavenge',
  2: 'minorMarkSweep',
  4: 'markCompact',
  8: 'incremental',
  16: 'weakCallbacks',
};
let gc: Record<string, { n: number; ms: number; max: number }> = {};
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    // A GC entry's kind is in its `detail` (Node's PerformanceEntry type does not declare it).
    const detail: unknown = Reflect.get(e, 'detail');
    const code = typeof detail === 'object' && detail !== null ? Reflect.get(detail, 'kind') : 0;
    const kind = KINDS[typeof code === 'number' ? code : 0] ?? 'other';
    const k = (gc[kind] ??= { n: 0, ms: 0, max: 0 });
    k.n += 1;
    k.ms += e.duration;
    k.max = Math.max(k.max, e.duration);
  }
}).observe({ entryTypes: ['gc'] });

const ms = (ns: number) => Math.round(ns / 1e5) / 10;
process.on('SIGUSR2', () => {
  const round = (v: number) => Math.round(v * 10) / 10;
  const report = {
    loop: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
    gc: Object.fromEntries(
      Object.entries(gc).map(([k, v]) => [k, { n: v.n, ms: round(v.ms), max: round(v.max) }]),
    ),
    heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
  };
  process.stderr.write(`bench-sim-probe ${JSON.stringify(report)}\n`);
  loop.reset();
  gc = {};
});
