import { describe, expect, it } from 'vitest';
import { ADMIN_PROJECT } from '../src/constants.ts';
import { expectVendorError, eachTestSim, type Reply, type TestSim } from './helpers.ts';

const AZ = '/os/compute/v1/cloudos/azones';
const CAS = '7ec57105-33bc-43df-b750-dbc2438a5339';
const CHENGDU_ID = '66b6b770-d079-44a8-8cd9-3348bb185f60';
let t: TestSim;
let admin: string;
let alice: string;

type Zone = { id: string; zone: string; labelName: string; resourceType: string };
const zoneId = (name: string) => {
  const a = t.sim.state.azones.find((x) => x.zone === name);
  if (!a) throw new Error(`no zone ${name}`);
  return a.id;
};
const create = (body: Record<string, unknown>, token = admin) =>
  t.req('POST', AZ, {
    token,
    body: {
      labelName: '测试可用域',
      zone: 'az_new1',
      virtType: 'KVM',
      resourceType: 'nova',
      ...body,
    },
  });
const hypervisors = async () =>
  (await t.req('GET', `/os/compute/v1/v2/${ADMIN_PROJECT}/os-hypervisors/detail`, { token: admin }))
    .body.hypervisors as {
    hypervisor_hostname: string;
    service: { host: string };
    local_gb: number;
    local_gb_used: number;
  }[];

function expectField(res: Reply, path: string) {
  expectVendorError(res, 400);
  expect(
    res.body.details.map((d: { path: string }) => d.path),
    JSON.stringify(res.body),
  ).toContain(path);
}

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice] = await sim.logins('admin', 'alice');
});

describe('availability zones: list and show (004:L4476, L4839)', () => {
  it('lists every kind of zone as a bare array, to any authenticated user', async () => {
    const res = await t.req('GET', AZ, { token: alice });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body.map((a: Zone) => a.zone)).toEqual([
      'cas191p1c1',
      'cinder191',
      'caz19',
      'vmw_dc01',
      'kvm_pool2',
      'iron1',
    ]);
    expect(new Set(res.body.map((a: Zone) => a.resourceType))).toEqual(
      new Set(['nova', 'cinder', 'ironic']),
    );
    expect(res.body[0]).toEqual({
      id: CAS,
      labelName: 'cas191p1c1',
      description: '',
      zone: 'cas191p1c1',
      virtType: 'CAS',
      resourceType: 'nova',
      deleted: 0,
    });
    expectVendorError(await t.req('GET', AZ), 401);
  });

  it('shows one zone, 404 for an unknown id', async () => {
    const res = await t.req('GET', `${AZ}/${CAS}`, { token: alice });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: CAS, zone: 'cas191p1c1' });
    const missing = await t.req('GET', `${AZ}/00000000-0000-4000-8000-000000000000`, {
      token: alice,
    });
    expectVendorError(missing, 404);
    expectVendorError(await t.req('GET', `${AZ}/${'x'.repeat(37)}`, { token: alice }), 400);
  });
});

