import { describe, expect, it } from 'vitest';
import { DELETED_IMAGE } from '../src/areas/server-templates/seed.ts';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

const TPL = '/os/kinton/v1/cloudos/server/templates';
let t: TestSim;
let admin: string;
let alice: string;
let bob: string;

type Template = {
  uuid: string;
  name: string;
  description: string;
  metadata: Record<string, string>;
  user_uuid: string;
  availability_zone: string;
  azone_uuid: string;
  image_uuid: string;
  flavor_uuid: string;
};

// The documented example (004:L11731), as printed.
const EXAMPLE = {
  uuid: '7f82d460-418a-46d4-942f-45dafad030e8',
  name: 'zjj',
  description: '',
  metadata: {
    normUuid: '38e42432-06a5-47a3-b47d-f078ed03795d',
    storageType: '普通',
    imageSrc: 'normal',
    storagePool: '',
    projectId: '9052ae85792143ff955c35c52e8e41bd',
  },
  user_uuid: '1df71957d770436493a84f24d9344853',
  availability_zone: 'caz19',
  azone_uuid: '4dbb82f5-483b-4b94-ae84-798da042bdf4',
  image_uuid: '14bfe5b8-1cc9-489b-8293-cc455866aaba',
  flavor_uuid: '83479e9c-571e-4dd8-98b1-9847f40411e9',
};

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice, bob] = await sim.logins('admin', 'alice', 'bob');
});

const project = (token: string) => t.project(token);
const user = (token: string) => t.sim.state.tokens[token]?.userId ?? '';
const list = async (token: string) => (await t.req('GET', TPL, { token })).body as Template[];

/** A valid body for the token's project, built from its seeded zones, images and flavors. */
function bodyFor(token: string, over: Partial<typeof EXAMPLE> = {}) {
  const s = t.sim.state;
  const pid = project(token);
  const zoneIds = new Set(s.azoneProjects.filter((a) => a.projectId === pid).map((a) => a.azoneId));
  const zone = s.azones.find((z) => zoneIds.has(z.id) && z.resourceType === 'nova');
  const image = s.images.find((i) => i.status === 'active' && i.visibility === 'public');
  const flavor = s.flavors.find((f) => !f.disabled && f.disk >= 40);
  if (!zone || !image || !flavor) throw new Error('seed lacks a zone, image or flavor');
  return {
    ...EXAMPLE,
    name: 'tpl_new',
    metadata: { ...EXAMPLE.metadata, projectId: pid },
    user_uuid: user(token),
    availability_zone: zone.zone,
    azone_uuid: zone.id,
    image_uuid: image.id,
    flavor_uuid: flavor.id,
    ...over,
  };
}

