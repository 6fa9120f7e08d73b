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

  it('serves only the default world without test control', async () => {
    const t = await startSim({ control: false });
    sims.push(t);
    await loginIn(t, 'ignored');
    expect(t.worlds.size).toBe(0);
  });
});
