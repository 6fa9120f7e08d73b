import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectVendorError, startSim, type TestSim } from './helpers.ts';

const sims: TestSim[] = [];
async function sim(...args: Parameters<typeof startSim>) {
  const s = await startSim(...args);
  sims.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

describe('routes come from the spec', () => {
  it('has a handler for every operation of the spec', async () => {
    const t = await sim();
    const missing = t.operations
      .filter((o) => !t.handlers[o.operationId])
      .map((o) => `${o.method} ${o.path} (${o.operationId})`);
    expect(missing).toEqual([]);
  });

  it('answers unknown paths with 404 and a wrong method with 405, in the vendor body', async () => {
    const t = await sim();
    expectVendorError(await t.req('GET', '/os/image/v1/v2/nothing'), 404);
    expectVendorError(await t.req('POST', '/os/kinton/v1/v3/users-entities', { body: {} }), 405);
    const mana = await t.req('GET', '/mana_api/nothing');
    expect(mana.status).toBe(404);
    expect(mana.body).toMatchObject({ code: 404 });
  });

  it('turns a handler that drifts from the spec into a 500 when validating responses', async () => {
    const t = await sim();
    t.handlers.listUsers = () => ({ status: 200, body: { users: [{ id: 42 }] } });
    const res = await t.req('GET', '/os/kinton/v1/v3/users-entities', {
      token: await t.login('admin'),
    });
    expectVendorError(res, 500);
    expect(res.body.msg).toMatch(/drifted from the spec/);
  });
});

describe('bad input never crashes the simulator', () => {
  const junk: unknown[] = [
    null,
    0,
    'x',
    [],
    [1, 2],
    { a: { b: 'c' } },
    { name: 42 },
    { name: 'x'.repeat(5000) },
    true,
  ];
  it('answers every operation with a documented 4xx for junk bodies and junk params', async () => {
    const t = await sim();
    const token = await t.login('admin');
    for (const op of t.operations) {
      const url = op.path.replace(/\{[^}]+\}/g, 'does-not-exist');
      const bodies = op.bodyTypes.length ? junk : [undefined];
      for (const body of bodies) {
        const type = op.bodyTypes[0] ?? 'application/json';
        const raw =
          body === undefined
            ? undefined
            : type.includes('json')
              ? JSON.stringify(body)
              : String(body);
        const res = await t.req(op.method, `${url}?limit=%ZZ&status=%00`, {
          token,
          ...(raw !== undefined ? { raw, headers: { 'content-type': type } } : {}),
        });
        expect(res.status, `${op.method} ${op.path} with ${String(raw)}`).toBeGreaterThanOrEqual(
          200,
        );
        expect(
          res.status,
          `${op.method} ${op.path} with ${String(raw)}: ${JSON.stringify(res.body)}`,
        ).toBeLessThan(500);
      }
    }
  });
});

describe('test control (--control only)', () => {
  it('injects a failure for the next N matching requests', async () => {
    const t = await sim();
    const token = await t.login('admin');
    await t.req('POST', '/__sim/faults', {
      body: {
        method: 'GET',
        path: '^/os/image/v1/v2/images$',
        status: 503,
        count: 2,
        msg: 'glance is down',
      },
    });
    for (let i = 0; i < 2; i++) {
      const res = await t.req('GET', '/os/image/v1/v2/images', { token });
      expectVendorError(res, 503);
      expect(res.body.msg).toBe('glance is down');
    }
    expect((await t.req('GET', '/os/image/v1/v2/images', { token })).status).toBe(200);
  });

  it("matches the fault against the query too, so one page's request can fail alone", async () => {
    const t = await sim();
    const token = await t.login('admin');
    await t.req('POST', '/__sim/faults', {
      body: { path: '^/os/image/v1/v2/images\\?.*limit=20', status: 500 },
    });
    expect((await t.req('GET', '/os/image/v1/v2/images?limit=1', { token })).status).toBe(200);
    expectVendorError(
      await t.req('GET', '/os/image/v1/v2/images?limit=20&sort_key=name', { token }),
      500,
    );
  });

  it('resets the world to its seed', async () => {
    const t = await sim();
    const token = await t.login('admin');
    const before = t.sim.state.images.length;
    await t.req(
      'DELETE',
      `/os/image/v1/v2/images/${t.sim.state.images.find((i) => !i.protected)?.id}`,
      { token },
    );
    expect(t.sim.state.images.length).toBe(before - 1);
    await t.req('POST', '/__sim/reset');
    expect(t.sim.state.images.length).toBe(before);
  });

  it('is absent unless enabled', async () => {
    const t = await sim({ control: false });
    expect((await t.req('POST', '/__sim/reset')).status).toBe(404);
    expect((await t.req('GET', '/__sim/health')).status).toBe(200);
  });
});

