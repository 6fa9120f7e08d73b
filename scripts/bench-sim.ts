// npm run bench:sim -- [--duration S] [--warmup S] [--connections 1,10,200] [--scale N]
//                      [--write-connections N] [--out DIR] [--label TEXT]
//
// Loopback load on the simulator for issue [S1], not part of npm test:
//  1. reads: the servers detail list and the images list (limit=20) at each connection count,
//     on an ephemeral simulator seeded at --scale;
//  2. "no request waits behind persistence": a 1-connection loop on GET /__sim/health, alone and
//     then during a --write-connections key pair import load, on a simulator persisting to a temp
//     data file.
// Each row also says what the simulator itself saw during the run (bench-sim-probe.ts, preloaded):
// its event-loop delay p99/max and its GC pauses, so a high p99 comes with its cause.
// Prints a table and writes the figures to bench/results/sim-<timestamp>.json. Everything is
// bounded (fixed durations, a watchdog) and the simulator child is killed on exit and on Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

type Histogram = { average: number; p50: number; p99: number; max: number; total?: number };
type Result = {
  requests: Histogram;
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
};
type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type Options = {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  requests?: (Request & { setupRequest?: (req: Request) => Request })[];
};
// autocannon ships no types; this is the part of its programmatic API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as (
  opts: Options,
) => PromiseLike<Result> & { stop: () => void };

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '1,10,200' },
    scale: { type: 'string', default: '40' },
    'write-connections': { type: 'string', default: '10' },
    out: { type: 'string', default: 'bench/results' },
    label: { type: 'string', default: '' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(
    'npm run bench:sim -- [--duration S=10] [--warmup S=2] [--connections 1,10,200] [--scale N=40] [--write-connections N=10] [--out DIR=bench/results] [--label TEXT]',
  );
  process.exit(0);
}
const positive = (name: string, v: string, max: number) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new Error(`--${name} must be in (0, ${max}]`);
  return n;
};
const duration = positive('duration', args.duration, 120);
const warmup = Number(args.warmup) > 0 ? positive('warmup', args.warmup, 30) : 0;
const connectionCounts = args.connections.split(',').map((c) => positive('connections', c, 1000));
const scale = Math.floor(positive('scale', args.scale, 200));
const writeConnections = Math.floor(positive('write-connections', args['write-connections'], 200));

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'simulator/src/cli.ts');
// Preloaded into the simulator: its event-loop delay and GC pauses per run (bench-sim-probe.ts).
const PROBE = join(ROOT, 'scripts/bench-sim-probe.ts');
const PUBLIC_KEY =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDx8nkQv/zgGgB4rMYmIf+6A4l6Rr+o/6lHBQdW5aYd44bd8JttDCE/F/pNRr0lRE+PiqSPO8nDPHw0010JeMH9gYgnnFlyY3/OcJ02RhIPyyxYpv9FhY+2YiUkpwFOcLImyrxEsYXpD/0d3ac30bNH6Sw9JD9UZHYcpSxsIbECHw== Generated-by-Nova';

// --- the simulator child: one at a time, killed on any exit ------------------------------------

