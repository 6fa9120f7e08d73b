import { describe, expect, it } from 'vitest';
import { ADMIN_PROJECT } from '../src/constants.ts';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

const K = '/os/kinton/v1/cloudos';
const HOST = '17037211-2c0c-4703-98e8-81d0202a46e7';
const NORMAL = '38e42432-06a5-47a3-b47d-f078ed03795d';
const FIREWALL = '4b865b35-a317-471d-8c58-dd0dcfed3c4f';
const CPU = '2481e874-00d8-457e-899c-e628356ea5a1';
const RAM = '97e87a80-0f9b-4b64-b0f5-c4d8392ded0a';
const DISK = 'ab222fec-6a46-4496-9273-47da58598837';
const STORAGE = '51acecac-dbd2-481d-bd2d-ca2a209c38c9';
let t: TestSim;
let admin: string;
let alice: string;

type Norm = {
  uuid: string;
  normName: string;
  model: string;
  basics: { uuid: string; subNormUuid: string; subNormContent: { normValue: number | string } }[];
  advances: { uuid: string; subNorms: { uuid: string; value: number | string }[] }[];
};

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice] = await sim.logins('admin', 'alice');
});

const hostNorm = async (token = admin) =>
  (await t.req('GET', `${K}/resource/norms/${HOST}/${NORMAL}`, { token })).body as Norm;
const post = (body: unknown, token = admin, path = `${K}/resource/norms`) =>
  t.req('POST', path, { token, body });

describe('resource specs: services and configuration (004:L2886, L2984)', () => {
  it('lists the catalogue’s services to any user', async () => {
    const res = await t.req('GET', `${K}/arrange/services`, { token: alice });
    expect(res.status).toBe(200);
    const host = res.body.find((s: { uuid: string }) => s.uuid === HOST);
    expect(host).toMatchObject({ serviceName: '主机', resourceNorm: true, charging: true });
    expect(res.body.length).toBeGreaterThanOrEqual(8);
    expect(res.body.some((s: { resourceNorm: boolean }) => !s.resourceNorm)).toBe(true);
    expectVendorError(await t.req('GET', `${K}/arrange/services`, {}), 401);
  });

  it('filters configurations by service, uuid and norm (the documents’ ids)', async () => {
    const host = (
      await t.req('GET', `${K}/resource/normConfig?serviceUuid=${HOST}`, { token: alice })
    ).body as { uuid: string; normUuid: string; subTypes: { uuid: string; type: string }[] }[];
    expect(host.map((c) => c.uuid).sort()).toEqual(
      [
        '987e587d-1688-4c4a-9228-790765cc65b4',
        'a787d370-33b8-4849-b112-2a35d32b75c7',
        '0dae5e38-4497-11e9-8a6a-02420a654e1d',
        'dd79d9f6-1865-4fa2-896d-5f0510d2eb0f',
      ].sort(),
    );
    const normal = host.find((c) => c.normUuid === NORMAL);
    expect(normal?.subTypes.map((s) => s.uuid)).toEqual([CPU, RAM, DISK, STORAGE]);
    expect(normal?.subTypes[0]?.type).toBe('["dispersed"]');
    const fw = (
      await t.req('GET', `${K}/resource/normConfig?uuid=b3c6790d-da0f-4676-912b-30660e715ab8`, {
        token: alice,
      })
    ).body;
    expect(fw).toHaveLength(1);
    expect(fw[0]).toMatchObject({ serviceUuid: FIREWALL, normName: 'FirewallSpecify' });
    const byNorm = (
      await t.req('GET', `${K}/resource/normConfig?normUuid=${NORMAL}`, { token: alice })
    ).body;
    expect(byNorm).toHaveLength(1);
    expect(
      (await t.req('GET', `${K}/resource/normConfig?serviceUuid=nope`, { token: alice })).body,
    ).toEqual([]);
    const all = (await t.req('GET', `${K}/resource/normConfig`, { token: alice })).body;
    expect(all.length).toBeGreaterThan(8);
  });
});

