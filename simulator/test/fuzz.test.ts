// Property-based fuzzing of every operation of the spec with malformed input: odd path segments,
// over-long and wrongly typed parameters, junk and oversized bodies, wrong media types, with and
// without a token. Whatever arrives, the simulator answers with a documented status (never a 5xx)
// in the documented error body, promptly. Bounded and seeded, so a failure reproduces.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type Reply, type TestSim } from './helpers.ts';
import type { Operation } from '../src/spec.ts';

const SEED = 20261204;
const RUNS_PER_OPERATION = 12;

let t: TestSim;
let adminToken = '';
let aliceToken = '';
beforeAll(async () => {
  t = await startSim();
  adminToken = await t.login('admin');
  aliceToken = await t.login('alice');
  const s = t.sim.state;
  realIds.push(
    ...s.projects.map((p) => p.id),
    ...s.servers.slice(0, 5).map((x) => x.id),
    ...s.images.slice(0, 5).map((x) => x.id),
    ...s.flavors.slice(0, 3).map((x) => x.id),
    ...s.keypairs.slice(0, 3).map((x) => x.name),
    ...s.users.slice(0, 3).map((x) => x.id),
  );
});
afterAll(async () => {
  await t.close();
});

// Real ids too, so that junk bodies and queries reach the handlers behind the path checks.
const realIds: string[] = [];
const segment = fc.oneof(
  fc.constant(null).chain(() => fc.constantFrom(...realIds)),
  fc.constant(null).chain(() => fc.constantFrom(...realIds)),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 200, maxLength: 600 }),
  fc.constantFrom('%', '%ZZ', '%00', '%E0%A4%A', '..', '%2F..%2F', '(.*){32}!', 'null', '-1'),
  fc.uuid(),
);

const queryValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('', '%ZZ', '(.*){32}!', '[', 'true', '99999999999999999999', '-5'),
);

const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 })),
);

function encode(s: string): string {
  // Keep what the case is about (broken escapes, regex metacharacters) and make the rest a URL.
  return /^%|\(\.\*\)/.test(s) ? s : encodeURIComponent(s);
}

function check(op: Operation, res: Reply, what: string) {
  const label = `${op.method} ${op.path} ${what} → ${res.status} ${res.raw.toString('utf8').slice(0, 300)}`;
  expect(res.status, label).toBeGreaterThanOrEqual(200);
  expect(res.status, label).toBeLessThan(500);
  if (res.status < 400) return;
  const b = res.body as Record<string, unknown> | undefined;
  expect(b, label).toBeTypeOf('object');
  if (op.errorStyle === 'mana') {
    expect(b?.code, label).toBe(res.status);
    expect(typeof b?.msg, label).toBe('string');
  } else {
    expect(b, label).toMatchObject({ code: String(res.status), data: null, total: 0 });
    expect(typeof b?.msg, label).toBe('string');
  }
}

describe('fuzzing every operation with malformed input', () => {
  // Explicit timeout: the work grows with the number of operations (RUNS_PER_OPERATION each, ~90
  // operations since [S2]); ~14 s on a busy 2-core machine, past the default 20 s when it is busier.
  it(
    'never answers a 5xx or an undocumented body, and never hangs',
    { timeout: 60_000 },
    async () => {
      const ops = t.operations;
      expect(ops.length).toBeGreaterThan(50);
      let requests = 0;
      let slowest = 0;
      for (const op of ops) {
        const pathParams = (op.path.match(/\{[^}]+\}/g) ?? []).length;
        const queryNames = op.params.filter((p) => p.in === 'query').map((p) => p.name);
        await fc.assert(
          fc.asyncProperty(
            fc.array(segment, { minLength: pathParams, maxLength: pathParams }),
            fc.array(fc.tuple(fc.constantFrom(...queryNames, 'junk'), queryValue), {
              maxLength: 4,
            }),
            fc.option(jsonBody, { nil: undefined }),
            fc.constantFrom('application/json', 'text/plain', 'application/octet-stream', ''),
            fc.constantFrom('admin', 'alice', 'none', 'garbage'),
            async (segments, query, body, contentType, who) => {
              let i = 0;
              const path = op.path.replace(/\{[^}]+\}/g, () => encode(segments[i++] ?? ''));
              const qs = query.map(([k, v]) => `${k}=${encode(v)}`).join('&');
              const token =
                who === 'admin'
                  ? adminToken
                  : who === 'alice'
                    ? aliceToken
                    : who === 'garbage'
                      ? 'x'.repeat(300)
                      : null;
              const headers: Record<string, string> = {};
              if (contentType) headers['content-type'] = contentType;
              const started = Date.now();
              const res = await t.req(op.method, qs ? `${path}?${qs}` : path, {
                token,
                headers,
                ...(body !== undefined && op.method !== 'GET' ? { raw: JSON.stringify(body) } : {}),
              });
              slowest = Math.max(slowest, Date.now() - started);
              requests++;
              check(op, res, `${qs} ${JSON.stringify(body)?.slice(0, 100)} as ${who}`);
            },
          ),
          { seed: SEED, numRuns: RUNS_PER_OPERATION },
        );
      }
      expect(requests).toBe(ops.length * RUNS_PER_OPERATION);
      // A single request of junk must not keep the simulator busy (the backtracking-regex case).
      expect(slowest).toBeLessThan(2000);
    },
  );

  it('answers an oversized body in the documented body, for every operation that takes one', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) });
    for (const op of t.operations.filter((o) => o.bodyTypes.some((b) => b.includes('json')))) {
      const path = op.path.replace(/\{[^}]+\}/g, 'x');
      const res = await t.req(op.method, path, {
        token: adminToken,
        raw: big,
        headers: { 'content-type': 'application/json' },
      });
      check(op, res, 'with a 2 MB body');
      expect(res.status, `${op.method} ${op.path}`).toBeGreaterThanOrEqual(400);
    }
  });
});
