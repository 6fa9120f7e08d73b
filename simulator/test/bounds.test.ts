// Bounded input: no request can make the simulator do unbounded work or answer outside the
// documented error body.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectVendorError, startSim, type TestSim } from './helpers.ts';

let t: TestSim;
let port = 0;
beforeAll(async () => {
  t = await startSim();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = t.app.server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
});
afterAll(async () => {
  await t.close();
});

/** A raw HTTP exchange (inject skips the HTTP parser, whose refusals are under test here). */
function raw(path: string, headers: Record<string, string> = {}, body?: Buffer) {
  return new Promise<{ status: number; body: string; ms: number }>((resolve, reject) => {
    const started = Date.now();
    const req = request({ host: '127.0.0.1', port, path, method: body ? 'POST' : 'GET', headers });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: Date.now() - started,
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

function vendor(res: { status: number; body: string }, status: number) {
  expect(res.status).toBe(status);
  const b = JSON.parse(res.body);
  expect(b).toMatchObject({ code: String(status), data: null, total: 0 });
  expect(typeof b.msg).toBe('string');
  expect(b.requestId).toMatch(/^req-/);
}

describe('framework-level refusals use the documented error body', () => {
  it('a bad percent-encoding', async () => {
    vendor(await raw('/os/image/v1/v2/images/%E0%A4%A'), 400);
  });

  it('an over-long path parameter, with or without a token', async () => {
    const res = await raw(`/os/image/v1/v2/images/${'x'.repeat(5000)}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(JSON.parse(res.body)).toMatchObject({ code: String(res.status), data: null });
  });

  it('headers too large', async () => {
    vendor(await raw('/os/image/v1/v2/images', { 'x-pad': 'y'.repeat(64 * 1024) }), 431);
  });

  it('a 2 MB JSON body to an operation that is not an upload: 413 at once', async () => {
    const body = Buffer.alloc(2 * 1024 * 1024, 0x20);
    const res = await raw(
      '/os/kinton/v1/v3/auth/tokens',
      { 'content-type': 'application/json', 'content-length': String(body.length) },
      body,
    );
    vendor(res, 413);
  });
});

describe('bounded work', () => {
  it('clamps a page to 1000 servers, with or without a larger limit, as nova does', async () => {
    // --scale 5: 1,285 servers, more than one largest page.
    const big = await startSim({ scale: 5, validateResponses: false });
    try {
      const token = await big.login('admin');
      const project = big.sim.state.projects.find((p) => p.name === 'admin');
      const list = `/os/compute/v1/v2/${project?.id}/servers/detail?all_tenants=1`;
      for (const url of [list, `${list}&limit=5000`]) {
        const res = await big.req('GET', url, { token });
        expect(res.status, url).toBe(200);
        expect(res.body.servers).toHaveLength(1000);
        // The rest is one `next` away.
        expect(res.body.servers_links?.[0]?.rel).toBe('next');
      }
      expect((await big.req('GET', `${list}&limit=0`, { token })).status).toBe(400);
    } finally {
      await big.close();
    }
  });

  it('answers a junk body in the vendor body, not a framework one', async () => {
    const res = await t.req('POST', '/os/kinton/v1/v3/auth/tokens', {
      raw: '{"auth": [' + '1,'.repeat(300_000) + '1]}',
      headers: { 'content-type': 'application/json' },
    });
    expectVendorError(res, 400);
    expect(res.raw.length).toBeLessThan(64 * 1024);
  });
});
