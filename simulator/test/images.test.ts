import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

const IMAGES = '/os/image/v1/v2/images';
const PATCH_TYPE = 'application/openstack-images-v2.1-json-patch';
let t: TestSim;
let admin: string;
let alice: string;
let bob: string;
eachTestSim(async (sim) => {
  t = sim;
  [admin, alice, bob] = await sim.logins('admin', 'alice', 'bob');
});

const valid = {
  name: 'centos-web-base',
  description: 'base image for the web tier',
  visibility: 'private',
  cas_ostype: 'linux|CentOS 7(64-bit)',
  disk_format: 'qcow2',
  virt_type: 'CAS',
  min_cpu: '2',
  min_ram: 2048,
  min_disk: 20,
};

async function create(token: string, body: Record<string, unknown> = valid) {
  const res = await t.req('POST', IMAGES, { token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; status: string; owner: string };
}

const patch = (token: string, id: string, ops: unknown[], type = PATCH_TYPE) =>
  t.req('PATCH', `${IMAGES}/${id}`, {
    token,
    raw: JSON.stringify(ops),
    headers: { 'content-type': type },
  });

describe('create, upload, download (glance lifecycle)', () => {
  it("creates a queued record owned by the caller's project, then upload makes it saving → active", async () => {
    const img = await create(alice);
    expect(img.status).toBe('queued');
    const chengdu = t.sim.state.projects.find((p) => p.name === 'chengdu')?.id;
    expect(img.owner).toBe(chengdu);
    expect((await t.req('GET', `${IMAGES}/${img.id}/file`, { token: alice })).status).toBe(204);

    const bytes = Buffer.from('QFI\xfb fake qcow2 payload '.repeat(1000));
    const up = await t.req('PUT', `${IMAGES}/${img.id}/file`, {
      token: alice,
      raw: bytes,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(up.status).toBe(200);
    expect((await t.req('GET', `${IMAGES}/${img.id}`, { token: alice })).body.status).toBe(
      'saving',
    );
    t.settle();
    const after = (await t.req('GET', `${IMAGES}/${img.id}`, { token: alice })).body;
    expect(after.status).toBe('active');
    expect(after.size).toBe(bytes.length);
    expect(after.checksum).toBe(createHash('md5').update(bytes).digest('hex'));

    const down = await t.req('GET', `${IMAGES}/${img.id}/file`, { token: alice });
    expect(down.status).toBe(200);
    expect(down.raw.equals(bytes)).toBe(true);
    expect(down.headers['content-md5']).toBe(after.checksum);
  });

  it('refuses a second upload (409) and a non-binary upload (415)', async () => {
    const img = await create(alice);
    const put = (raw: string, type: string) =>
      t.req('PUT', `${IMAGES}/${img.id}/file`, {
        token: alice,
        raw,
        headers: { 'content-type': type },
      });
    expectVendorError(await put('{"file":"x"}', 'application/json'), 415);
    expect((await put('abc', 'application/octet-stream')).status).toBe(200);
    expectVendorError(await put('abc', 'application/octet-stream'), 409);
  });

  it('streams synthetic bytes of the recorded size for seeded images', async () => {
    const small = t.sim.state.images.find((i) => i.name === 'cirros-0.6.2');
    expect(small).toBeDefined();
    const down = await t.req('GET', `${IMAGES}/${small?.id}/file`, { token: admin });
    expect(down.status).toBe(200);
    expect(down.raw.length).toBe(small?.size);
  });
});

describe('validation of create (004:L96–L196)', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a name with Chinese characters', { ...valid, name: '镜像一' }, 'body/name'],
    ['a name with a forbidden character', { ...valid, name: 'a/b' }, 'body/name'],
    ['a name over 64 characters', { ...valid, name: 'x'.repeat(65) }, 'body/name'],
    ['an empty name', { ...valid, name: '' }, 'body/name'],
    ['an unknown disk format', { ...valid, disk_format: 'qcow3' }, 'body/disk_format'],
    ['an unknown virtualization type', { ...valid, virt_type: 'Hyper-V' }, 'body/virt_type'],
    ['min_cpu of 7 digits', { ...valid, min_cpu: '1234567' }, 'body/min_cpu'],
    ['min_ram as a string', { ...valid, min_ram: '2048' }, 'body/min_ram'],
    ['a missing min_disk', { ...valid, min_disk: undefined }, 'body/min_disk'],
    [
      'a CAS image without cas_ostype',
      { ...valid, cas_ostype: undefined, vmware_ostype: 'ubuntu64Guest' },
      'body/cas_ostype',
    ],
    [
      'a VMware image without sysdisk_type',
      { ...valid, virt_type: 'VMware', vmware_ostype: 'ubuntu64Guest' },
      'body/sysdisk_type',
    ],
    // glance's free-form properties are strings ([S2]): any other unknown field is refused.
    ['an unknown field that is not a string', { ...valid, colour: 5 }, 'body/colour'],
    ['an unknown field longer than 255', { ...valid, colour: 'x'.repeat(256) }, 'body/colour'],
  ];
  it.each(cases)('rejects %s with 400 and names the field', async (_name, body, path) => {
    const res = await t.req('POST', IMAGES, { token: alice, body });
    expectVendorError(res, 400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('accepts min_cpu as an integer and returns it as the documented string', async () => {
    const img = await create(alice, { ...valid, min_cpu: 4 });
    expect((await t.req('GET', `${IMAGES}/${img.id}`, { token: alice })).body.min_cpu).toBe('4');
  });

  it('lets only an administrator publish an image', async () => {
    expectVendorError(
      await t.req('POST', IMAGES, { token: alice, body: { ...valid, visibility: 'public' } }),
      403,
    );
    expect(
      (await t.req('POST', IMAGES, { token: admin, body: { ...valid, visibility: 'public' } }))
        .status,
    ).toBe(201);
  });
});

describe('visibility and tenant isolation', () => {
  it('shows a tenant public images and its own, an admin everything', async () => {
    const mine = await create(alice);
    const bobs = await create(bob);
    const list = async (token: string) =>
      (await t.req('GET', IMAGES, { token })).body.images as {
        id: string;
        visibility: string;
        owner: string;
      }[];
    const seen = await list(alice);
    expect(seen.some((i) => i.id === mine.id)).toBe(true);
    expect(seen.some((i) => i.id === bobs.id)).toBe(false);
    expect(seen.every((i) => i.visibility === 'public' || i.owner === mine.owner)).toBe(true);
    expect((await list(admin)).length).toBe(t.sim.state.images.length);
    expectVendorError(await t.req('GET', `${IMAGES}/${bobs.id}`, { token: alice }), 404);
    expectVendorError(await t.req('DELETE', `${IMAGES}/${bobs.id}`, { token: alice }), 404);
  });

  it('forbids changing a public image of another project', async () => {
    const pub = t.sim.state.images.find(
      (i) => i.visibility === 'public' && !i.protected && i.status === 'active',
    );
    expectVendorError(await t.req('DELETE', `${IMAGES}/${pub?.id}`, { token: alice }), 403);
    expectVendorError(
      await patch(alice, pub?.id ?? '', [{ op: 'replace', path: '/name', value: 'mine' }]),
      403,
    );
  });

  it('filters by owner, status, virt_type and name and pages with limit/marker/next', async () => {
    const mianyang = t.sim.state.projects.find((p) => p.name === 'mianyang')?.id;
    const byOwner = (await t.req('GET', `${IMAGES}?owner=${mianyang}`, { token: admin })).body
      .images;
    expect(byOwner.length).toBeGreaterThan(0);
    expect(byOwner.every((i: { owner: string }) => i.owner === mianyang)).toBe(true);
    const vmware = (
      await t.req('GET', `${IMAGES}?virt_type=VMware&status=active`, { token: admin })
    ).body.images;
    expect(
      vmware.every(
        (i: { virt_type: string; status: string }) =>
          i.virt_type === 'VMware' && i.status === 'active',
      ),
    ).toBe(true);
    expect(
      (await t.req('GET', `${IMAGES}?name=CENTOS`, { token: admin })).body.images.length,
    ).toBeGreaterThan(0);

    const seenIds: string[] = [];
    let url: string | undefined = `${IMAGES}?limit=7&sort_key=name&sort_dir=asc`;
    let pages = 0;
    while (url) {
      const res = await t.req('GET', url, { token: admin });
      expect(res.body.images.length).toBeLessThanOrEqual(7);
      seenIds.push(...res.body.images.map((i: { id: string }) => i.id));
      url = res.body.next;
      pages++;
    }
    expect(pages).toBe(Math.ceil(t.sim.state.images.length / 7));
    expect(new Set(seenIds).size).toBe(t.sim.state.images.length);
  });

  it('rejects bad query parameters with 400', async () => {
    expectVendorError(await t.req('GET', `${IMAGES}?limit=abc`, { token: admin }), 400);
    expectVendorError(await t.req('GET', `${IMAGES}?status=sleeping`, { token: admin }), 400);
    expectVendorError(await t.req('GET', `${IMAGES}?marker=nope&limit=2`, { token: admin }), 400);
  });
});

describe('PATCH (004:L892)', () => {
  it('renames and converts a snapshot into an image', async () => {
    const snap = t.sim.state.images.find(
      (i) => i.image_type === 'snapshot' && i.name.startsWith('web01'),
    );
    const res = await patch(alice, snap?.id ?? '', [
      { op: 'replace', path: '/image_type', value: 'image' },
      { op: 'replace', path: '/name', value: 'web01-golden' },
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'web01-golden', image_type: 'image' });
  });

  it("converts only one way and only an active snapshot; the snapshot leaves nova's list", async () => {
    const snap = t.sim.state.images.find(
      (i) => i.image_type === 'snapshot' && i.name.startsWith('web01'),
    );
    const id = snap?.id ?? '';
    const owner = snap?.owner ?? '';
    const snapshots = async () =>
      (
        (await t.req('GET', `/os/compute/v1/v2/${owner}/images/detail`, { token: alice })).body
          .images as { id: string }[]
      ).map((i) => i.id);
    expect(await snapshots()).toContain(id);
    // Still saving: the bytes are not an image yet.
    if (snap) snap.status = 'saving';
    const busy = await patch(alice, id, [{ op: 'replace', path: '/image_type', value: 'image' }]);
    expectVendorError(busy, 409);
    expect(busy.body.msg).toMatch(/active/);
    if (snap) snap.status = 'active';
    const ok = await patch(alice, id, [{ op: 'replace', path: '/image_type', value: 'image' }]);
    expect(ok.status).toBe(200);
    expect(await snapshots()).not.toContain(id);
    const listed = await t.req('GET', `${IMAGES}?image_type=image`, { token: alice });
    expect((listed.body.images as { id: string }[]).map((i) => i.id)).toContain(id);
    // Never back, and bob (another project) cannot touch it.
    expectVendorError(
      await patch(alice, id, [{ op: 'replace', path: '/image_type', value: 'snapshot' }]),
      400,
    );
    expectVendorError(
      await patch(bob, id, [{ op: 'replace', path: '/image_type', value: 'image' }]),
      404,
    );
  });

  it('requires the JSON-Patch media type (415) and valid values (400)', async () => {
    const img = await create(alice);
    expectVendorError(
      await patch(
        alice,
        img.id,
        [{ op: 'replace', path: '/name', value: 'x' }],
        'application/json',
      ),
      415,
    );
    expectVendorError(
      await patch(alice, img.id, [{ op: 'replace', path: '/name', value: 'a*b' }]),
      400,
    );
    expectVendorError(
      await patch(alice, img.id, [{ op: 'replace', path: '/owner', value: 'x' }]),
      400,
    );
    expectVendorError(await patch(alice, img.id, [{ op: 'remove', path: '/cas_ostype' }]), 400);
    expectVendorError(
      await patch(alice, img.id, [{ op: 'replace', path: '/visibility', value: 'public' }]),
      403,
    );
  });
});

describe('delete', () => {
  it('refuses a protected image, deletes once unprotected, then 404', async () => {
    const img = await create(alice, { ...valid, protected: true });
    const res = await t.req('DELETE', `${IMAGES}/${img.id}`, { token: alice });
    expectVendorError(res, 403);
    expect(res.body.msg).toMatch(/protected/);
    expect(
      (await patch(alice, img.id, [{ op: 'replace', path: '/protected', value: false }])).status,
    ).toBe(200);
    expect((await t.req('DELETE', `${IMAGES}/${img.id}`, { token: alice })).status).toBe(204);
    expectVendorError(await t.req('GET', `${IMAGES}/${img.id}`, { token: alice }), 404);
  });
});

describe('FTP import (004:L1142)', () => {
  const ftp = {
    name: 'ubuntu-ftp',
    visibility: 'private',
    localIp: '10.125.30.150',
    sftp: '1',
    cas_ostype: 'linux|Ubuntu Linux(64-bit)',
    disk_format: 'iso',
    virt_type: 'CAS',
    min_cpu: '1',
    min_ram: 1,
    min_disk: 1,
    md5_hash: 'e770edb9087058ee54ec56c189a2f7e5',
    file_name: 'ubtu-cas',
    os_username: 'admin',
    os_password: 'secret',
  };

  it('echoes the request with passwords masked and the new id, then runs queued → saving → active', async () => {
    const res = await t.req('POST', '/os/image/v1/cloudos/images/ftp', {
      token: alice,
      body: { glance: ftp },
    });
    expect(res.status).toBe(200);
    expect(res.body.glance).toMatchObject({
      name: 'ubuntu-ftp',
      os_password: '******',
      file_name: 'ubtu-cas',
    });
    const id = res.body.glance.id;
    expect((await t.req('GET', `${IMAGES}/${id}`, { token: alice })).body.status).toBe('queued');
    t.settle();
    const img = (await t.req('GET', `${IMAGES}/${id}`, { token: alice })).body;
    expect(img.status).toBe('active');
    expect(img.checksum).toBe(ftp.md5_hash);
  });

  it('ends in killed when the file is not on the FTP server', async () => {
    const res = await t.req('POST', '/os/image/v1/cloudos/images/ftp', {
      token: alice,
      body: { glance: { ...ftp, file_name: 'missing.iso' } },
    });
    t.settle();
    expect(
      (await t.req('GET', `${IMAGES}/${res.body.glance.id}`, { token: alice })).body.status,
    ).toBe('killed');
  });

  it('validates the wrapper, the IP and the md5', async () => {
    expectVendorError(
      await t.req('POST', '/os/image/v1/cloudos/images/ftp', { token: alice, body: ftp }),
      400,
    );
    expectVendorError(
      await t.req('POST', '/os/image/v1/cloudos/images/ftp', {
        token: alice,
        body: { glance: { ...ftp, localIp: 'ftp.example' } },
      }),
      400,
    );
    expectVendorError(
      await t.req('POST', '/os/image/v1/cloudos/images/ftp', {
        token: alice,
        body: { glance: { ...ftp, md5_hash: 'abc' } },
      }),
      400,
    );
  });
});