let child: ChildProcess | undefined;
const tempDirs: string[] = [];
const cleanup = () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
};
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    console.error(`bench:sim: ${sig}, stopping`);
    process.exit(130);
  });
}
// Watchdog: the runs are bounded by their durations; anything far beyond means a hang.
const runs = 2 * connectionCounts.length + 2;
const plannedSec = runs * duration + 2 * warmup + runs * 60 /* drains */ + 2 * 120; /* starts */
setTimeout(() => {
  console.error(`bench:sim: still running after ${plannedSec} s; giving up`);
  process.exit(1);
}, plannedSec * 1000).unref();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function startSim(flags: string[]): Promise<string> {
  const port = await freePort();
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('SIM_')),
  );
  const output: string[] = [];
  const proc = spawn(
    process.execPath,
    ['--import', PROBE, CLI, '--quiet', '--port', String(port), '--scale', String(scale), ...flags],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child = proc;
  proc.stdout?.on('data', (c: Buffer) => output.push(c.toString()));
  let partial = '';
  proc.stderr?.on('data', (c: Buffer) => {
    output.push(c.toString());
    const lines = (partial + c.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines)
      if (line.startsWith('bench-sim-probe ')) {
        const waiting = probeWaiters.shift();
        waiting?.(JSON.parse(line.slice('bench-sim-probe '.length)) as Probe);
      }
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null)
      throw new Error(`simulator exited before serving:\n${output.join('')}`);
    try {
      if ((await fetch(`${base}/__sim/health`)).ok) return base;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error('simulator did not serve within 120 s');
}

type Probe = {
  loop: { p50: number; p99: number; max: number };
  gc: Record<string, { n: number; ms: number; max: number }>;
  heapMB: number;
};
const probeWaiters: ((p: Probe) => void)[] = [];
/** What the simulator saw since the last call (and starts a new period): see bench-sim-probe.ts. */
async function probe(): Promise<Probe | undefined> {
  const proc = child;
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return undefined;
  const answer = new Promise<Probe | undefined>((resolve) => {
    probeWaiters.push(resolve);
    setTimeout(() => resolve(undefined), 30_000).unref();
  });
  proc.kill('SIGUSR2');
  return answer;
}

async function stopSim() {
  const proc = child;
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Waits until the simulator has worked off what a run left queued (a 200-connection run ends with
 * requests still in its queue), so the next run does not start behind them: three health checks in
 * a row answered within 50 ms, or 60 s.
 */
async function drain(base: string) {
  const deadline = Date.now() + 60_000;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    const t = performance.now();
    try {
      await fetch(`${base}/__sim/health`, { signal: AbortSignal.timeout(30_000) });
      quick = performance.now() - t < 50 ? quick + 1 : 0;
    } catch {
      quick = 0;
    }
    await sleep(20);
  }
}

async function login(base: string) {
  const res = await fetch(`${base}/os/kinton/v1/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'admin', domain: { id: 'default' }, password: 'cloudos' } },
        },
      },
    }),
  });
  if (res.status !== 201) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { token: { project: { id: string } } };
  return { token: res.headers.get('x-subject-token') ?? '', project: body.token.project.id };
}

// --- measuring -----------------------------------------------------------------------------------

type Row = {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
  /** The simulator's event-loop delay and GC pauses during the run (ms). */
  sim?: Probe;
};

function row(name: string, connections: number, r: Result, sim?: Probe): Row {
  return {
    ...(sim ? { sim } : {}),
    name,
    connections,
    seconds: r.duration,
    requests: r.requests.total ?? 0,
    reqPerSec: Math.round(r.requests.average * 10) / 10,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statuses: Object.fromEntries(
      Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]),
    ),
  };
}

const HEADER = [
  'endpoint',
  'conns',
  'req/s',
  'p50 ms',
  'p99 ms',
  'max ms',
  'err/timeout/non2xx',
  'sim loop p99/max',
  'sim gc n/max',
];
const gcOf = (p: Probe) => {
  const all = Object.values(p.gc);
  return `${all.reduce((n, k) => n + k.n, 0)}/${Math.max(0, ...all.map((k) => k.max))}`;
};
function printRows(title: string, rows: Row[]) {
  const cells = rows.map((r) => [
    r.name,
    String(r.connections),
    r.reqPerSec.toFixed(1),
    String(r.p50),
    String(r.p99),
    String(r.max),
    `${r.errors}/${r.timeouts}/${r.non2xx}`,
    r.sim ? `${r.sim.loop.p99}/${r.sim.loop.max}` : '-',
    r.sim ? gcOf(r.sim) : '-',
  ]);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) =>
    c.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${title}`);
  console.log(line(HEADER));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

const gitCommit = (() => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      stdio: 'pipe',
    }).toString();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'simulator/src'], {
      cwd: ROOT,
      stdio: 'pipe',
    }).toString();
    return `${head.trim()}${dirty.trim() ? ' (simulator/src modified)' : ''}`;
  } catch {
    return 'unknown';
  }
})();

