// The simulator's test control (/__sim), for one test's world. Each test runs in a world of its
// own (see fixtures.ts): its state, faults, latency and tokens are nobody else's, so tests run in
// parallel without resetting anything. Every control call names the world in `x-sim-world`.
import { SIM_URL } from '../../playwright.config';

export type Fault = { path: string; status: number; method?: string; count?: number; msg?: string };

async function call(world: string, method: 'POST' | 'DELETE', path: string, data?: unknown) {
  const res = await fetch(`${SIM_URL}${path}`, {
    method,
    headers: {
      'x-sim-world': world,
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
    },
    body: method === 'POST' ? JSON.stringify(data ?? {}) : undefined,
  });
  if (!res.ok)
    throw new Error(`${method} ${path} (world ${world}): ${res.status} ${await res.text()}`);
}

export function simControl(world: string) {
  return {
    world,
    /** Fails the next `count` requests matching `path` (a regex over the URL with its query). */
    fault: (f: Fault) => call(world, 'POST', '/__sim/faults', f),
    /** Drops every fault not yet spent (the platform answers again). */
    clearFaults: () => call(world, 'DELETE', '/__sim/faults'),
    /** Delays every response of this world by `ms`. */
    latency: (ms: number) => call(world, 'POST', '/__sim/latency', { ms }),
    /**
     * Multiplies this world's transition delays (the suite's simulator runs at --delay-scale 0.2;
     * the fixture sets E2E_DELAY_SCALE). Applies to transitions started from now on.
     */
    delayScale: (scale: number) => call(world, 'POST', '/__sim/delay-scale', { scale }),
    /** Expires every token of this world (the next request of a signed-in page gets 401). */
    expireTokens: () => call(world, 'POST', '/__sim/expire-tokens'),
    /** Drops the world and all its state. */
    drop: () => call(world, 'DELETE', `/__sim/worlds/${encodeURIComponent(world)}`),
  };
}

export type SimControl = ReturnType<typeof simControl>;
