// 缩短租期 (004:L10313) and the lease keys on a server's metadata.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_EPOCH } from '../src/constants.ts';
import { seedState } from '../src/seed.ts';
import { expectVendorError } from './helpers.ts';
import { paths, world, type World } from './server-fixtures.ts';

const URL = '/os/compute/v1/tenancy/shortRestenancy';
const DAY = 86400_000;
/** `yyyy-MM-dd HH:mm:ss` in China Standard Time (UTC+08:00), the request's form. */
const cst = (ms: number) =>
  new Date(ms + 8 * 3600_000)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '');

let w: World;
beforeEach(async () => {
  w = await world();
});
afterEach(async () => {
  await w.t.close();
});

/** A seeded lease of the token's project that ends more than `days` from now. */
function lease(token: string, days = 5) {
  const now = Date.now();
  const l = w.t.sim.state.leases.find(
    (x) =>
      x.tenantId === w.project(token) &&
      x.endTime > now + days * DAY &&
      w.t.sim.state.servers.some((s) => s.id === x.resUuid && s.task_state === null),
  );
  if (!l) throw new Error('no seeded lease');
  return l;
}
const shorten = (
  l: { uuid: string; resUuid: string; resName: string },
  endTime: string,
  token = w.alice,
  over: Record<string, unknown> = {},
) =>
  w.t.req('PUT', URL, {
    token,
    body: {
      resourceTenancy: { uuid: l.uuid, resName: l.resName, resUuid: l.resUuid, endTime, ...over },
    },
  });

describe('leases: shorten (004:L10313)', () => {
  it("shortens a lease and keeps the server's lease metadata in sync", async () => {
    const l = lease(w.alice);
    const s = await w.show(l.resUuid, w.alice);
    expect(s.metadata.tenancyId).toBe(l.uuid);
    expect(s.metadata.tenancyEndTime).toBe(String(l.endTime));

    const end = Math.floor((Date.now() + 2 * DAY) / 1000) * 1000;
    const res = await shorten(l, cst(end), w.alice, { resName: 'renamed-for-lease' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const r = res.body.resourceTenancy;
    expect(r).toMatchObject({
      uuid: l.uuid,
      resUuid: l.resUuid,
      resName: 'renamed-for-lease',
      endTime: end,
      due: false,
      deleted: false,
      notified: false,
      tenantId: w.project(w.alice),
      serUuid: '17037211-2c0c-4703-98e8-81d0202a46e7',
    });
    expect(r.tenancyDay).toBe(Math.floor((end - r.startTime) / DAY));
    expect(r.email).toBe(`${r.userName}@test.com`);
    const after = await w.show(l.resUuid, w.alice);
    expect(after.metadata.tenancyEndTime).toBe(String(end));

    // Shorten only: the same or a later end time is refused now.
    const again = await shorten(l, cst(end), w.alice);
    expectVendorError(again, 400);
    expect(paths(again.body)).toEqual(['body/resourceTenancy/endTime']);
  });

  it('refuses an end time in the past, later than the current one, or not a real date (400)', async () => {
    const l = lease(w.alice);
    for (const endTime of [
      cst(Date.now() - 3600_000),
      cst(l.endTime + DAY),
      cst(l.endTime),
      '2027-02-30 10:00:00',
      '2027-01-01',
      '2027/01/01 10:00:00',
      '2027-01-01 25:00:00',
    ]) {
      const res = await shorten(l, endTime);
      expectVendorError(res, 400);
      expect(paths(res.body), endTime).toEqual(['body/resourceTenancy/endTime']);
    }
    const missing = await w.t.req('PUT', URL, {
      token: w.alice,
      body: { resourceTenancy: { uuid: l.uuid, resUuid: l.resUuid, endTime: cst(Date.now()) } },
    });
    expectVendorError(missing, 400);
    expect(paths(missing.body)).toContain('body/resourceTenancy/resName');
  });

  it('cannot shorten a lease that is already due', async () => {
    const due = w.t.sim.state.leases.find((x) => x.endTime < Date.now());
    if (!due) throw new Error('no due lease seeded');
    const token = due.tenantId === w.project(w.bob) ? w.bob : w.admin;
    const res = await shorten(due, cst(Date.now() + DAY), token);
    expectVendorError(res, 400);
  });

  it('is 404 for an unknown lease, a resUuid mismatch or another project; admin sees all', async () => {
    const l = lease(w.alice);
    const soon = cst(Date.now() + DAY);
    expectVendorError(await shorten({ ...l, uuid: 'no-such-lease' }, soon), 404);
    const other = w.t.sim.state.servers.find(
      (s) => s.tenant_id === w.project(w.alice) && s.id !== l.resUuid,
    );
    expectVendorError(await shorten({ ...l, resUuid: other?.id ?? 'x' }, soon), 404);
    expectVendorError(await shorten(l, soon, w.bob), 404);
    expect((await shorten(l, soon, w.admin)).status).toBe(200);
  });

  it('deletes the lease with its server', async () => {
    const l = lease(w.alice);
    await w.t.req('DELETE', `${w.base(w.alice)}/${l.resUuid}`, { token: w.alice });
    w.t.settle();
    expect(w.t.sim.state.leases.some((x) => x.uuid === l.uuid)).toBe(false);
    expectVendorError(await shorten(l, cst(Date.now() + DAY)), 404);
  });

  it('shows no lease keys on a server without a lease', async () => {
    const id = await w.create(w.alice);
    const s = await w.show(id, w.alice);
    expect(s.metadata).not.toHaveProperty('tenancyId');
    expect(s.metadata).not.toHaveProperty('tenancyEndTime');
  });

  it('needs a token (401)', async () => {
    const res = await w.t.req('PUT', URL, {
      body: {
        resourceTenancy: { uuid: 'x', resName: 'x', resUuid: 'x', endTime: '2027-01-01 00:00:00' },
      },
    });
    expectVendorError(res, 401);
  });
});

describe('leases: seed', () => {
  it('leases about a third of the servers, some near expiry and two already due', () => {
    const state = seedState(20261122, 1);
    const ratio = state.leases.length / state.servers.length;
    expect(ratio).toBeGreaterThan(0.25);
    expect(ratio).toBeLessThan(0.45);
    expect(state.leases.filter((l) => l.endTime < SEED_EPOCH)).toHaveLength(2);
    const soon = state.leases.filter(
      (l) => l.endTime >= SEED_EPOCH && l.endTime < SEED_EPOCH + 3 * DAY,
    );
    expect(soon.length).toBeGreaterThanOrEqual(3);
    for (const l of state.leases) {
      const s = state.servers.find((x) => x.id === l.resUuid);
      expect(s?.tenant_id).toBe(l.tenantId);
      expect(s?.user_id).toBe(l.userUuid);
      expect(l.startTime).toBeLessThan(l.endTime);
    }
    expect(new Set(state.leases.map((l) => l.resUuid)).size).toBe(state.leases.length);
  });

  it('counts the seeded leases from the moment the world is seeded', () => {
    const now = Date.now();
    const leases = w.t.sim.state.leases;
    expect(leases.filter((l) => l.endTime < now)).toHaveLength(2);
    expect(leases.filter((l) => l.endTime >= now && l.endTime < now + 3 * DAY).length).toBe(
      seedState(20261122, 1).leases.filter(
        (l) => l.endTime >= SEED_EPOCH && l.endTime < SEED_EPOCH + 3 * DAY,
      ).length,
    );
  });
});
