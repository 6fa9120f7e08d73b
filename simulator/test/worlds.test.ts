// Named worlds: tests that name a world never see each other's changes, and control endpoints act
// on the world the request names.
import { afterEach, describe, expect, it } from 'vitest';
import { startSim, type TestSim } from './helpers.ts';

const sims: TestSim[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

const KEYPAIRS = (tenant: string) => `/os/compute/v1/v2/${tenant}/os-keypairs`;

async function loginIn(t: TestSim, world: string) {
  const res = await t.req('POST', '/os/kinton/v1/v3/auth/tokens', {
    headers: { 'x-sim-world': world },
    body: {
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'alice', domain: { id: 'default' }, password: 'cloudos' } },
        },
      },
    },
  });
  expect(res.status).toBe(201);
  return {
    token: String(res.headers['x-subject-token']),
    tenant: String(res.body.token.project.id),
  };
}

describe('named worlds', () => {
  it('keeps each world to itself, by header or cookie', async () => {
    const t = await startSim();
    sims.push(t);
    const a = await loginIn(t, 'alpha');
    const created = await t.req('POST', KEYPAIRS(a.tenant), {
      token: a.token,
      headers: { 'x-sim-world': 'alpha' },
      body: { keypair: { name: 'only-in-alpha' } },
    });
    expect(created.status).toBe(200);
    // The same token means nothing in another world: it was issued in alpha.
    const elsewhere = await t.req('GET', KEYPAIRS(a.tenant), {
      token: a.token,
      headers: { cookie: 'theme=dark; sim_world=beta' },
    });
    expect(elsewhere.status).toBe(401);
    const inAlpha = await t.req('GET', KEYPAIRS(a.tenant), {
      token: a.token,
      headers: { cookie: 'sim_world=alpha' },
    });
    expect(JSON.stringify(inAlpha.body)).toContain('only-in-alpha');
    expect(t.sim.state.keypairs.some((k) => k.name === 'only-in-alpha')).toBe(false);
    expect(t.worlds.size).toBe(2);
  });

  it('resets, faults and drops only the named world', async () => {
    const t = await startSim();
    sims.push(t);
    const a = await loginIn(t, 'one');
    const fault = await t.req('POST', '/__sim/faults', {
      headers: { 'x-sim-world': 'one' },
      body: { path: 'os-keypairs', status: 503, count: 1 },
    });
    expect(fault.status).toBe(200);
    const b = await loginIn(t, 'two');
    const inTwo = await t.req('GET', KEYPAIRS(b.tenant), {
      token: b.token,
      headers: { 'x-sim-world': 'two' },
    });
    expect(inTwo.status).toBe(200);
    const inOne = await t.req('GET', KEYPAIRS(a.tenant), {
      token: a.token,
      headers: { 'x-sim-world': 'one' },
    });
    expect(inOne.status).toBe(503);
    const dropped = await t.req('DELETE', '/__sim/worlds/one');
    expect(dropped.body).toMatchObject({ dropped: true, worlds: 1 });
  });

  it("scales one world's transition delays, until it is reseeded", async () => {
    const t = await startSim({ delayScale: 1 });
    sims.push(t);
    const set = await t.req('POST', '/__sim/delay-scale', {
      headers: { 'x-sim-world': 'fast' },
      body: { scale: 0.05 },
    });
    expect(set.body).toMatchObject({ ok: true, delayScale: 0.05 });
    for (const scale of [-1, 11, 'quick', null]) {
      const refused = await t.req('POST', '/__sim/delay-scale', {
        headers: { 'x-sim-world': 'fast' },
        body: { scale },
      });
      expect(refused.status, String(scale)).toBe(400);
    }
    // A task scheduled in each world: due after 2000 x its world's scale.
    const dueIn = async (name: string) => {
      const world = t.worlds.get(name);
      const before = Date.now();
      await world.write((view) => view.schedule('noop', 2000, 'x'));
      return (world.state.tasks.at(-1)?.at ?? 0) - before;
    };
    expect(await dueIn('fast')).toBeLessThan(1000);
    expect(await dueIn('slow')).toBeGreaterThanOrEqual(2000);
    expect(t.worlds.get('slow').delayScale).toBe(1);
    await t.req('POST', '/__sim/reset', { headers: { 'x-sim-world': 'fast' } });
    expect(t.worlds.get('fast').delayScale).toBe(1);
  });

  it('serves only the default world without test control', async () => {
    const t = await startSim({ control: false });
    sims.push(t);
    await loginIn(t, 'ignored');
    expect(t.worlds.size).toBe(0);
  });
});
