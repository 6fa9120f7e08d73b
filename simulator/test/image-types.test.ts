import { describe, expect, it } from 'vitest';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

const BASE = '/os/kinton/v1/cloudos/imagetype';
let t: TestSim;
let admin: string;
let alice: string;
eachTestSim(async (sim) => {
  t = sim;
  [admin, alice] = await sim.logins('admin', 'alice');
});

const uos = {
  imageTypeName: 'Anolis OS 8 (64 bit)',
  description: 'OpenAnolis',
  virtType: 'CAS',
  osType: 'Linux',
  operatingSystem: 'linux|Anolis OS 8(64-bit)',
  addType: 1,
};
const byOs = async (os: string) =>
  (
    (await t.req('GET', BASE, { token: admin })).body as {
      uuid: string;
      operatingSystem: string;
      addType: number;
    }[]
  ).find((x) => x.operatingSystem === os);

describe('image types (004 §1.5)', () => {
  it('creates (200, no body), reads, updates and deletes a user type', async () => {
    const created = await t.req('POST', BASE, {
      token: admin,
      body: { ...uos, description: 1111, addType: '1' },
    });
    expect(created.status).toBe(200);
    expect(created.body).toBeUndefined();
    const mine = await byOs(uos.operatingSystem);
    expect(mine).toMatchObject({ addType: 1 });
    const shown = await t.req('GET', `${BASE}/uuid/${mine?.uuid}`, { token: alice });
    expect(shown.body).toMatchObject({ imageTypeName: uos.imageTypeName, description: '1111' });

    const put = await t.req('PUT', BASE, {
      token: admin,
      body: { ...uos, uuid: mine?.uuid, imageTypeName: 'Anolis 8.8' },
    });
    expect(put.status).toBe(200);
    expect(
      (await t.req('GET', `${BASE}/uuid/${mine?.uuid}`, { token: admin })).body.imageTypeName,
    ).toBe('Anolis 8.8');

    expect((await t.req('DELETE', `${BASE}/uuid/${mine?.uuid}`, { token: admin })).status).toBe(
      200,
    );
    expectVendorError(await t.req('GET', `${BASE}/uuid/${mine?.uuid}`, { token: admin }), 404);
  });

  it('lets every user read but only an administrator write', async () => {
    expect((await t.req('GET', BASE, { token: alice })).body.length).toBeGreaterThan(20);
    expectVendorError(await t.req('POST', BASE, { token: alice, body: uos }), 403);
  });

  it('keeps system types read-only and refuses deleting a type images still use', async () => {
    const system = await byOs('linux|Asianux 4(32-bit)');
    expect(system?.addType).toBe(0);
    expectVendorError(await t.req('DELETE', `${BASE}/uuid/${system?.uuid}`, { token: admin }), 403);
    expectVendorError(
      await t.req('PUT', BASE, { token: admin, body: { ...uos, uuid: system?.uuid } }),
      403,
    );

    await t.req('POST', BASE, { token: admin, body: uos });
    const mine = await byOs(uos.operatingSystem);
    await t.req('POST', '/os/image/v1/v2/images', {
      token: alice,
      body: {
        name: 'anolis',
        visibility: 'private',
        cas_ostype: uos.operatingSystem,
        disk_format: 'qcow2',
        virt_type: 'CAS',
        min_cpu: '1',
        min_ram: 512,
        min_disk: 10,
      },
    });
    const res = await t.req('DELETE', `${BASE}/uuid/${mine?.uuid}`, { token: admin });
    expectVendorError(res, 409);
    expect(res.body.msg).toMatch(/anolis/);
  });

  it('validates names, the hypervisor format, duplicates and unknown ids', async () => {
    const bad: [Record<string, unknown>, number][] = [
      [{ ...uos, imageTypeName: '.hidden' }, 400],
      [{ ...uos, imageTypeName: 'a:b' }, 400],
      [{ ...uos, imageTypeName: '中文名' }, 400],
      [{ ...uos, description: 'x'.repeat(86) }, 400],
      [{ ...uos, operatingSystem: 'Anolis 8' }, 400],
      [{ ...uos, virtType: 'VMware', operatingSystem: 'anolis 8 guest' }, 400],
      [{ ...uos, virtType: 'Hyper-V' }, 400],
      [{ ...uos, addType: 2 }, 400],
      [{ ...uos, extra: true }, 400],
      [{ ...uos, operatingSystem: 'linux|CentOS 7(64-bit)' }, 409],
    ];
    for (const [body, status] of bad)
      expectVendorError(await t.req('POST', BASE, { token: admin, body }), status);
    expectVendorError(
      await t.req('PUT', BASE, { token: admin, body: { ...uos, uuid: 'nope' } }),
      404,
    );
    expectVendorError(await t.req('PUT', BASE, { token: admin, body: uos }), 400);
  });

  it('filters by virtualization type and OS type and lists the distinct values', async () => {
    const vmware = (await t.req('GET', `${BASE}/virt/vmware`, { token: alice })).body;
    expect(vmware.length).toBeGreaterThan(5);
    expect(vmware.every((x: { virtType: string }) => x.virtType === 'VMware')).toBe(true);
    const linux = (await t.req('GET', `${BASE}/opsys/linux`, { token: alice })).body;
    expect(linux.every((x: { osType: string }) => x.osType === 'Linux')).toBe(true);
    const guest = (await t.req('GET', `${BASE}/opsys/ubuntu64Guest`, { token: alice })).body;
    expect(guest.map((x: { operatingSystem: string }) => x.operatingSystem)).toEqual([
      'ubuntu64Guest',
    ]);
    expect((await t.req('GET', `${BASE}/virtType`, { token: alice })).body).toEqual([
      'BareMetal',
      'CAS',
      'KVM',
      'PowerVM',
      'VMware',
      'Xen',
    ]);
    expect((await t.req('GET', `${BASE}/osType`, { token: alice })).body).toEqual([
      'AIX',
      'Linux',
      'Windows',
    ]);
  });

  it('makes image create refuse an OS type that no image type defines', async () => {
    const res = await t.req('POST', '/os/image/v1/v2/images', {
      token: alice,
      body: {
        name: 'x',
        visibility: 'private',
        cas_ostype: 'linux|NoSuchOS',
        disk_format: 'qcow2',
        virt_type: 'CAS',
        min_cpu: '1',
        min_ram: 512,
        min_disk: 10,
      },
    });
    expectVendorError(res, 400);
    expect(res.body.details[0].path).toBe('body/cas_ostype');
  });
});
