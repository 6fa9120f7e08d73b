import { describe, expect, it } from 'vitest';
import { ADMIN_PROJECT } from '../src/constants.ts';
import { expectVendorError, eachTestSim, startSim, type TestSim } from './helpers.ts';

const AGG = `/os/compute/v1/v2/${ADMIN_PROJECT}/os-aggregates`;
const AZ = '/os/compute/v1/cloudos/azones';
let t: TestSim;
let admin: string;
let alice: string;

type Agg = {
  id: number;
  name: string;
  availability_zone: string;
  hosts: string[];
  metadata: Record<string, string>;
};

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice] = await sim.logins('admin', 'alice');
});

const list = async () => (await t.req('GET', AGG, { token: admin })).body.aggregates as Agg[];
async function create(name: string, zone: string): Promise<Agg> {
  const res = await t.req('POST', AGG, {
    token: admin,
    body: { aggregate: { name, availability_zone: zone } },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.aggregate as Agg;
}
const action = (id: number, body: unknown, token = admin) =>
  t.req('POST', `${AGG}/${id}/action`, { token, body });
const byName = async (name: string) => {
  const a = (await list()).find((x) => x.name === name);
  if (!a) throw new Error(`no aggregate ${name}`);
  return a;
};

describe('host aggregates: list and show (004:L18815, L19074)', () => {
  it('lists the seeded aggregates: one per compute zone with its hosts, sorted by id', async () => {
    const all = await list();
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.map((a) => a.id)).toEqual([...all.map((a) => a.id)].sort((a, b) => a - b));
    const cas = all.find((a) => a.name === 'cas191p1c1-agg');
    expect(cas).toMatchObject({
      availability_zone: 'cas191p1c1',
      hosts: ['compcas5mbw87y2rc', 'compcas31qzy7d3rc'],
      metadata: { availability_zone: 'cas191p1c1' },
    });
    // Every member is a compute host of the aggregate's zone.
    const hosts = new Map(t.sim.state.hypervisors.map((h) => [h.host, h.zone]));
    for (const a of all) for (const h of a.hosts) expect(hosts.get(h)).toBe(a.availability_zone);
    expect(all.some((a) => a.hosts.length === 0)).toBe(true);
  });

  it('shows one aggregate in nova’s single wrapper; 404 for unknown or non-integer ids', async () => {
    const a = await byName('gpu-t4');
    const res = await t.req('GET', `${AGG}/${a.id}`, { token: admin });
    expect(res.status).toBe(200);
    expect(res.body.aggregate).toMatchObject({ name: 'gpu-t4', metadata: { gpu: 'nvidia-t4' } });
    expectVendorError(await t.req('GET', `${AGG}/99999`, { token: admin }), 404);
    expectVendorError(await t.req('GET', `${AGG}/abc`, { token: admin }), 404);
  });

  it('is for cloud administrators only (403 with the vendor body), in their own project too', async () => {
    const aliceProject = t.sim.state.tokens[alice]?.projectId ?? '';
    const mine = `/os/compute/v1/v2/${aliceProject}/os-aggregates`;
    expectVendorError(await t.req('GET', mine, { token: alice }), 403);
    expectVendorError(await t.req('GET', `${mine}/1`, { token: alice }), 403);
    expectVendorError(
      await t.req('POST', mine, {
        token: alice,
        body: { aggregate: { name: 'x', availability_zone: 'caz19' } },
      }),
      403,
    );
    expectVendorError(await t.req('GET', AGG, { token: alice }), 403);
    expectVendorError(await action(1, { add_host: { host: 'cpn-host11rc' } }, alice), 403);
    expectVendorError(await t.req('DELETE', `${AGG}/1`, { token: alice }), 403);
    expectVendorError(await t.req('GET', AGG, {}), 401);
  });
});

describe('host aggregates: create, update, delete (004:L18937, L19202, L19364)', () => {
  it('accepts the documented example and creates the missing zone vm61', async () => {
    const a = await create('vm61-agg', 'vm61');
    expect(a).toMatchObject({
      name: 'vm61-agg',
      availability_zone: 'vm61',
      hosts: [],
      metadata: { availability_zone: 'vm61' },
    });
    const zones = (await t.req('GET', AZ, { token: admin })).body as {
      zone: string;
      resourceType: string;
    }[];
    expect(zones.find((z) => z.zone === 'vm61')?.resourceType).toBe('nova');
    expect((await list()).some((x) => x.id === a.id)).toBe(true);
  });

  it('joins an existing compute zone; 409 for a used name or a zone of another kind', async () => {
    const a = await create('caz19-extra', 'caz19');
    expect(a.availability_zone).toBe('caz19');
    const dup = await t.req('POST', AGG, {
      token: admin,
      body: { aggregate: { name: 'CAZ19-EXTRA', availability_zone: 'caz19' } },
    });
    expectVendorError(dup, 409);
    const cinder = await t.req('POST', AGG, {
      token: admin,
      body: { aggregate: { name: 'vol', availability_zone: 'cinder191' } },
    });
    expectVendorError(cinder, 409);
    expect(cinder.body.msg).toContain('cinder');
  });

  it('validates name and zone as documented (400)', async () => {
    const bad: unknown[] = [
      { name: '', availability_zone: 'z1' },
      { name: 'a'.repeat(17), availability_zone: 'z1' },
      { name: 'ok', availability_zone: 'nova' },
      { name: 'ok', availability_zone: 'a-b' },
      { name: 'ok', availability_zone: 'a'.repeat(17) },
      { name: 'ok' },
      { availability_zone: 'z1' },
      { name: 'ok', availability_zone: 'z1', extra: 1 },
    ];
    for (const aggregate of bad) {
      const res = await t.req('POST', AGG, { token: admin, body: { aggregate } });
      expectVendorError(res, 400);
    }
    expectVendorError(await t.req('POST', AGG, { token: admin, body: {} }), 400);
  });

  it('renames, and moves an empty aggregate to another (new) zone; the example is accepted', async () => {
    const a = await create('mover', 'caz19');
    const res = await t.req('PUT', `${AGG}/${a.id}`, {
      token: admin,
      body: { aggregate: { name: 'louis-agg', availability_zone: 'louis' } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.aggregate).toMatchObject({
      name: 'louis-agg',
      availability_zone: 'louis',
      metadata: { availability_zone: 'louis' },
    });
    expect(res.body.aggregate.updated_at).toEqual(expect.any(String));
    const rename = await t.req('PUT', `${AGG}/${a.id}`, {
      token: admin,
      body: { aggregate: { name: 'renamed' } },
    });
    expect(rename.body.aggregate.availability_zone).toBe('louis');
    expectVendorError(
      await t.req('PUT', `${AGG}/${a.id}`, { token: admin, body: { aggregate: {} } }),
      400,
    );
    expectVendorError(
      await t.req('PUT', `${AGG}/999`, { token: admin, body: { aggregate: { name: 'x' } } }),
      404,
    );
  });

  it('refuses to move or delete an aggregate that has hosts (409), deletes an empty one', async () => {
    const full = await byName('caz19-agg');
    const move = await t.req('PUT', `${AGG}/${full.id}`, {
      token: admin,
      body: { aggregate: { availability_zone: 'kvm_pool2' } },
    });
    expectVendorError(move, 409);
    const del = await t.req('DELETE', `${AGG}/${full.id}`, { token: admin });
    expectVendorError(del, 409);
    expect(del.body.msg).toContain('cpn-host11rc');
    const empty = await byName('reserved-kvm');
    expect((await t.req('DELETE', `${AGG}/${empty.id}`, { token: admin })).status).toBe(200);
    expectVendorError(await t.req('GET', `${AGG}/${empty.id}`, { token: admin }), 404);
    expectVendorError(await t.req('DELETE', `${AGG}/${empty.id}`, { token: admin }), 404);
  });
});

describe('host aggregates: add and remove hosts (004:L19426)', () => {
  it('adds a host of the zone (the documented example), then removes it', async () => {
    const a = await create('cas-more', 'cas191p1c1');
    const res = await action(a.id, { add_host: { host: 'compcas31qzy7d3rc' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.aggregate.hosts).toEqual(['compcas31qzy7d3rc']);
    expectVendorError(await action(a.id, { add_host: { host: 'compcas31qzy7d3rc' } }), 409);
    const out = await action(a.id, { remove_host: { host: 'compcas31qzy7d3rc' } });
    expect(out.status).toBe(200);
    expect(out.body.aggregate.hosts).toEqual([]);
    expectVendorError(await action(a.id, { remove_host: { host: 'compcas31qzy7d3rc' } }), 404);
    // The host stays in its zone.
    expect(t.sim.state.hypervisors.find((h) => h.host === 'compcas31qzy7d3rc')?.zone).toBe(
      'cas191p1c1',
    );
  });

  it('refuses unknown hosts (404) and hosts of another zone (409)', async () => {
    const a = await create('cas-more', 'cas191p1c1');
    expectVendorError(await action(a.id, { add_host: { host: 'no-such-host' } }), 404);
    const other = await action(a.id, { add_host: { host: 'cpn-host11rc' } });
    expectVendorError(other, 409);
    expect(other.body.msg).toContain('caz19');
    expectVendorError(await action(999, { add_host: { host: 'cpn-host11rc' } }), 404);
  });

  it('zones a host that is in no zone yet', async () => {
    const h = t.sim.state.hypervisors.find((x) => x.host === 'compkvm2a03');
    if (!h) throw new Error('no host');
    h.zone = 'nova';
    const a = await create('kvm-new', 'kvm_pool2');
    expect((await action(a.id, { add_host: { host: 'compkvm2a03' } })).status).toBe(200);
    expect(t.sim.state.hypervisors.find((x) => x.host === 'compkvm2a03')?.zone).toBe('kvm_pool2');
  });

  it('answers 400 for bodies that are not exactly one action', async () => {
    for (const body of [
      {},
      { add_host: {} },
      { add_host: { host: '' } },
      { add_host: { host: 'a' }, remove_host: { host: 'a' } },
      { set_metadata: { metadata: {} } },
    ]) {
      expectVendorError(await action(1, body), 400);
    }
  });
});

describe('host aggregates and zones', () => {
  it('a zone with aggregates cannot be deleted (409); its aggregates follow a rename', async () => {
    const a = await create('solo', 'solo_zone');
    const zone = t.sim.state.azones.find((z) => z.zone === 'solo_zone');
    if (!zone) throw new Error('zone not created');
    const del = await t.req('DELETE', `${AZ}/${zone.id}`, { token: admin });
    expectVendorError(del, 409);
    expect(del.body.msg).toContain('solo');
    const ren = await t.req('PUT', AZ, {
      token: admin,
      body: {
        id: zone.id,
        labelName: 'solo',
        zone: 'solo2',
        virtType: 'CAS',
        resourceType: 'nova',
      },
    });
    expect(ren.status, JSON.stringify(ren.body)).toBe(200);
    expect((await t.req('GET', `${AGG}/${a.id}`, { token: admin })).body.aggregate).toMatchObject({
      availability_zone: 'solo2',
      metadata: { availability_zone: 'solo2' },
    });
    expect((await t.req('DELETE', `${AGG}/${a.id}`, { token: admin })).status).toBe(200);
    expect((await t.req('DELETE', `${AZ}/${zone.id}`, { token: admin })).status).toBe(200);
  });

  it('scales: more aggregates with --scale, still sorted and capped', async () => {
    const big = await startSim({ scale: 5 });
    try {
      const tok = await big.login('admin');
      const res = await big.req('GET', AGG, { token: tok });
      expect(res.body.aggregates.length).toBeGreaterThan(40);
    } finally {
      await big.close();
    }
  });
});

describe('host aggregates: a zone keeps its hosts', () => {
  it('a zone with compute hosts cannot be deleted (409)', async () => {
    const a = await create('hold', 'hold_zone');
    const h = t.sim.state.hypervisors.find((x) => x.host === 'compkvm2a03');
    if (!h) throw new Error('no host');
    h.zone = 'nova';
    expect((await action(a.id, { add_host: { host: 'compkvm2a03' } })).status).toBe(200);
    const zone = t.sim.state.azones.find((z) => z.zone === 'hold_zone');
    // Emptying the aggregate sends the host back to no zone; then aggregate and zone can go.
    expect((await action(a.id, { remove_host: { host: 'compkvm2a03' } })).status).toBe(200);
    expect((await action(a.id, { add_host: { host: 'compkvm2a03' } })).status).toBe(200);
    expectVendorError(await t.req('DELETE', `${AGG}/${a.id}`, { token: admin }), 409);
    const other = await create('hold2', 'hold_zone');
    expect((await action(other.id, { add_host: { host: 'compkvm2a03' } })).status).toBe(200);
    expect((await action(a.id, { remove_host: { host: 'compkvm2a03' } })).status).toBe(200);
    expect((await t.req('DELETE', `${AGG}/${a.id}`, { token: admin })).status).toBe(200);
    // Still held by hold2, so still in the zone.
    expect(t.sim.state.hypervisors.find((x) => x.host === 'compkvm2a03')?.zone).toBe('hold_zone');
    expect((await action(other.id, { remove_host: { host: 'compkvm2a03' } })).status).toBe(200);
    expect((await t.req('DELETE', `${AGG}/${other.id}`, { token: admin })).status).toBe(200);
    expect((await t.req('DELETE', `${AZ}/${zone?.id}`, { token: admin })).status).toBe(200);
  });

  it('refuses to delete a zone that still has hosts outside any aggregate (409)', async () => {
    const a = await create('lone', 'lone_zone');
    const h = t.sim.state.hypervisors.find((x) => x.host === 'compkvm2a03');
    if (!h) throw new Error('no host');
    h.zone = 'lone_zone';
    expect((await t.req('DELETE', `${AGG}/${a.id}`, { token: admin })).status).toBe(200);
    const zone = t.sim.state.azones.find((z) => z.zone === 'lone_zone');
    const res = await t.req('DELETE', `${AZ}/${zone?.id}`, { token: admin });
    expectVendorError(res, 409);
    expect(res.body.msg).toContain('compkvm2a03');
  });
});
