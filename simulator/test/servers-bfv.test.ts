// Boot from an existing system disk (004:L9981) and the create checks that use the reference data
// (security groups), on the same createServer operation as image boot.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectVendorError } from './helpers.ts';
import { paths, world, type World } from './server-fixtures.ts';

let w: World;
beforeEach(async () => {
  w = await world();
});
afterEach(async () => {
  await w.t.close();
});

const volumesUrl = (token: string) => `/os/compute/v1/v2/${w.project(token)}/os-volumes/detail`;
const volume = async (id: string, token = w.alice) =>
  ((await w.t.req('GET', volumesUrl(token), { token })).body.volumes as Record<string, any>[]).find(
    (v) => v.id === id,
  );
/** A seeded bootable, available volume of the token's project. */
const bootable = (token = w.alice) => {
  const v = w.t.sim.state.volumes.find(
    (x) => x.tenant_id === w.project(token) && x.bootable && x.status === 'available',
  );
  if (!v) throw new Error('no bootable volume seeded');
  return v;
};
const bdm = (uuid: string, extra: Record<string, unknown> = {}) => [
  {
    uuid,
    boot_index: '0',
    source_type: 'volume',
    destination_type: 'volume',
    delete_on_termination: false,
    volume_size: '20',
    ...extra,
  },
];
const bfvBody = (uuid: string, extra: Record<string, unknown> = {}, flavor = 'm1.medium') => {
  const b = w.body({ imageRef: undefined, block_device_mapping_v2: bdm(uuid, extra) }, flavor);
  return JSON.parse(JSON.stringify(b)) as typeof b;
};