describe('resource specs: norms (004:L3153)', () => {
  it('shows a service’s norm; the host service needs the host type', async () => {
    const fw = await t.req('GET', `${K}/resource/norms/${FIREWALL}`, { token: alice });
    expect(fw.status).toBe(200);
    expect(fw.body).toMatchObject({
      uuid: '13265480-d2e6-48ff-bb93-37e2e188cebf',
      models: ['advance'],
    });
    expect(fw.body.model).toBe("\\u005b'advance'\\u005d");
    const host = await t.req('GET', `${K}/resource/norms/${HOST}`, { token: alice });
    expectVendorError(host, 400);
    expect(host.body.msg).toContain(NORMAL);
    const norm = await hostNorm(alice);
    expect(norm.normName).toBe('ComputeNorm');
    // The documents' ids: CPU = 1 and the combined spec 8/16/60/普通.
    expect(
      norm.basics.find((b) => b.uuid === '1ab8c5e0-767c-4a6e-ab84-cec690fd0dc9'),
    ).toMatchObject({
      subNormUuid: CPU,
      subNormContent: { normValue: 1 },
    });
    expect(
      norm.advances.find((a) => a.uuid === '005ce23d-24bc-481b-94d4-0e05ef3f68e5')?.subNorms,
    ).toEqual([
      { uuid: CPU, value: 8 },
      { uuid: RAM, value: 16 },
      { uuid: DISK, value: 60 },
      { uuid: STORAGE, value: '普通' },
    ]);
    // Every combined spec is made of existing single specs.
    for (const a of norm.advances)
      for (const x of a.subNorms)
        expect(
          norm.basics.some(
            (b) =>
              b.subNormUuid === x.uuid && String(b.subNormContent.normValue) === String(x.value),
          ),
        ).toBe(true);
    expectVendorError(await t.req('GET', `${K}/resource/norms/nope`, { token: alice }), 404);
    expectVendorError(
      await t.req('GET', `${K}/resource/norms/${HOST}/nope`, { token: alice }),
      404,
    );
  });
});

