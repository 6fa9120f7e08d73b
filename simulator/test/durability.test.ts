// Kill test for issue [S1]: a write the simulator acknowledged must survive the process being
// killed right after. The simulator CLI runs as a child process on a temp data file; several
// clients import key pairs (one cheap write each: no key generation) while the process is
// SIGKILLed at moments drawn from a seeded PRNG and restarted on the same file. At the end every
// create that was answered 2xx must be listed, every restart must have come up and served, and
// the data dir must hold only the store's own files.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const KILLS = 8;
const MIN_ACKED = 1000;
const CLIENTS = 4;
/** Rounds beyond KILLS allowed to reach MIN_ACKED before the test gives up. */
const MAX_ROUNDS = 12;
/**
 * When a kill lands: once the round has a random share of the creates still needed (0.5–1.5 times
 * an even share, so the total reaches MIN_ACKED in about KILLS rounds whatever the write rate: a
 * store that fsyncs each commit does ~100/s here, the JSON one thousands), then a further random
 * delay in this range (ms), so the kill is not tied to any write.
 */
const KILL_DELAY = [0, 500] as const;
/** A round whose creates stall is killed after this long anyway (ms). */
const ROUND_CAP_MS = 20_000;
const STARTUP_DEADLINE_MS = 30_000;

// An import (public_key given) is validated and stored; nothing is generated, so each create is a
// single small write. The key is the one from the key pairs documentation (004 §1.4).
const PUBLIC_KEY =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDx8nkQv/zgGgB4rMYmIf+6A4l6Rr+o/6lHBQdW5aYd44bd8JttDCE/F/pNRr0lRE+PiqSPO8nDPHw0010JeMH9gYgnnFlyY3/OcJ02RhIPyyxYpv9FhY+2YiUkpwFOcLImyrxEsYXpD/0d3ac30bNH6Sw9JD9UZHYcpSxsIbECHw== Generated-by-Nova';

/** mulberry32: a small seeded PRNG, so a failing run's kill moments can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

type Res = { status: number; headers: Record<string, unknown>; body: any };

function call(
  agent: Agent,
  port: number,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown } = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const headers: Record<string, string> = {};
    if (opts.token) headers['x-auth-token'] = opts.token;
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    const req = request(
      { host: '127.0.0.1', port, method, path, headers, agent, timeout: 15_000 },
      (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', () => resolve({ status, headers: res.headers, body: undefined }));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            body = text;
          }
          resolve({ status, headers: res.headers, body });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(payload);
  });
}

type Child = { proc: ChildProcess; output: string[]; exited: Promise<number | string | null> };

function spawnSim(port: number, dataFile: string): Child {
  // SIM_* variables of the caller's environment would override the flags (e.g. SIM_EPHEMERAL).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('SIM_')),
  );
  const proc = spawn(
    process.execPath,
    [
      CLI,
      '--port',
      String(port),
      '--data',
      dataFile,
      '--quiet',
      '--delay-scale',
      '0.05',
      '--seed',
      '1',
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 50) output.shift();
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const exited = new Promise<number | string | null>((resolve) =>
    proc.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  return { proc, output, exited };
}

/** Waits until the child serves /__sim/health; throws if it exits or the deadline passes. */
async function waitReady(child: Child, port: number, agent: Agent) {
  const deadline = Date.now() + STARTUP_DEADLINE_MS;
  let exit: number | string | null | undefined;
  void child.exited.then((e) => (exit = e ?? 'exited'));
  while (Date.now() < deadline) {
    if (exit !== undefined)
      throw new Error(`simulator exited (${exit}) before serving:\n${child.output.join('')}`);
    try {
      const res = await call(agent, port, 'GET', '/__sim/health');
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`simulator did not serve within ${STARTUP_DEADLINE_MS} ms`);
}

async function login(agent: Agent, port: number) {
  const res = await call(agent, port, 'POST', '/os/kinton/v1/v3/auth/tokens', {
    body: {
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'admin', domain: { id: 'default' }, password: 'cloudos' } },
        },
      },
    },
  });
  if (res.status !== 201)
    throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return {
    token: String(res.headers['x-subject-token']),
    project: String(res.body.token.project.id),
  };
}

async function listKeypairNames(agent: Agent, port: number, token: string, project: string) {
  const res = await call(agent, port, 'GET', `/os/compute/v1/v2/${project}/os-keypairs`, { token });
  if (res.status !== 200) throw new Error(`list failed: ${res.status} ${JSON.stringify(res.body)}`);
  return new Set<string>(
    res.body.keypairs.map((k: { keypair: { name: string } }) => k.keypair.name),
  );
}

/**
 * What the store may leave in its directory: the SQLite database named by --data and its -wal and
 * -shm files (image bytes live in the database too). Anything else (a temp file of an interrupted
 * write, a rollback journal in WAL mode) is stray.
 */