describe('seed data', () => {
  it('is deterministic for a seed and scales with --scale', async () => {
    const a = await sim();
    const b = await sim();
    expect(JSON.stringify(a.sim.state.images)).toBe(JSON.stringify(b.sim.state.images));
    expect(a.sim.state.images.length).toBeGreaterThanOrEqual(20);
    const statuses = new Set(a.sim.state.images.map((i) => i.status));
    for (const s of ['active', 'queued', 'saving', 'killed', 'deactivated'])
      expect(statuses).toContain(s);
    expect(new Set(a.sim.state.images.map((i) => i.virt_type)).size).toBeGreaterThanOrEqual(5);
    const big = await sim({ scale: 5 });
    expect(big.sim.state.images.length).toBeGreaterThan(3.5 * a.sim.state.images.length);
  });
});

describe('persistence', () => {
  it('keeps state and uploaded bytes across a restart, committed before the response', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    try {
      const dataFile = join(dir, 'sim.db');
      const first = await startSim({ dataFile });
      const token = await first.login('alice');
      const created = await first.req('POST', '/os/image/v1/v2/images', {
        token,
        body: {
          name: 'persist-me',
          visibility: 'private',
          cas_ostype: 'linux|CentOS 7(64-bit)',
          disk_format: 'raw',
          virt_type: 'CAS',
          min_cpu: '1',
          min_ram: 512,
          min_disk: 1,
        },
      });
      const id = created.body.id;
      await first.req('PUT', `/os/image/v1/v2/images/${id}/file`, {
        token,
        raw: 'hello bytes',
        headers: { 'content-type': 'application/octet-stream' },
      });
      first.settle();
      // Tasks commit in the background; wait for them as a response would.
      await first.sim.flushed();
      // Nothing is flushed on close: what was acknowledged is already in the store, so a second
      // simulator opening the same file while the first still runs sees it.
      const second = await sim({ dataFile });
      await first.close();
      expect(readdirSync(dir).filter((f) => !/^sim\.db(-wal|-shm)?$/.test(f))).toEqual([]);

      expect(second.sim.freshlySeeded).toBe(false);
      // The session survives too: the token issued before the restart still works.
      const img = await second.req('GET', `/os/image/v1/v2/images/${id}`, { token });
      expect(img.body).toMatchObject({ name: 'persist-me', status: 'active', size: 11 });
      expect(
        (await second.req('GET', `/os/image/v1/v2/images/${id}/file`, { token })).raw.toString(),
      ).toBe('hello bytes');

      const third = await sim({ dataFile, reset: true });
      expect(third.sim.freshlySeeded).toBe(true);
      expect(third.sim.state.images.some((i) => i.id === id)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('imports the JSON state file of older simulators once, filling what it lacks from the seed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    try {
      const seeded = await sim();
      const saved: Record<string, unknown> = JSON.parse(JSON.stringify(seeded.sim.state));
      saved.images = seeded.sim.state.images.slice(0, 3);
      delete saved.flavors;
      writeFileSync(join(dir, 'state.json'), JSON.stringify(saved));
      const dataFile = join(dir, 'sim.db');
      const second = await startSim({ dataFile });
      expect(second.sim.freshlySeeded).toBe(false);
      expect(second.sim.state.images).toHaveLength(3);
      expect(second.sim.state.flavors.length).toBeGreaterThan(0);
      await second.close();
      expect(readdirSync(dir)).toContain('state.json.imported');
      // The import is kept in the store: the next start reads the database, not the JSON.
      const third = await sim({ dataFile });
      expect(third.sim.state.images).toHaveLength(3);
      expect(third.sim.state.flavors.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('resumes a transition that was under way when it stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    try {
      const dataFile = join(dir, 'sim.db');
      const first = await startSim({ dataFile, delayScale: 1 });
      const saving = first.sim.state.images.find((i) => i.status === 'saving');
      expect(first.sim.state.tasks.some((task) => task.ref === saving?.id)).toBe(true);
      await first.close();
      const second = await sim({ dataFile });
      second.settle();
      expect(second.sim.state.images.find((i) => i.id === saving?.id)?.status).toBe('active');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