describe('resource specs: add and delete (004:L3338, L3473, L3530)', () => {
  it('adds the single spec of the parameter text as printed, on every path form', async () => {
    const body = {
      serviceUuid: HOST,
      normName: 'HostNorm',
      uuid: NORMAL,
      basics: [{ subNormUuid: CPU, subNormContent: { valueType: 'dispersed', normValue: '64' } }],
      models: ['advance'],
    };
    const res = await post(body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toBeUndefined();
    const norm = await hostNorm();
    expect(norm.normName).toBe('HostNorm');
    expect(
      norm.basics.some((b) => b.subNormUuid === CPU && b.subNormContent.normValue === 64),
    ).toBe(true);
    // The same value again: 409. The `/norms/` and `/norms/{projectId}` forms reach the same operation.
    expectVendorError(await post(body), 409);
    expectVendorError(await post(body, admin, `${K}/resource/norms/`), 409);
    expectVendorError(await post(body, admin, `${K}/resource/norms/${ADMIN_PROJECT}`), 409);
    const ram = { ...body, basics: [{ subNormUuid: RAM, subNormContent: { normValue: 128 } }] };
    expect((await post(ram, admin, `${K}/resource/norms/${ADMIN_PROJECT}`)).status).toBe(200);
  });

  it('adds a combined spec of existing values for every sub-type; the abbreviated example is 400', async () => {
    const example = {
      serviceUuid: HOST,
      normName: 'HostNorm',
      advances: [{ subNorms: [{ uuid: CPU, value: 1 }], initPrice: 0, unitPrice: 0 }],
      models: ['advance'],
    };
    const printed = await post(example);
    expectVendorError(printed, 400);
    expect(printed.body.msg).toContain('uuid');
    const partial = await post({ ...example, uuid: NORMAL });
    expectVendorError(partial, 400);
    expect(partial.body.msg).toContain('内存');
    const full = {
      ...example,
      uuid: NORMAL,
      advances: [
        {
          subNorms: [
            { uuid: CPU, value: 1 },
            { uuid: RAM, value: '2' },
            { uuid: DISK, value: 40 },
            { uuid: STORAGE, value: 'SSD' },
          ],
          initPrice: 0,
          unitPrice: 5,
        },
      ],
    };
    expect((await post(full)).status).toBe(200);
    const added = (await hostNorm()).advances.find(
      (a) => JSON.stringify(a.subNorms.map((x) => x.value)) === '[1,2,40,"SSD"]',
    );
    expect(added).toBeDefined();
    expectVendorError(await post(full), 409);
    const [first] = full.advances;
    const unknownValue = {
      ...full,
      advances: [
        { ...first, subNorms: [{ uuid: CPU, value: 3 }, ...(first?.subNorms.slice(1) ?? [])] },
      ],
    };
    expectVendorError(await post(unknownValue), 400);
  });

  it('validates values against the sub-type (400) and the service (404)', async () => {
    const one = (subNormUuid: string, normValue: unknown, uuid: string = NORMAL) =>
      post({ serviceUuid: HOST, uuid, basics: [{ subNormUuid, subNormContent: { normValue } }] });
    expectVendorError(await one(CPU, 0), 400);
    expectVendorError(await one(CPU, 999), 400);
    expectVendorError(await one(CPU, 'many'), 400);
    expectVendorError(await one(DISK, 45), 400);
    expectVendorError(await one(STORAGE, '超级'), 400);
    expectVendorError(await one('a95d57a3-6abb-4594-a78e-79363482f9a3', 'NVIDIA T4'), 400);
    expectVendorError(await one(CPU, 2, 'c0634876-810d-412b-85a9-1c7a1109b7bf'), 400);
    expectVendorError(await one(CPU, { x: 1 }), 400);
    expectVendorError(await post({ serviceUuid: HOST, uuid: NORMAL }), 400);
    expectVendorError(await post({ serviceUuid: 'nope', basics: [] }), 404);
    expectVendorError(await post({ basics: [] }), 400);
    // A service with one norm needs no uuid.
    const fw = await post({
      serviceUuid: FIREWALL,
      basics: [
        {
          subNormUuid: '5a58a001-6947-45b8-ad85-87a081690f31',
          subNormContent: { normValue: '增强型' },
        },
      ],
    });
    expectVendorError(fw, 409);
    expect((await one(DISK, 2040)).status).toBe(200);
  });

  it('is for cloud administrators only (403)', async () => {
    expectVendorError(
      await post(
        {
          serviceUuid: HOST,
          uuid: NORMAL,
          basics: [{ subNormUuid: CPU, subNormContent: { normValue: 64 } }],
        },
        alice,
      ),
      403,
    );
    const norm = await hostNorm();
    expectVendorError(
      await t.req('DELETE', `${K}/resource/normBasic/${norm.basics[0]?.uuid}`, { token: alice }),
      403,
    );
    expectVendorError(
      await t.req('DELETE', `${K}/resource/normAdvance/${norm.advances[0]?.uuid}`, {
        token: alice,
      }),
      403,
    );
  });

  it('deletes a combined spec, then the single specs it used; a used single spec is 409', async () => {
    const used = '1ab8c5e0-767c-4a6e-ab84-cec690fd0dc9';
    const before = await hostNorm();
    const users = before.advances.filter((a) =>
      a.subNorms.some((x) => x.uuid === CPU && x.value === 1),
    );
    const seed = await t.req('POST', `${K}/resource/norms`, {
      token: admin,
      body: {
        serviceUuid: HOST,
        uuid: NORMAL,
        advances: [
          {
            subNorms: [
              { uuid: CPU, value: 1 },
              { uuid: RAM, value: 1 },
              { uuid: DISK, value: 40 },
              { uuid: STORAGE, value: '普通' },
            ],
          },
        ],
      },
    });
    expect(seed.status, JSON.stringify(seed.body)).toBe(200);
    const blocked = await t.req('DELETE', `${K}/resource/normBasic/${used}`, { token: admin });
    expectVendorError(blocked, 409);
    expect(blocked.body.msg).toContain('combined spec');
    for (const a of [
      ...users,
      ...(await hostNorm()).advances.filter((x) => x.subNorms[0]?.value === 1),
    ]) {
      const res = await t.req('DELETE', `${K}/resource/normAdvance/${a.uuid}`, { token: admin });
      expect([200, 404]).toContain(res.status);
    }
    expect(
      (await t.req('DELETE', `${K}/resource/normBasic/${used}`, { token: admin })).status,
    ).toBe(200);
    expect((await hostNorm()).basics.some((b) => b.uuid === used)).toBe(false);
    expectVendorError(
      await t.req('DELETE', `${K}/resource/normBasic/${used}`, { token: admin }),
      404,
    );
    expectVendorError(
      await t.req('DELETE', `${K}/resource/normAdvance/nope`, { token: admin }),
      404,
    );
  });
});