describe('availability zones: create (004:L4569)', () => {
  it('creates a zone, assigns it to the administrators and gives a nova zone a compute host', async () => {
    const res = await create({ description: '新机房' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      labelName: '测试可用域',
      zone: 'az_new1',
      virtType: 'KVM',
      resourceType: 'nova',
      description: '新机房',
      deleted: 0,
    });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const list = (await t.req('GET', AZ, { token: alice })).body;
    expect(list.at(-1).id).toBe(res.body.id);

    const assigned = await t.req(
      'GET',
      `/os/kinton/v1/keystone/types/AzoneProject/assigments?targets=${ADMIN_PROJECT}`,
      { token: admin },
    );
    expect(assigned.body.assigments.map((a: { actorId: string }) => a.actorId)).toContain(
      res.body.id,
    );
    expect(await hypervisors()).toContainEqual(
      expect.objectContaining({
        hypervisor_hostname: 'az_new1',
        service: expect.objectContaining({ host: 'comp-az_new1' }),
      }),
    );

    // A cinder zone has no compute host; the description defaults to "".
    const cinder = await create({ zone: 'cinder2', resourceType: 'cinder', virtType: 'CAS' });
    expect(cinder.body.description).toBe('');
    expect((await hypervisors()).some((h) => h.hypervisor_hostname === 'cinder2')).toBe(false);
  });

  it('is for cloud administrators only (403)', async () => {
    expectVendorError(await create({}, alice), 403);
    expect(t.sim.state.azones.some((a) => a.zone === 'az_new1')).toBe(false);
  });

  it('validates labelName as documented (400 naming the field)', async () => {
    for (const labelName of [
      '',
      'x'.repeat(33),
      'a/b',
      'a:b',
      'a：b',
      'a*b',
      'a?b',
      'a"b',
      'a<b',
      'a|b',
      '.lead',
      'trail.',
      'ＡＢＣ',
    ]) {
      expectField(await create({ labelName }), 'body/labelName');
    }
    for (const labelName of ['a.b', 'x'.repeat(32), '成都-可用域 1'])
      expect((await create({ labelName, zone: `z${labelName.length}` })).status).toBe(200);
  });

  it('validates zone as documented: 1–16 of [A-Za-z0-9_], not nova', async () => {
    for (const zone of ['', 'x'.repeat(17), 'a-b', 'a b', '可用域', 'nova', 'NOVA', 'Nova'])
      expectField(await create({ zone }), 'body/zone');
    expect((await create({ zone: 'nova_2' })).status).toBe(200);
    expect((await create({ zone: 'X'.repeat(16) })).status).toBe(200);
  });

  it('requires virtType and resourceType from the known lists, and no unknown fields', async () => {
    expectField(await create({ virtType: undefined }), 'body/virtType');
    expectField(await create({ virtType: 'Hyper-V' }), 'body/virtType');
    expectField(await create({ resourceType: 'swift' }), 'body/resourceType');
    expectField(await create({ description: 'x'.repeat(129) }), 'body/description');
    expectField(await create({ id: 'mine' }), 'body/id');
  });

  it('refuses a zone name already used, whatever its letter case (409)', async () => {
    const res = await create({ zone: 'CAZ19' });
    expectVendorError(res, 409);
    expect(res.body.msg).toMatch(/CAZ19 is already used/);
    expectVendorError(await create({ zone: 'cinder191', resourceType: 'cinder' }), 409);
  });
});

describe('availability zones: update (004:L4701)', () => {
  const update = (body: Record<string, unknown>, token = admin) =>
    t.req('PUT', AZ, { token, body });

  it('updates the alias, description and virtualization type of a zone in use', async () => {
    const id = zoneId('caz19');
    const res = await update({
      id,
      labelName: '成都二区',
      zone: 'caz19',
      virtType: 'CAS',
      resourceType: 'nova',
      description: 'second site',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, labelName: '成都二区', description: 'second site' });
    expect((await t.req('GET', `${AZ}/${id}`, { token: alice })).body.labelName).toBe('成都二区');
    // Without a description the stored one stays.
    const again = await update({
      id,
      labelName: 'caz19',
      zone: 'caz19',
      virtType: 'CAS',
      resourceType: 'nova',
    });
    expect(again.body.description).toBe('second site');
  });

  it('keeps the name and kind of a zone that has servers (409)', async () => {
    const id = zoneId('caz19');
    const base = { id, labelName: 'caz19', virtType: 'CAS' };
    const renamed = await update({ ...base, zone: 'caz20', resourceType: 'nova' });
    expectVendorError(renamed, 409);
    expect(renamed.body.msg).toMatch(/caz19 has \d+ server\(s\)/);
    expectVendorError(await update({ ...base, zone: 'caz19', resourceType: 'cinder' }), 409);
  });

  it('renames an empty zone; its compute host follows', async () => {
    const { deleted: _deleted, ...created } = (await create({})).body;
    const res = await update({ ...created, zone: 'az_renamed' });
    expect(res.status).toBe(200);
    expect(res.body.zone).toBe('az_renamed');
    const names = (await hypervisors()).map((h) => h.hypervisor_hostname);
    expect(names).toContain('az_renamed');
    expect(names).not.toContain('az_new1');
    // Back to cinder: the compute host goes.
    await update({ ...created, zone: 'az_renamed', resourceType: 'cinder' });
    expect((await hypervisors()).map((h) => h.hypervisor_hostname)).not.toContain('az_renamed');
  });

  it('answers 404 for an unknown id, 409 for a used name, 400 without id, 403 for members', async () => {
    const body = { labelName: 'x', zone: 'zz', virtType: 'CAS', resourceType: 'nova' };
    expectVendorError(await update({ ...body, id: '00000000-0000-4000-8000-000000000000' }), 404);
    expectVendorError(await update({ ...body, id: CAS, zone: 'kvm_pool2' }), 409);
    expectField(await update(body), 'body/id');
    expectField(await update({ ...body, id: CAS, zone: 'nova' }), 'body/zone');
    expectVendorError(await update({ ...body, id: CAS }, alice), 403);
  });
});

