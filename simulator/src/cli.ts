// npm run sim -- [--port N] [--host H] [--data FILE | --ephemeral] [--reset] [--scale N]
//                [--latency MS] [--read-cache MS] [--delay-scale F] [--token-ttl S] [--seed N] [--sync full|normal]
//                [--control] [--error-body vendor|native]
// Every flag has an environment twin (SIM_PORT, SIM_HOST, SIM_DATA, SIM_EPHEMERAL=1, SIM_RESET=1,
// SIM_SCALE, SIM_LATENCY, SIM_READ_CACHE, SIM_DELAY_SCALE, SIM_TOKEN_TTL, SIM_SEED, SIM_SYNC, SIM_CONTROL=1,
// SIM_ERROR_BODY).
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSimulator } from './server.ts';
import { DEMO_ACCOUNTS } from './seed.ts';
import { defaultOptions } from './sim.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    data: { type: 'string' },
    ephemeral: { type: 'boolean' },
    reset: { type: 'boolean' },
    scale: { type: 'string' },
    latency: { type: 'string' },
    'read-cache': { type: 'string' },
    'delay-scale': { type: 'string' },
    'token-ttl': { type: 'string' },
    seed: { type: 'string' },
    sync: { type: 'string' },
    control: { type: 'boolean' },
    'error-body': { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`Usage: npm run sim -- [options]
  --port N          listen port (SIM_PORT, default 11000)
  --host H          listen address (SIM_HOST, default 127.0.0.1)
  --data FILE       SQLite store (SIM_DATA, default ${defaultOptions.dataFile}); a state.json
                    of older simulators beside it is imported once
  --ephemeral       keep state in memory only (SIM_EPHEMERAL=1)
  --reset           discard the state file and reseed (SIM_RESET=1)
  --scale N         multiply the seed data N times (SIM_SCALE)
  --latency MS      delay every API response (SIM_LATENCY)
  --read-cache MS   serve an unchanged read's answer again for up to MS (SIM_READ_CACHE,
                    default ${defaultOptions.readCacheMs}; 0 turns it off)
  --delay-scale F   multiply transition delays, e.g. 0.1 (SIM_DELAY_SCALE)
  --token-ttl S     token lifetime in seconds (SIM_TOKEN_TTL, default ${defaultOptions.tokenTtlSec})
  --seed N          seed of the generated data (SIM_SEED)
  --sync MODE       full: fsync every commit (default); normal: survive a crash of the
                    process but maybe not of the machine, faster writes (SIM_SYNC)
  --control         enable /__sim test control: reset, faults, latency, named worlds
                    (SIM_CONTROL=1)
  --error-body B    vendor: errors in the documented body (default); native: each OpenStack
                    service's own body (nova {"itemNotFound": …}, keystone {"error": …}),
                    which the OpenStack CLI and SDKs expect (SIM_ERROR_BODY)`);
  process.exit(0);
}

const env = process.env;
const flag = (v: boolean | undefined, e: string | undefined) =>
  v === true || e === '1' || e === 'true';
const num = (v: string | undefined, e: string | undefined, d: number) => {
  const n = Number(v ?? e ?? d);
  if (!Number.isFinite(n) || n < 0) throw new Error(`invalid number: ${v ?? e}`);
  return n;
};

const port = num(values.port, env.SIM_PORT, 11000);
const host = values.host ?? env.SIM_HOST ?? '127.0.0.1';
const ephemeral = flag(values.ephemeral, env.SIM_EPHEMERAL);
const quiet = values.quiet === true;
const sync = values.sync ?? env.SIM_SYNC ?? defaultOptions.sync;
if (sync !== 'full' && sync !== 'normal') throw new Error(`--sync must be full or normal: ${sync}`);
const errorBody = values['error-body'] ?? env.SIM_ERROR_BODY ?? defaultOptions.errorBody;
if (errorBody !== 'vendor' && errorBody !== 'native')
  throw new Error(`--error-body must be vendor or native: ${errorBody}`);

const simulator = await createSimulator({
  dataFile: ephemeral ? null : (values.data ?? env.SIM_DATA ?? defaultOptions.dataFile),
  reset: flag(values.reset, env.SIM_RESET),
  scale: Math.max(1, Math.floor(num(values.scale, env.SIM_SCALE, 1))),
  latencyMs: num(values.latency, env.SIM_LATENCY, 0),
  readCacheMs: Math.max(
    0,
    num(values['read-cache'], env.SIM_READ_CACHE, defaultOptions.readCacheMs),
  ),
  delayScale: num(values['delay-scale'], env.SIM_DELAY_SCALE, 1),
  tokenTtlSec: num(values['token-ttl'], env.SIM_TOKEN_TTL, defaultOptions.tokenTtlSec),
  seed: num(values.seed, env.SIM_SEED, defaultOptions.seed),
  sync,
  control: flag(values.control, env.SIM_CONTROL),
  errorBody,
});

// One full garbage collection before serving. Seeding at --scale 40 leaves ~300 MB of young
// objects that all survive: without this, V8's first major collection (and the scavenges that
// promote the seeded records) ran during the first seconds of serving, a pause of 0.1-0.5 s with
// every request waiting (measured with a GC observer during bench:sim: a mark-compact ~1 s after
// listening). Collected here, the world is in the old generation before the first request.
setFlagsFromString('--expose-gc');
(runInNewContext('gc') as (() => void) | undefined)?.();

try {
  await simulator.app.listen({ port, host });
} catch (err) {
  console.error(`sim: cannot listen on ${host}:${port}: ${(err as Error).message}`);
  process.exit(1);
}

const { sim, operations, handlers } = simulator;
if (!quiet) {
  const served = operations.filter((o) => handlers[o.operationId]).length;
  console.log(`CloudOS simulator listening on http://${host}:${port}`);
  console.log(
    `  state: ${sim.opts.dataFile ?? 'in memory (ephemeral)'}${sim.freshlySeeded ? ' (freshly seeded)' : ''}`,
  );
  console.log(
    `  operations: ${served}/${operations.length} of the spec served${sim.opts.control ? '; test control on /__sim' : ''}`,
  );
  console.log('  demo accounts:');
  for (const a of DEMO_ACCOUNTS) console.log(`    ${a.user.padEnd(6)} / ${a.password}   ${a.role}`);
}

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await simulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
