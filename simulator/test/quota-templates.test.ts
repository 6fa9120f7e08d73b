import { describe, expect, it } from 'vitest';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

const BASE = '/os/kinton/v1/quotaMange';
let t: TestSim;
let admin: string;
let alice: string;

// The documented create example (004:L4138), as printed: the examples' spellings and a string.
const EXAMPLE = {
  name: 'cloudos-new',
  cpu: 1,
  ram: 0,
  storage: 1,
  novaNum: 0,
  snapshotNum: 1,
  volumeNum: 0,
  manilaGigabytes: 0,
  shareNum: 0,
  routeNum: 0,
  fireNum: 0,
  netNum: 0,
  balanceNum: 0,
  listenerNum: 0,
  virtualNetNum: 0,
  publicIpNum: 0,
  vpnNum: 0,
  securityGroupNum: 0,
  subnetNum: 0,
  vpcNum: 0,
  privateZoneNum: 0,
  recordSetNum: 0,
  bucketNum: 0,
  ossGigabytes: 0,
  virtualSnpaNum: 999,
  autoVirtualSnpaNum: 999,
  eisooBackupNum: '0',
};

type Tpl = { uuid: string; name: string } & Record<string, unknown>;
const list = async (token = admin): Promise<Tpl[]> => {
  const res = await t.req('GET', `${BASE}/queryAllQuotaManage`, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.quotas;
};
const byName = async (name: string) => (await list()).find((q) => q.name === name);

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice] = await sim.logins('admin', 'alice');
});

describe('quota templates (004 §1.6 items 7–11)', () => {
  it('lists the seeded presets by name and shows one', async () => {
    const all = await list();
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(all.map((q) => q.name)).toContain('不限额');
    const small = all.find((q) => q.name === '小型组织');
    expect(small).toMatchObject({ novaNum: 10, cpu: 40, virtualSnapNum: 10, eisooBackupNum: 10 });
    const one = await t.req('GET', `${BASE}/queryQuotaManageByUUID/${small?.uuid}`, {
      token: admin,
    });
    expect(one.status).toBe(200);
    expect(one.body).toEqual(small);
    expectVendorError(
      await t.req('GET', `${BASE}/queryQuotaManageByUUID/nope`, { token: admin }),
      404,
    );
  });

  it('creates from the example as printed, under the vendor field names', async () => {
    const res = await t.req('POST', `${BASE}/saveQuotaManage`, { token: admin, body: EXAMPLE });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const made = await byName('cloudos-new');
    expect(made).toMatchObject({
      virtualSnapNum: 999,
      autoVirtualSnapNum: 999,
      eisooBackupNum: 0,
      extra: '',
    });
    expect(made).not.toHaveProperty('virtualSnpaNum');
    // The same name again: 409.
    expectVendorError(
      await t.req('POST', `${BASE}/saveQuotaManage`, { token: admin, body: EXAMPLE }),
      409,
    );
  });

  it('updates partially by the uuid in the body, and deletes', async () => {
    const tpl = await byName('中型组织');
    const put = await t.req('PUT', `${BASE}/modifyQuotaManage`, {
      token: admin,
      body: { uuid: tpl?.uuid, cpu: '400', eissoBackupNum: 7, extra: 'updated' },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const after = await byName('中型组织');
    expect(after).toMatchObject({
      cpu: 400,
      eisooBackupNum: 7,
      extra: 'updated',
      novaNum: tpl?.novaNum,
    });
    const del = await t.req('DELETE', `${BASE}/deleteQuotaMange/${tpl?.uuid}`, { token: admin });
    expect(del.status).toBe(200);
    expect(await byName('中型组织')).toBeUndefined();
    expectVendorError(
      await t.req('DELETE', `${BASE}/deleteQuotaMange/${tpl?.uuid}`, { token: admin }),
      404,
    );
  });

  it('rejects bad input: no name, a bad counter, both spellings, an unknown field, a taken name', async () => {
    const post = (body: unknown) =>
      t.req('POST', `${BASE}/saveQuotaManage`, { token: admin, body });
    expectVendorError(await post({ cpu: 1 }), 400);
    expectVendorError(await post({ name: ' padded ' }), 400);
    expectVendorError(await post({ name: 'x', cpu: 'lots' }), 400);
    expectVendorError(await post({ name: 'x', cpu: 123456789012 }), 400);
    expectVendorError(await post({ name: 'x', virtualSnapNum: 1, virtualSnpaNum: 2 }), 400);
    expectVendorError(await post({ name: 'x', colour: 'red' }), 400);
    const small = await byName('小型组织');
    const rename = await t.req('PUT', `${BASE}/modifyQuotaManage`, {
      token: admin,
      body: { uuid: small?.uuid, name: '大型组织' },
    });
    expectVendorError(rename, 409);
    const missing = await t.req('PUT', `${BASE}/modifyQuotaManage`, {
      token: admin,
      body: { cpu: 1 },
    });
    expectVendorError(missing, 400);
    const unknown = await t.req('PUT', `${BASE}/modifyQuotaManage`, {
      token: admin,
      body: { uuid: 'nope', cpu: 1 },
    });
    expectVendorError(unknown, 404);
  });

  it('is for cloud administrators only (403), and needs a token (401)', async () => {
    expectVendorError(await t.req('GET', `${BASE}/queryAllQuotaManage`, { token: alice }), 403);
    expectVendorError(
      await t.req('POST', `${BASE}/saveQuotaManage`, { token: alice, body: EXAMPLE }),
      403,
    );
    const small = await byName('小型组织');
    expectVendorError(
      await t.req('DELETE', `${BASE}/deleteQuotaMange/${small?.uuid}`, { token: alice }),
      403,
    );
    expectVendorError(await t.req('GET', `${BASE}/queryAllQuotaManage`), 401);
  });
});