describe('server templates (004 §1.11)', () => {
  it('seeds templates per organisation, one naming a deleted image', async () => {
    const mine = await list(alice);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((x) => x.metadata.projectId === project(alice))).toBe(true);
    expect(mine.some((x) => x.image_uuid === DELETED_IMAGE)).toBe(true);
    expect(t.sim.state.images.some((i) => i.id === DELETED_IMAGE)).toBe(false);
    const all = await list(admin);
    expect(new Set(all.map((x) => x.metadata.projectId)).size).toBeGreaterThanOrEqual(3);
  });

  it('accepts the documented example once the objects it names exist, ignoring its uuid', async () => {
    const s = t.sim.state;
    const zone = s.azones.find((z) => z.zone === 'caz19');
    const image = s.images.find((i) => i.status === 'active' && i.visibility === 'public');
    const flavor = s.flavors.find((f) => !f.disabled);
    if (!zone || !image || !flavor) throw new Error('seed');
    zone.id = EXAMPLE.azone_uuid;
    s.azoneProjects.push({ azoneId: EXAMPLE.azone_uuid, projectId: EXAMPLE.metadata.projectId });
    image.id = EXAMPLE.image_uuid;
    flavor.id = EXAMPLE.flavor_uuid;
    const res = await t.req('POST', TPL, { token: admin, body: EXAMPLE });
    expect(res.status).toBe(200);
    expect(res.raw.length).toBe(0);
    const made = (await list(admin)).find((x) => x.name === 'zjj');
    expect(made?.uuid).not.toBe(EXAMPLE.uuid);
    expect(made).toMatchObject({ ...EXAMPLE, uuid: made?.uuid });
  });

  it('creates, shows, updates (id in the body) and deletes', async () => {
    expect((await t.req('POST', TPL, { token: alice, body: bodyFor(alice) })).status).toBe(200);
    const made = (await list(alice)).find((x) => x.name === 'tpl_new');
    if (!made) throw new Error('not listed');
    const shown = await t.req('GET', `${TPL}/${made.uuid}`, { token: alice });
    expect(shown.body).toEqual(made);
    const upd = await t.req('PUT', TPL, {
      token: alice,
      body: { ...bodyFor(alice), uuid: made.uuid, name: 'tpl_renamed', description: '改' },
    });
    expect(upd.status).toBe(200);
    const after = (await t.req('GET', `${TPL}/${made.uuid}`, { token: alice })).body as Template;
    expect(after).toMatchObject({ name: 'tpl_renamed', description: '改' });
    expect((await t.req('DELETE', `${TPL}/${made.uuid}`, { token: alice })).status).toBe(200);
    expectVendorError(await t.req('GET', `${TPL}/${made.uuid}`, { token: alice }), 404);
  });

  it('rejects bad input with the field it concerns', async () => {
    for (const name of ['', 'has space', 'x'.repeat(16), '中文']) {
      expectVendorError(
        await t.req('POST', TPL, { token: alice, body: bodyFor(alice, { name }) }),
        400,
      );
    }
    expectVendorError(
      await t.req('POST', TPL, {
        token: alice,
        body: bodyFor(alice, { description: 'd'.repeat(65) }),
      }),
      400,
    );
    const { flavor_uuid: _drop, ...noFlavor } = bodyFor(alice);
    expectVendorError(await t.req('POST', TPL, { token: alice, body: noFlavor }), 400);
    const missingImage = await t.req('POST', TPL, {
      token: alice,
      body: bodyFor(alice, { image_uuid: DELETED_IMAGE }),
    });
    expectVendorError(missingImage, 400);
    expect(missingImage.body.msg).toContain(DELETED_IMAGE);
    const disabled = t.sim.state.flavors.find((f) => f.disabled);
    expectVendorError(
      await t.req('POST', TPL, {
        token: alice,
        body: bodyFor(alice, { flavor_uuid: disabled?.id ?? '' }),
      }),
      400,
    );
    expectVendorError(
      await t.req('POST', TPL, {
        token: alice,
        body: bodyFor(alice, { availability_zone: 'nowhere' }),
      }),
      400,
    );
    const badNorm = bodyFor(alice);
    badNorm.metadata = { ...badNorm.metadata, normUuid: 'not-a-norm' };
    expectVendorError(await t.req('POST', TPL, { token: alice, body: badNorm }), 400);
  });

  it('refuses a second template of the same name in one organisation (409)', async () => {
    expect((await t.req('POST', TPL, { token: alice, body: bodyFor(alice) })).status).toBe(200);
    expectVendorError(await t.req('POST', TPL, { token: alice, body: bodyFor(alice) }), 409);
    // Another organisation may use the name.
    expect((await t.req('POST', TPL, { token: bob, body: bodyFor(bob) })).status).toBe(200);
  });

  it('keeps organisations apart', async () => {
    const bobs = await list(bob);
    const theirs = bobs[0];
    if (!theirs) throw new Error('bob has no templates');
    expect((await list(alice)).some((x) => x.uuid === theirs.uuid)).toBe(false);
    expectVendorError(await t.req('GET', `${TPL}/${theirs.uuid}`, { token: alice }), 404);
    expectVendorError(await t.req('DELETE', `${TPL}/${theirs.uuid}`, { token: alice }), 404);
    expectVendorError(
      await t.req('PUT', TPL, { token: alice, body: { ...bodyFor(alice), uuid: theirs.uuid } }),
      404,
    );
    // Writing into another organisation is forbidden; the administrator may.
    const intoBob = bodyFor(alice);
    intoBob.metadata = { ...intoBob.metadata, projectId: project(bob) };
    expectVendorError(await t.req('POST', TPL, { token: alice, body: intoBob }), 403);
    expect((await t.req('GET', `${TPL}/${theirs.uuid}`, { token: admin })).status).toBe(200);
  });

  it('makes an edit of a template whose image is gone name a live image', async () => {
    const orphan = (await list(alice)).find((x) => x.image_uuid === DELETED_IMAGE);
    if (!orphan) throw new Error('no orphan');
    const { uuid, ...rest } = orphan;
    const as = { ...rest, uuid, description: 'still broken' };
    expectVendorError(await t.req('PUT', TPL, { token: alice, body: as }), 400);
    const fixed = { ...as, image_uuid: bodyFor(alice).image_uuid };
    expect((await t.req('PUT', TPL, { token: alice, body: fixed })).status).toBe(200);
    const moved = { ...fixed, metadata: { ...fixed.metadata, projectId: project(bob) } };
    expectVendorError(await t.req('PUT', TPL, { token: admin, body: moved }), 400);
    expectVendorError(
      await t.req('PUT', TPL, { token: alice, body: { ...fixed, uuid: 'no-such-template' } }),
      404,
    );
  });
});