const startedAt = new Date();
const loadBefore = loadavg();
console.log(
  `bench:sim: ${gitCommit}, node ${process.version}, ${cpus().length} cpus, load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}; ` +
    `${duration} s per run, scale ${scale}`,
);

// 1. Reads on an ephemeral simulator.
const reads: Row[] = [];
{
  // The same reads with the simulator's read cache off: what a page costs when it must be built
  // (after every write, or a different page each time), beside what a repeated poll costs.
  for (const run of [
    { suffix: '', flags: ['--ephemeral'] },
    { suffix: ', no cache', flags: ['--ephemeral', '--read-cache', '0'], only: 'servers/detail' },
  ]) {
    const base = await startSim(run.flags);
    const { token, project } = await login(base);
    const headers = { 'x-auth-token': token };
    const endpoints = [
      {
        name: 'servers/detail',
        url: `${base}/os/compute/v1/v2/${project}/servers/detail?limit=20&all_tenants=1`,
      },
      { name: 'images', url: `${base}/os/image/v1/v2/images?limit=20` },
    ].filter((ep) => !run.only || ep.name === run.only);
    for (const ep of endpoints) {
      if (warmup > 0) await autocannon({ url: ep.url, connections: 10, duration: warmup, headers });
      for (const connections of connectionCounts) {
        await drain(base);
        await probe();
        const r = await autocannon({ url: ep.url, connections, duration, headers });
        reads.push(row(`${ep.name}${run.suffix}`, connections, r, await probe()));
        console.log(
          `  ${ep.name}${run.suffix} x${connections}: ${reads[reads.length - 1]?.reqPerSec} req/s`,
        );
      }
    }
    await stopSim();
  }
}
printRows(`Reads (ephemeral, scale ${scale})`, reads);

// 2. A cheap GET alone, then during a write load, on a persisted simulator.
const persistence: Row[] = [];
{
  const dir = mkdtempSync(join(tmpdir(), 'bench-sim-'));
  tempDirs.push(dir);
  const base = await startSim(['--data', join(dir, 'sim.db'), '--delay-scale', '0.05']);
  const { token, project } = await login(base);
  // Let the first save of the freshly seeded world pass before the baseline.
  await sleep(3000);
  const ping = () => autocannon({ url: `${base}/__sim/health`, connections: 1, duration });
  await drain(base);
  await probe();
  persistence.push(row('health, alone', 1, await ping(), await probe()));
  await drain(base);
  await probe();
  let n = 0;
  const writes = autocannon({
    url: base,
    connections: writeConnections,
    duration,
    headers: { 'x-auth-token': token, 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        path: `/os/compute/v1/v2/${project}/os-keypairs`,
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({
            keypair: { name: `bench-${n++}`, type: 'ssh', public_key: PUBLIC_KEY },
          }),
        }),
      },
    ],
  });
  const [w, p] = await Promise.all([writes, ping()]);
  const during = await probe();
  persistence.push(row('keypair imports', writeConnections, w, during));
  persistence.push(row('health, during writes', 1, p, during));
  await stopSim();
}
printRows(`Persistence (data file, scale ${scale})`, persistence);

const outDir = resolve(ROOT, args.out);
const file = join(outDir, `sim-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
mkdirSync(outDir, { recursive: true });
writeFileSync(
  file,
  `${JSON.stringify(
    {
      startedAt: startedAt.toISOString(),
      label: args.label,
      commit: gitCommit,
      node: process.version,
      cpus: cpus().length,
      loadavg: { before: loadBefore, after: loadavg() },
      options: { duration, warmup, connections: connectionCounts, scale, writeConnections },
      reads,
      persistence,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nbench:sim: results in ${file}`);
process.exit(0);
