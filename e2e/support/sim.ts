// Talks to the simulator's test control (/__sim) directly: reset between tests, inject faults.
import { request } from '@playwright/test';
import { SIM_URL } from '../../playwright.config';

async function post(path: string, data?: unknown) {
  const ctx = await request.newContext({ baseURL: SIM_URL });
  try {
    const res = await ctx.post(path, data === undefined ? {} : { data });
    if (!res.ok()) throw new Error(`${path}: ${res.status()} ${await res.text()}`);
  } finally {
    await ctx.dispose();
  }
}

export const sim = {
  reset: () => post('/__sim/reset'),
  fault: (f: { path: string; status: number; method?: string; count?: number; msg?: string }) =>
    post('/__sim/faults', f),
  expireTokens: () => post('/__sim/expire-tokens'),
};