function strayFiles(dir: string, dataFile: string): string[] {
  const base = basename(dataFile);
  const allowed = new Set([base, `${base}-wal`, `${base}-shm`]);
  return readdirSync(dir).filter((name) => !allowed.has(name));
}

describe('durability under SIGKILL ([S1])', () => {
  // Explicit timeout: ~35 s on a quiet 2-core machine. Nine process starts weigh most (~1.5 s
  // idle, 4-6 s at a load average of 8-15, more above 20); the writes add ~10 s (fsync per
  // commit). A run of 100 s was seen at load 28. The bound is sized for such a machine, so that
  // it fails on substance (a lost write, a store that does not open), not on time.
  it(
    'keeps every acknowledged create across ≥ 8 kills and restarts',
    { timeout: 300_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sim-durability-'));
      const dataFile = join(dir, 'sim.db');
      const port = await freePort();
      const random = prng(1);
      const acked: string[] = [];
      const unexpected: string[] = [];
      const perKill: { acked: number; lost: number; strays: string[] }[] = [];
      const strays = new Set<string>();
      let child: Child | undefined;
      const started = Date.now();
      try {
        child = spawnSim(port, dataFile);
        for (let round = 0; round < MAX_ROUNDS; round++) {
          const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS + 1 });
          await waitReady(child, port, agent);
          const { token, project } = await login(agent, port);
          if (round > 0) {
            // The store opened after the kill; what it lost shows up here already.
            const names = await listKeypairNames(agent, port, token, project);
            const lostSoFar = acked.filter((n) => !names.has(n)).length;
            const before = perKill.reduce((s, k) => s + k.lost, 0);
            const last = perKill[perKill.length - 1];
            if (last) last.lost = lostSoFar - before;
          }
          if (perKill.length >= KILLS && acked.length >= MIN_ACKED) {
            agent.destroy();
            break;
          }

          let stop = false;
          const share = Math.max(1, MIN_ACKED - acked.length) / Math.max(1, KILLS - perKill.length);
          // The last planned kill waits for at least the whole remainder, sparing an extra round.
          const factor = perKill.length === KILLS - 1 ? 1 + random() / 2 : 0.5 + random();
          const target = Math.max(1, Math.round(share * factor));
          let roundAcks = 0;
          let reached: () => void = () => undefined;
          const targetReached = new Promise<void>((r) => (reached = r));
          const path = `/os/compute/v1/v2/${project}/os-keypairs`;
          const client = async (c: number) => {
            for (let i = 0; !stop; i++) {
              const name = `r${round}-c${c}-${i}`;
              let res: Res;
              try {
                res = await call(agent, port, 'POST', path, {
                  token,
                  body: { keypair: { name, type: 'ssh', public_key: PUBLIC_KEY } },
                });
              } catch {
                return; // the process is gone
              }
              if (res.status >= 200 && res.status < 300) {
                acked.push(name);
                if (++roundAcks >= target) reached();
              } else if (!stop) {
                unexpected.push(`${name}: ${res.status}`);
                if (unexpected.length > 20) return;
              }
            }
          };
          const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));
          await Promise.race([targetReached, Promise.all(clients), sleep(ROUND_CAP_MS)]);
          const [lo, hi] = KILL_DELAY;
          await sleep(lo + random() * (hi - lo));
          const running = child;
          running.proc.kill('SIGKILL');
          await running.exited;
          stop = true;
          await Promise.all(clients);
          agent.destroy();
          const left = strayFiles(dir, dataFile);
          for (const s of left) strays.add(s);
          perKill.push({ acked: acked.length, lost: 0, strays: left });
          child = spawnSim(port, dataFile);
        }

        // Final check on the last restart: everything acknowledged is there.
        const agent = new Agent({ keepAlive: true });
        await waitReady(child, port, agent);
        const { token, project } = await login(agent, port);
        const names = await listKeypairNames(agent, port, token, project);
        agent.destroy();
        const missing = acked.filter((n) => !names.has(n));
        child.proc.kill('SIGTERM');
        await child.exited;
        child = undefined;
        for (const s of strayFiles(dir, dataFile)) strays.add(s);

        const summary =
          `${perKill.length} kills, ${acked.length} acknowledged creates, ${missing.length} lost ` +
          `(per kill: ${perKill.map((k) => k.lost).join(', ')}), strays: [${[...strays].join(', ')}], ` +
          `${((Date.now() - started) / 1000).toFixed(1)} s`;
        console.info(`durability: ${summary}`);
        expect(perKill.length, summary).toBeGreaterThanOrEqual(KILLS);
        expect(acked.length, summary).toBeGreaterThanOrEqual(MIN_ACKED);
        expect(unexpected, summary).toEqual([]);
        expect(missing.length, `acknowledged creates lost: ${summary}`).toBe(0);
        expect([...strays], summary).toEqual([]);
      } finally {
        if (child && child.proc.exitCode === null && child.proc.signalCode === null) {
          child.proc.kill('SIGKILL');
          await child.exited;
        }
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