describe('servers: boot from an existing system disk (004:L9981)', () => {
  it('boots from a bootable volume: in-use on /dev/vda, image "", listed as attached', async () => {
    const v = bootable();
    const res = await w.t.req('POST', w.base(w.alice), { token: w.alice, body: bfvBody(v.id) });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const id = String(res.body.server.id);
    const s = await w.show(id, w.alice);
    expect(s.image).toBe('');
    expect(s['os-extended-volumes:volumes_attached']).toEqual([{ id: v.id }]);
    const vol = await volume(v.id);
    expect(vol).toMatchObject({
      status: 'in-use',
      bootable: true,
      attachments: [{ id: v.id, volumeId: v.id, serverId: id, device: '/dev/vda' }],
    });
    w.t.settle();
    expect((await w.show(id, w.alice)).status).toBe('ACTIVE');

    // The same volume cannot boot a second server.
    const again = await w.t.req('POST', w.base(w.alice), { token: w.alice, body: bfvBody(v.id) });
    expectVendorError(again, 400);
    expect(paths(again.body)).toEqual(['body/server/block_device_mapping_v2/0/uuid']);

    // Deleting the server releases the volume (delete_on_termination false).
    await w.t.req('DELETE', `${w.base(w.alice)}/${id}`, { token: w.alice });
    expect((await volume(v.id))?.status).toBe('in-use');
    w.t.settle();
    expect(await volume(v.id)).toMatchObject({ status: 'available', attachments: [] });
  });

  it('deletes the volume with the server when delete_on_termination is true', async () => {
    const v = bootable();
    const res = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: bfvBody(v.id, { delete_on_termination: 'true', boot_index: 0, volume_size: 20 }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    w.t.settle();
    await w.t.req('DELETE', `${w.base(w.alice)}/${String(res.body.server.id)}`, { token: w.alice });
    w.t.settle();
    expect(await volume(v.id)).toBeUndefined();
  });

  it('skips the flavor disk check (the disk is the volume)', async () => {
    const v = bootable();
    const tiny = w.t.sim.state.flavors.find((f) => f.name === 'm1.tiny');
    expect(tiny && tiny.disk < v.size).toBe(true);
    const img = w.t.sim.state.images.find((i) => i.id === v.image_id);
    if (img) img.min_ram = 0;
    const res = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: bfvBody(v.id, {}, 'm1.tiny'),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
  });

  it('refuses a volume that is not usable (400 naming the uuid)', async () => {
    const state = w.t.sim.state;
    const mine = state.volumes.filter((x) => x.tenant_id === w.project(w.alice));
    const inUse = mine.find((x) => x.status === 'in-use');
    const plain = mine.find((x) => !x.bootable && x.status === 'available');
    const failed = mine.find((x) => x.status === 'error');
    const other = state.volumes.find((x) => x.tenant_id === w.project(w.bob) && x.bootable);
    for (const [v, why] of [
      [inUse?.id, 'in-use'],
      [plain?.id, 'not bootable'],
      [failed?.id, 'error'],
      [other?.id, "another project's"],
      ['no-such-volume', 'unknown'],
    ] as const) {
      expect(v, why).toBeDefined();
      const res = await w.t.req('POST', w.base(w.alice), {
        token: w.alice,
        body: bfvBody(v ?? ''),
      });
      expectVendorError(res, 400);
      expect(paths(res.body), why).toEqual(['body/server/block_device_mapping_v2/0/uuid']);
    }
  });

  it('refuses a flavor with less RAM than the volume image needs (400)', async () => {
    const v = bootable();
    const img = w.t.sim.state.images.find((i) => i.id === v.image_id);
    if (!img) throw new Error('seeded bootable volume without an image');
    img.min_ram = 1_000_000;
    const res = await w.t.req('POST', w.base(w.alice), { token: w.alice, body: bfvBody(v.id) });
    expectVendorError(res, 400);
    expect(paths(res.body)).toEqual(['body/server/flavorRef']);
  });

  it('validates the mapping and the choice of variant (400 naming the field)', async () => {
    const v = bootable().id;
    const cases: [Record<string, unknown>, string][] = [
      [{ boot_index: 1 }, 'body/server/block_device_mapping_v2/0/boot_index'],
      [{ boot_index: '1' }, 'body/server/block_device_mapping_v2/0/boot_index'],
      [{ source_type: 'image' }, 'body/server/block_device_mapping_v2/0/source_type'],
      [{ destination_type: 'local' }, 'body/server/block_device_mapping_v2/0/destination_type'],
      [{ volume_size: 'big' }, 'body/server/block_device_mapping_v2/0/volume_size'],
      [{ volume_size: -1 }, 'body/server/block_device_mapping_v2/0/volume_size'],
      [
        { delete_on_termination: 'yes' },
        'body/server/block_device_mapping_v2/0/delete_on_termination',
      ],
      [{ uuid: undefined }, 'body/server/block_device_mapping_v2/0/uuid'],
    ];
    for (const [extra, path] of cases) {
      const res = await w.t.req('POST', w.base(w.alice), {
        token: w.alice,
        body: bfvBody(v, extra),
      });
      expectVendorError(res, 400);
      expect(paths(res.body), JSON.stringify(extra)).toContain(path);
    }
    // Two entries (a data volume besides the system disk) are not documented.
    const two = bfvBody(v);
    two.server.block_device_mapping_v2 = [...bdm(v), ...bdm(v)];
    const twice = await w.t.req('POST', w.base(w.alice), { token: w.alice, body: two });
    expectVendorError(twice, 400);
    expect(paths(twice.body)).toContain('body/server/block_device_mapping_v2');

    // Both imageRef and block_device_mapping_v2, or neither: 400 on the server object.
    const both = w.body({ block_device_mapping_v2: bdm(v) });
    const res = await w.t.req('POST', w.base(w.alice), { token: w.alice, body: both });
    expectVendorError(res, 400);
    expect(paths(res.body)).toEqual(['body/server']);
    expect(res.body.details[0].message).toContain('exactly one of `imageRef`');
    const neither = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: JSON.parse(JSON.stringify(w.body({ imageRef: undefined }))),
    });
    expectVendorError(neither, 400);
    expect(paths(neither.body)).toEqual(
      expect.arrayContaining(['body/server/imageRef', 'body/server/block_device_mapping_v2']),
    );
  });

  it('counts a boot-from-volume server against the quota (403)', async () => {
    const fin = w.t.sim.state.volumes.find(
      (x) => x.tenant_id === w.project(w.dave) && x.bootable && x.status === 'available',
    );
    const body = w.body(
      {
        imageRef: undefined,
        block_device_mapping_v2: bdm(fin?.id ?? ''),
        networks: [{ uuid: w.networkId('finance-net') }],
        availability_zone: 'caz19',
      },
      'HP_16*64*200',
    );
    const res = await w.t.req('POST', w.base(w.dave), {
      token: w.dave,
      body: JSON.parse(JSON.stringify(body)),
    });
    expectVendorError(res, 403);
    expect(res.body.msg).toMatch(/^Quota exceeded for cores/);
    expect(w.t.sim.state.volumes.find((x) => x.id === fin?.id)?.status).toBe('available');
  });
});

describe('servers: security groups on create', () => {
  it('accepts the project groups and dedupes; refuses unknown names (400 naming the item)', async () => {
    const groups = w.t.sim.state.securityGroups
      .filter((g) => g.tenant_id === w.project(w.alice))
      .map((g) => g.name);
    expect(groups).toContain('web');
    const res = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: w.body({
        security_groups: [{ name: 'web' }, { name: 'default', id: 'whatever' }, { name: 'web' }],
      }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.server.security_groups).toEqual([{ name: 'web' }, { name: 'default' }]);

    const bad = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: w.body({ security_groups: [{ name: 'default' }, { name: 'no-such-group' }] }),
    });
    expectVendorError(bad, 400);
    expect(paths(bad.body)).toEqual(['body/server/security_groups/1/name']);
  });

  it('drops the reserved lease keys from the request metadata', async () => {
    const id = await w.create(w.alice, {
      metadata: { tenancyId: 'forged', tenancyEndTime: '1', alias: 'x' },
    });
    const s = await w.show(id, w.alice);
    expect(s.metadata.tenancyId).toBeUndefined();
    expect(s.metadata.tenancyEndTime).toBeUndefined();
  });
});