describe('availability zones: delete (004:L4935)', () => {
  const del = (id: string, token = admin) => t.req('DELETE', `${AZ}/${id}`, { token });

  it('deletes an unused zone with its administrators assignment and compute host', async () => {
    const id = (await create({})).body.id;
    const res = await del(id);
    expect(res.status).toBe(200);
    expect(res.body).toBeUndefined();
    expectVendorError(await t.req('GET', `${AZ}/${id}`, { token: admin }), 404);
    expect(t.sim.state.azoneProjects.some((ap) => ap.azoneId === id)).toBe(false);
    expect((await hypervisors()).map((h) => h.hypervisor_hostname)).not.toContain('az_new1');
    // The seeded bare-metal zone holds the seeded bare-metal servers (004 §1.12): it cannot go.
    expect((await del(zoneId('iron1'))).status).toBe(409);
  });

  it('refuses a zone with servers or volumes, or assigned to other organisations (409)', async () => {
    const busy = await del(zoneId('caz19'));
    expectVendorError(busy, 409);
    expect(busy.body.msg).toMatch(/still has \d+ server\(s\)/);
    const volumes = await del(zoneId('cinder191'));
    expectVendorError(volumes, 409);
    expect(volumes.body.msg).toMatch(/still has \d+ volume\(s\)/);
    // An empty zone that an organisation holds (assigned outside this API).
    const id = (await create({ zone: 'held', resourceType: 'cinder' })).body.id;
    t.sim.state.azoneProjects.push({ azoneId: id, projectId: CHENGDU_ID });
    const assigned = await del(id);
    expectVendorError(assigned, 409);
    expect(assigned.body.msg).toMatch(/assigned to organisation\(s\) chengdu/);
    expect(t.sim.state.azones).toHaveLength(7);
  });

  it('answers 404 for an unknown id and 403 for members', async () => {
    expectVendorError(await del('00000000-0000-4000-8000-000000000000'), 404);
    expectVendorError(await del(zoneId('iron1'), alice), 403);
  });
});

