// Test harness: an in-process simulator (no port) that validates every response against the spec,
// so a handler that drifts from the contract fails the test that exercised it.
import { afterEach, beforeEach } from 'vitest';
import { createSimulator, type Simulator } from '../src/server.ts';
import type { SimOptions } from '../src/sim.ts';

export type Reply = {
  status: number;
  body: any;
  headers: Record<string, string | string[] | undefined>;
  raw: Buffer;
};

export type TestSim = Simulator & {
  req: (
    method: string,
    url: string,
    opts?: {
      token?: string | null;
      body?: unknown;
      raw?: Buffer | string;
      headers?: Record<string, string>;
    },
  ) => Promise<Reply>;
  login: (user: string, password?: string, projectId?: string) => Promise<string>;
  /** Logs these users in at once (password `cloudos`): their tokens, in the same order. */
  logins: <U extends readonly string[]>(...users: U) => Promise<{ [K in keyof U]: string }>;
  /** The project a token is scoped to ('' for a token the simulator does not know). */
  project: (token: string) => string;
  /** Runs the simulator's clock forward by running every scheduled task now. */
  settle: () => void;
};

export async function startSim(overrides: Partial<SimOptions> = {}): Promise<TestSim> {
  const s = await createSimulator({
    dataFile: null,
    control: true,
    validateResponses: true,
    delayScale: 0,
    // Transitions run only through settle(): a test sees a transitional state for as long as it
    // wants, however slow the machine.
    clock: 'manual',
    log: () => undefined,
    ...overrides,
  });
  const req: TestSim['req'] = async (method, url, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers['x-auth-token'] = opts.token;
    let payload: string | Buffer | undefined;
    if (opts.raw !== undefined) payload = opts.raw;
    else if (opts.body !== undefined) {
      payload = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await s.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(payload !== undefined ? { payload } : {}),
    });
    let body: unknown = undefined;
    const type = String(res.headers['content-type'] ?? '');
    if (type.includes('json') && res.body) body = JSON.parse(res.body);
    return {
      status: res.statusCode,
      body,
      headers: Object.fromEntries(
        Object.entries(res.headers).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]),
      ),
      raw: res.rawPayload,
    };
  };
  const login: TestSim['login'] = async (user, password = 'cloudos', projectId) => {
    const res = await req('POST', '/os/kinton/v1/v3/auth/tokens', {
      body: {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: user, domain: { id: 'default' }, password } },
          },
          ...(projectId ? { scope: { project: { id: projectId } } } : {}),
        },
      },
    });
    if (res.status !== 201)
      throw new Error(`login ${user} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return String(res.headers['x-subject-token']);
  };
  const settle = () => {
    for (let i = 0; i < 10 && s.sim.state.tasks.length > 0; i++) {
      for (const t of s.sim.state.tasks) t.at = 0;
      s.sim.runDueTasks();
    }
  };
  // A token per user, in the order asked: the tuple type lets a test destructure them unchecked.
  const logins: TestSim['logins'] = (...users) =>
    Promise.all(users.map((u) => login(u))) as Promise<never>;
  const project: TestSim['project'] = (token) => s.sim.state.tokens[token]?.projectId ?? '';
  return { ...s, req, login, logins, project, settle };
}

/**
 * A fresh simulator for each test of the file, closed after it. `ready` runs once it is up, to
 * keep it and log in who the tests need:
 * `eachTestSim(async (sim) => { t = sim; [admin, alice] = await sim.logins('admin', 'alice'); })`.
 */
export function eachTestSim(
  ready: (sim: TestSim) => Promise<void> | void,
  overrides: Partial<SimOptions> = {},
) {
  let current: TestSim | undefined;
  beforeEach(async () => {
    current = await startSim(overrides);
    await ready(current);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
}

/** The 004 error envelope (004:L41–L73). */
export function expectVendorError(res: Reply, status: number) {
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  const b = res.body;
  if (
    !b ||
    b.code !== String(status) ||
    typeof b.msg !== 'string' ||
    b.msg === '' ||
    b.data !== null ||
    b.total !== 0
  ) {
    throw new Error(`not the vendor error body: ${JSON.stringify(b)}`);
  }
}