describe("availability zones: the organisation's services, hosts and storage pools (004:L4992, L5103, L5196)", () => {
  const get = (path: string, target: string | null, token = alice, project = CHENGDU_ID) =>
    t.req('GET', `/os/compute/v1/v2/${project}/${path}`, {
      token,
      headers: target === null ? {} : { 'H3CloudOS-Core-Target': target },
    });
  type Service = { binary: string; zone: string; host: string; status: string; state: string };

  it("lists the nova services of the organisation's compute zones and the control services", async () => {
    const res = await get('os-services', 'compute');
    expect(res.status).toBe(200);
    const services: Service[] = res.body.services;
    expect(services.filter((s) => s.zone === 'internal').map((s) => s.binary)).toEqual([
      'nova-conductor',
      'nova-scheduler',
      'nova-consoleauth',
    ]);
    expect(
      services.filter((s) => s.binary === 'nova-compute').map((s) => [s.zone, s.host]),
    ).toEqual([
      ['cas191p1c1', 'compcas5mbw87y2rc'],
      ['cas191p1c1', 'compcas31qzy7d3rc'],
    ]);
    expect(res.body.services[0].updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    // The administrators' organisation holds every zone: the host in maintenance and the one
    // whose service is down show as such.
    const all: Service[] = (await get('os-services', 'compute', admin, ADMIN_PROJECT)).body
      .services;
    expect(all.find((s) => s.host === 'cpn-host13rc')).toMatchObject({
      status: 'disabled',
      state: 'up',
      disabled_reason: expect.stringMatching(/maintenance/),
    });
    expect(all.find((s) => s.host === 'compkvm2a03')).toMatchObject({ state: 'down' });
  });

  it('lists the cinder services with block_storage', async () => {
    const res = await get('os-services', 'block_storage');
    expect(res.body.services.map((s: Service) => [s.binary, s.zone, s.host])).toEqual([
      ['cinder-scheduler', 'internal', 'cinder-service'],
      ['cinder-volume', 'cinder191', 'cinder-cinder191@cas_volume'],
    ]);
  });

  it('lists the hosts of the same services under the documented "services" key', async () => {
    const res = await get('os-hosts', 'compute');
    expect(res.status).toBe(200);
    expect(res.body.services).toContainEqual({
      zone: 'internal',
      host_name: 'nova-service',
      service: 'conductor',
    });
    expect(res.body.services).toContainEqual({
      zone: 'cas191p1c1',
      host_name: 'compcas31qzy7d3rc',
      service: 'compute',
    });
    const storage = await get('os-hosts', 'block_storage');
    expect(storage.body.services.at(-1)).toEqual({
      zone: 'cinder191',
      host_name: 'cinder-cinder191@cas_volume',
      service: 'volume',
    });
  });

  it('requires the H3CloudOS-Core-Target header (400) and the path organisation (403)', async () => {
    for (const path of ['os-services', 'os-hosts']) {
      const missing = await get(path, null);
      expectField(missing, 'header/h3cloudos-core-target');
      expectField(await get(path, 'network'), 'header/h3cloudos-core-target');
      const mianyang = t.sim.state.projects.find((p) => p.name === 'mianyang')?.id ?? '';
      expectVendorError(await get(path, 'compute', alice, mianyang), 403);
    }
  });

  it("lists a compute node's storage pools; all=yes adds the node's local pools", async () => {
    const res = await get('hostpool/compcas5mbw87y2rc', null);
    expect(res.status).toBe(200);
    expect(res.body.hostpool).toHaveLength(1);
    const [pool] = res.body.hostpool;
    expect(pool).toMatchObject({
      clusterName: 'cluster1-R4900G3',
      hpName: 'hostpool01',
      nodename: 'cvknode191(CVM10.125.26.11)',
    });
    const hv = (await hypervisors()).find(
      (h) => h.hypervisor_hostname === 'cvknode191(CVM10.125.26.11)',
    );
    expect(pool.storagePools).toEqual([
      expect.objectContaining({
        name: 'iscsishared',
        type: 'fs',
        status: 1,
        totalSize: (hv?.local_gb ?? 0) * 1024,
        preAllocation: (hv?.local_gb_used ?? 0) * 1024,
      }),
    ]);
    const all = await get('hostpool/compcas5mbw87y2rc?all=yes', null);
    expect(all.body.hostpool[0].storagePools.map((p: { name: string }) => p.name)).toEqual([
      'iscsishared',
      'defaultpool',
      'isopool',
    ]);
  });

  it("answers 404 for a compute node outside the organisation's zones and 400 for a bad all", async () => {
    expectVendorError(await get('hostpool/cpn-host11rc', null), 404);
    expectVendorError(await get('hostpool/no-such-node', null), 404);
    expect((await get('hostpool/cpn-host11rc', null, admin, ADMIN_PROJECT)).status).toBe(200);
    expectField(await get('hostpool/compcas5mbw87y2rc?all=no', null), 'query/all');
  });
});
