import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedState } from '../src/seed.ts';
import { expectVendorError, type Reply } from './helpers.ts';
import { world, type World } from './server-fixtures.ts';

let w: World;
beforeEach(async () => {
  // Every create body carries a key pair and the H3C extension flag (world() leaves both out).
  w = await world({
    server: {
      key_name: 'alice-mbp',
      metadata: { alias: '网站01', enableAdminPass: '1', h3c_extend_api: true },
    },
  });
});
afterEach(async () => {
  await w.t.close();
});

/** Runs the tasks that are scheduled now, once (one step of a multi-step transition). */
const step = () => {
  for (const task of w.t.sim.state.tasks) task.at = 0;
  w.t.sim.runDueTasks();
};
const show = (id: string, token = w.alice) => w.show(id, token);
const act = (id: string, action: unknown, token = w.alice) =>
  w.t.req('POST', `${w.base(token)}/${id}/action`, { token, body: action });

async function activeServer(overrides: Record<string, unknown> = {}) {
  const id = await w.create(w.alice, overrides);
  w.t.settle();
  return id;
}

function expectState(s: Record<string, unknown>, status: string, vm: string, power: number) {
  expect(s.status).toBe(status);
  expect(s['OS-EXT-STS:vm_state']).toBe(vm);
  expect(s['OS-EXT-STS:power_state']).toBe(power);
}

function expect409(res: Reply, action: string, id: string, state: string) {
  expectVendorError(res, 409);
  expect(res.body.msg).toBe(`Cannot '${action}' instance ${id} while it is in ${state}`);
}

describe('servers: create and build (004:L6011)', () => {
  it('creates a server that is BUILD/building/spawning, then ACTIVE/active/1', async () => {
    const res = await w.t.req('POST', w.base(w.alice), { token: w.alice, body: w.body() });
    expect(res.status).toBe(202);
    expect(res.body.server.adminPass).toMatch(/^\S{8,}$/);
    expect(res.body.server.security_groups).toEqual([{ name: 'default' }]);
    expect(res.body.server.links[0].rel).toBe('self');
    const id = res.body.server.id;

    const building = await show(id);
    expectState(building, 'BUILD', 'building', 0);
    expect(building['OS-EXT-STS:task_state']).toBe('spawning');
    expect(building['OS-SRV-USG:launched_at']).toBeNull();
    expect(building['OS-EXT-AZ:availability_zone']).toBe('cas191p1c1');
    expect(building.metadata).toMatchObject({
      alias: '网站01',
      h3c_extend_api: 'true',
      user_name: 'alice',
      zone_uuid: '7ec57105-33bc-43df-b750-dbc2438a5339',
    });
    expect(building.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(building.key_name).toBe('alice-mbp');
    const [ip] = building.addresses['chengdu-biz'];
    expect(ip.addr).toMatch(/^10\.11\./);
    expect(ip['OS-EXT-IPS-MAC:mac_addr']).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);

    w.t.settle();
    const active = await show(id);
    expectState(active, 'ACTIVE', 'active', 1);
    expect(active['OS-EXT-STS:task_state']).toBeNull();
    expect(active['OS-SRV-USG:launched_at']).toMatch(/Z$/);
    expect(active['OS-EXT-SRV-ATTR:host']).toMatch(/^compcas/);
  });

  it('honours a compute node and a fixed IP, and refuses a used fixed IP (409)', async () => {
    const id = await w.create(w.alice, {
      availability_zone: 'cas191p1c1:compcas31qzy7d3rc',
      networks: [{ uuid: w.networkId('chengdu-biz'), fixed_ip: '10.11.200.7' }],
    });
    const s = await show(id);
    expect(s['OS-EXT-SRV-ATTR:host']).toBe('compcas31qzy7d3rc');
    expect(s.addresses['chengdu-biz'][0].addr).toBe('10.11.200.7');
    const again = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: w.body({ networks: [{ uuid: w.networkId('chengdu-biz'), fixed_ip: '10.11.200.7' }] }),
    });
    expectVendorError(again, 409);
  });

  it('ends in ERROR when the name starts with "error" (simulated scheduling failure)', async () => {
    const id = await w.create(w.alice, { name: 'error-vm' });
    w.t.settle();
    expectState(await show(id), 'ERROR', 'error', 0);
  });

  it('answers 400 naming the field for bad input', async () => {
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ flavorRef: undefined }, 'body/server/flavorRef'],
      [{ name: '1bad-name-' }, 'body/server/name'],
      [{ networks: [] }, 'body/server/networks'],
      [{ flavorRef: 'no-such-flavor' }, 'body/server/flavorRef'],
      [{ imageRef: 'no-such-image' }, 'body/server/imageRef'],
      [{ key_name: 'bob-workstation' }, 'body/server/key_name'],
      [{ networks: [{ uuid: 'nope' }] }, 'body/server/networks/0/uuid'],
      [{ availability_zone: 'caz19' }, 'body/server/availability_zone'],
      [{ availability_zone: 'cas191p1c1:cpn-host11rc' }, 'body/server/availability_zone'],
      [
        { networks: [{ uuid: w.networkId('chengdu-biz'), fixed_ip: '10.99.0.5' }] },
        'body/server/networks/0/fixed_ip',
      ],
      [{ metadata: { zone_uuid: 'another-zone' } }, 'body/server/metadata/zone_uuid'],
      [{ unknown_field: 1 }, 'body/server/unknown_field'],
    ];
    for (const [overrides, path] of cases) {
      const b = w.body(overrides);
      const res = await w.t.req('POST', w.base(w.alice), {
        token: w.alice,
        body: JSON.parse(JSON.stringify(b)),
      });
      expectVendorError(res, 400);
      expect(
        res.body.details?.map((d: { path: string }) => d.path),
        `${JSON.stringify(overrides)} → ${res.body.msg}`,
      ).toContain(path);
    }
    // A network of another project is not visible.
    const other = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: w.body({ networks: [{ uuid: w.networkId('mianyang-net') }] }),
    });
    expectVendorError(other, 400);
  });

  it('refuses a flavor too small for the image (min_ram/min_disk, 400)', async () => {
    const big = w.t.sim.state.images.find(
      (i) => i.visibility === 'public' && i.status === 'active' && i.min_ram > 512,
    );
    expect(big).toBeDefined();
    const res = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: w.body({ imageRef: big?.id, flavorRef: w.flavorId('m1.tiny') }),
    });
    expectVendorError(res, 400);
    expect(res.body.details[0].path).toBe('body/server/flavorRef');
  });
});

describe('servers: quota (api-notes 4.8)', () => {
  it('consumes instances, cores and RAM on create, 403 when exceeded, releases on delete', async () => {
    const fin = (overrides: Record<string, unknown> = {}, flavor = 'm1.small') =>
      w.t.req('POST', w.base(w.dave), {
        token: w.dave,
        body: w.body(
          {
            networks: [{ uuid: w.networkId('finance-net') }],
            availability_zone: 'caz19',
            key_name: undefined,
            ...overrides,
          },
          flavor,
        ),
      });
    const cores = await fin({}, 'HP_16*64*200');
    expectVendorError(cores, 403);
    expect(cores.body.msg).toMatch(
      /^Quota exceeded for cores: Requested 16, but already used \d+ of \d+ cores/,
    );

    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const ok = await fin({ name: `fin-${i}` });
      expect(ok.status, JSON.stringify(ok.body)).toBe(202);
      ids.push(ok.body.server.id);
    }
    const instances = await fin({ name: 'fin-4' });
    expectVendorError(instances, 403);
    expect(instances.body.msg).toMatch(/^Quota exceeded for instances/);

    expect((await w.t.req('DELETE', `${w.base(w.dave)}/${ids[0]}`, { token: w.dave })).status).toBe(
      204,
    );
    w.t.settle();
    expect((await fin({ name: 'fin-5' })).status).toBe(202);
  });

  it('checks the quota delta of a resize', async () => {
    const fin = await w.t.req('POST', w.base(w.dave), {
      token: w.dave,
      body: w.body(
        {
          networks: [{ uuid: w.networkId('finance-net') }],
          availability_zone: 'caz19',
          key_name: undefined,
        },
        'm1.small',
      ),
    });
    const id = fin.body.server.id;
    w.t.settle();
    const res = await act(id, { resize: { flavorRef: w.flavorId('HP_16*64*200') } }, w.dave);
    expectVendorError(res, 403);
    expect(res.body.msg).toMatch(/^Quota exceeded for cores/);
  });
});

describe('servers: actions and the state machine (api-notes 4.1)', () => {
  it('stops and starts, with task_state while transitioning and 409 on invalid states', async () => {
    const id = await activeServer();
    expect409(await act(id, { 'os-start': null }), 'os-start', id, 'vm_state active');

    expect((await act(id, { 'os-stop': null })).status).toBe(202);
    const stopping = await show(id);
    expect(stopping['OS-EXT-STS:task_state']).toBe('powering-off');
    expect409(await act(id, { suspend: null }), 'suspend', id, 'task_state powering-off');
    w.t.settle();
    expectState(await show(id), 'SHUTOFF', 'stopped', 4);

    expect409(await act(id, { suspend: null }), 'suspend', id, 'vm_state stopped');
    expect409(
      await act(id, { 'os-getVNCConsole': { type: 'novnc' } }),
      'os-getVNCConsole',
      id,
      'vm_state stopped',
    );
    expect409(await act(id, { reboot: { type: 'SOFT' } }), 'reboot', id, 'vm_state stopped');
    expect409(
      await act(id, { liveresize: { flavorRef: w.flavorId('m1.large') } }),
      'liveresize',
      id,
      'vm_state stopped',
    );

    expect((await act(id, { 'os-start': '' })).status).toBe(202);
    expect((await show(id))['OS-EXT-STS:task_state']).toBe('powering-on');
    w.t.settle();
    expectState(await show(id), 'ACTIVE', 'active', 1);
  });

  it('suspends and resumes', async () => {
    const id = await activeServer();
    expect409(await act(id, { resume: null }), 'resume', id, 'vm_state active');
    expect((await act(id, { suspend: null })).status).toBe(202);
    expect((await show(id))['OS-EXT-STS:task_state']).toBe('suspending');
    w.t.settle();
    expectState(await show(id), 'SUSPENDED', 'suspended', 7);
    expect409(await act(id, { 'os-stop': null }), 'os-stop', id, 'vm_state suspended');
    expect((await act(id, { resume: null })).status).toBe(202);
    w.t.settle();
    expectState(await show(id), 'ACTIVE', 'active', 1);
  });

  it('reboots soft (REBOOT) and hard (HARD_REBOOT, also from SHUTOFF)', async () => {
    const id = await activeServer();
    expect((await act(id, { reboot: {} })).status).toBe(202);
    const soft = await show(id);
    expect(soft.status).toBe('REBOOT');
    expect(soft['OS-EXT-STS:task_state']).toBe('rebooting');
    w.t.settle();
    expectState(await show(id), 'ACTIVE', 'active', 1);

    await act(id, { 'os-stop': null });
    w.t.settle();
    expect((await act(id, { reboot: { type: 'HARD' } })).status).toBe(202);
    const hard = await show(id);
    expect(hard.status).toBe('HARD_REBOOT');
    expect(hard['OS-EXT-STS:task_state']).toBe('rebooting_hard');
    w.t.settle();
    expectState(await show(id), 'ACTIVE', 'active', 1);
  });

  it('resizes (auto-confirmed, also from SHUTOFF) and live-resizes upwards only', async () => {
    const id = await activeServer();
    const same = await act(id, { resize: { flavorRef: w.flavorId('m1.medium') } });
    expectVendorError(same, 400);
    expect(same.body.details[0].path).toBe('body/resize/flavorRef');
    expectVendorError(await act(id, { resize: { flavorRef: w.flavorId('m1.small') } }), 400); // smaller disk
    expectVendorError(await act(id, { resize: { flavorRef: 'no-such' } }), 400);

    expect((await act(id, { resize: { flavorRef: w.flavorId('m1.large') } })).status).toBe(202);
    const resizing = await show(id);
    expect(resizing.status).toBe('RESIZE');
    expect(resizing['OS-EXT-STS:task_state']).toBe('resize_prep');
    w.t.settle();
    const resized = await show(id);
    expectState(resized, 'ACTIVE', 'active', 1);
    expect(resized.flavor.id).toBe(w.flavorId('m1.large'));

    const down = await act(id, { liveresize: { flavorRef: w.flavorId('HP_2*4*40') } });
    expectVendorError(down, 400);
    expect((await act(id, { liveresize: { flavorRef: w.flavorId('HP_8*32*100') } })).status).toBe(
      202,
    );
    w.t.settle();
    expect((await show(id)).flavor.id).toBe(w.flavorId('HP_8*32*100'));

    await act(id, { 'os-stop': null });
    w.t.settle();
    expect((await act(id, { resize: { flavorRef: w.flavorId('HP_16*64*200') } })).status).toBe(202);
    w.t.settle();
    const off = await show(id);
    expectState(off, 'SHUTOFF', 'stopped', 4);
    expect(off.flavor.id).toBe(w.flavorId('HP_16*64*200'));
  });

  it('opens a VNC console (200) on an active server only', async () => {
    const id = await w.create(w.alice);
    expect409(
      await act(id, { 'os-getVNCConsole': { type: 'novnc' } }),
      'os-getVNCConsole',
      id,
      'task_state spawning',
    );
    w.t.settle();
    const res = await act(id, { 'os-getVNCConsole': { type: 'novnc' } });
    expect(res.status).toBe(200);
    expect(res.body.console.type).toBe('novnc');
    // The URL points at the simulator's stand-in noVNC page, which shows the server's console
    // for a valid token and a noVNC-style failure for an unknown one.
    const url = new URL(res.body.console.url);
    expect(url.pathname).toBe('/__sim/vnc/vnc_auto.html');
    expect(url.searchParams.get('token')).toMatch(/^[0-9a-f-]{36}$/);
    const page = await w.t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('login:');
    const bogus = await w.t.app.inject({ method: 'GET', url: `${url.pathname}?token=nope` });
    expect(bogus.body).toContain('Failed to connect to server');
    const xvp = await act(id, { 'os-getVNCConsole': { type: 'xvpvnc' } });
    expect(xvp.body.console.type).toBe('xvpvnc');
    expectVendorError(await act(id, { 'os-getVNCConsole': { type: 'spice' } }), 400);
  });

  it('shelves to SHELVED, then SHELVED_OFFLOADED without a host, and unshelves', async () => {
    const id = await activeServer();
    expect409(await act(id, { unshelve: null }), 'unshelve', id, 'vm_state active');
    expect((await act(id, { shelve: '' })).status).toBe(202);
    expect((await show(id))['OS-EXT-STS:task_state']).toBe('shelving');
    step();
    const shelved = await show(id);
    expectState(shelved, 'SHELVED', 'shelved', 4);
    expect(shelved['OS-EXT-STS:task_state']).toBe('shelving_offloading');
    step();
    const offloaded = await show(id);
    expectState(offloaded, 'SHELVED_OFFLOADED', 'shelved_offloaded', 4);
    expect(offloaded['OS-EXT-STS:task_state']).toBeNull();
    expect(offloaded['OS-EXT-SRV-ATTR:host']).toBeNull();
    expect(offloaded.hostId).toBe('');

    expect409(await act(id, { 'os-start': null }), 'os-start', id, 'vm_state shelved_offloaded');
    expect409(await act(id, { shelve: null }), 'shelve', id, 'vm_state shelved_offloaded');
    expect((await act(id, { unshelve: null })).status).toBe(202);
    expect((await show(id))['OS-EXT-STS:task_state']).toBe('unshelving');
    w.t.settle();
    const back = await show(id);
    expectState(back, 'ACTIVE', 'active', 1);
    expect(back['OS-EXT-SRV-ATTR:host']).toMatch(/^compcas/);
  });

  it('snapshots a server into a saving → active snapshot image (createImage)', async () => {
    const id = await activeServer();
    const res = await act(id, {
      createImage: { name: 'web-01-snap', metadata: { operator_id: w.project(w.alice) } },
    });
    expect(res.status).toBe(202);
    const location = String(res.headers.location);
    expect(location).toMatch(/^\/os\/image\/v1\/v2\/images\/[0-9a-f-]{36}$/);
    expect((await show(id))['OS-EXT-STS:task_state']).toBe('image_snapshot');
    expect409(await act(id, { 'os-stop': null }), 'os-stop', id, 'task_state image_snapshot');
    const saving = await w.t.req('GET', location, { token: w.alice });
    expect(saving.body).toMatchObject({
      name: 'web-01-snap',
      status: 'saving',
      image_type: 'snapshot',
      instance_uuid: id,
      owner: w.project(w.alice),
      visibility: 'private',
    });
    w.t.settle();
    expect((await w.t.req('GET', location, { token: w.alice })).body.status).toBe('active');
    expect((await show(id))['OS-EXT-STS:task_state']).toBeNull();
    expectVendorError(await act(id, { createImage: {} }), 400);
  });

  it('refuses an unknown action, two actions at once and an empty body (400)', async () => {
    const id = await activeServer();
    expectVendorError(await act(id, { migrate: null }), 400);
    expectVendorError(await act(id, { 'os-stop': null, 'os-start': null }), 400);
    expectVendorError(await act(id, {}), 400);
    expectVendorError(await act(id, { reboot: { type: 'GENTLE' } }), 400);
  });

  it('applies the allowed-from table to seeded PAUSED and ERROR servers', async () => {
    const seeded = (status: string) => {
      const s = w.t.sim.state.servers.find(
        (x) => x.status === status && x.tenant_id === w.project(w.alice),
      );
      if (!s) throw new Error(`no seeded ${status} server in chengdu`);
      return s.id;
    };
    const paused = seeded('PAUSED');
    expectState(await show(paused), 'PAUSED', 'paused', 3);
    expect409(await act(paused, { 'os-stop': null }), 'os-stop', paused, 'vm_state paused');
    expect409(await act(paused, { resume: null }), 'resume', paused, 'vm_state paused');
    expect409(
      await act(paused, { 'os-getVNCConsole': { type: 'novnc' } }),
      'os-getVNCConsole',
      paused,
      'vm_state paused',
    );
    expect((await act(paused, { reboot: { type: 'HARD' } })).status).toBe(202);
    w.t.settle();
    expectState(await show(paused), 'ACTIVE', 'active', 1);

    const failed = seeded('ERROR');
    expect409(await act(failed, { 'os-start': null }), 'os-start', failed, 'vm_state error');
    expect((await act(failed, { 'os-stop': null })).status).toBe(202);
    w.t.settle();
    expectState(await show(failed), 'SHUTOFF', 'stopped', 4);
  });
});

describe('servers: show, rename, delete, scoping', () => {
  it('renames in any state, validating the name', async () => {
    const id = await w.create(w.alice);
    const res = await w.t.req('PUT', `${w.base(w.alice)}/${id}`, {
      token: w.alice,
      body: { server: { name: 'web-02' } },
    });
    expect(res.status).toBe(200);
    expect(res.body.server.name).toBe('web-02');
    expect(res.body.server.status).toBe('BUILD');
    const bad = await w.t.req('PUT', `${w.base(w.alice)}/${id}`, {
      token: w.alice,
      body: { server: { name: 'web_02' } },
    });
    expectVendorError(bad, 400);
    expect(bad.body.details[0].path).toBe('body/server/name');
  });

  it('deletes (204): deleting for a moment, then 404 and gone from the list', async () => {
    const id = await activeServer();
    const del = await w.t.req('DELETE', `${w.base(w.alice)}/${id}`, { token: w.alice });
    expect(del.status).toBe(204);
    expect(del.body).toBeUndefined();
    expect((await show(id))['OS-EXT-STS:task_state']).toBe('deleting');
    expect409(await act(id, { 'os-stop': null }), 'os-stop', id, 'task_state deleting');
    expect((await w.t.req('DELETE', `${w.base(w.alice)}/${id}`, { token: w.alice })).status).toBe(
      204,
    );
    w.t.settle();
    expectVendorError(await w.t.req('GET', `${w.base(w.alice)}/${id}`, { token: w.alice }), 404);
    expectVendorError(await w.t.req('DELETE', `${w.base(w.alice)}/${id}`, { token: w.alice }), 404);
    expectVendorError(await act(id, { 'os-start': null }), 404);
    const list = await w.t.req('GET', `${w.base(w.alice)}/detail`, { token: w.alice });
    expect(list.body.servers.some((s: { id: string }) => s.id === id)).toBe(false);
  });

  it('releases data volumes, group membership and the lease when the delete completes', async () => {
    const state = w.t.sim.state;
    const s = state.servers.find(
      (x) =>
        x.tenant_id === w.project(w.alice) &&
        state.volumes.some((v) => v.attachments.some((a) => a.server_id === x.id)),
    );
    if (!s) throw new Error('no seeded server with a data volume');
    const vols = state.volumes.filter((v) => v.attachments.some((a) => a.server_id === s.id));
    const attached = (await show(s.id))['os-extended-volumes:volumes_attached'];
    expect(attached).toEqual(expect.arrayContaining(vols.map((v) => ({ id: v.id }))));
    state.serverGroups.find((g) => g.project_id === w.project(w.alice))?.members.push(s.id);
    await w.t.req('DELETE', `${w.base(w.alice)}/${s.id}`, { token: w.alice });
    w.t.settle();
    for (const v of vols) {
      expect(v.attachments.some((a) => a.server_id === s.id)).toBe(false);
      expect(v.status).toBe(v.attachments.length ? 'in-use' : 'available');
      expect(state.volumes).toContain(v); // data volumes are never deleted with the server
    }
    expect(state.serverGroups.some((g) => g.members.includes(s.id))).toBe(false);
    expect(state.leases.some((l) => l.resUuid === s.id)).toBe(false);
  });

  it('shows a fault on ERROR servers only', async () => {
    const failed = w.t.sim.state.servers.find(
      (x) => x.status === 'ERROR' && x.tenant_id === w.project(w.alice),
    );
    const fine = w.t.sim.state.servers.find(
      (x) => x.status === 'ACTIVE' && x.tenant_id === w.project(w.alice),
    );
    const f = await show(failed?.id ?? '');
    expect(f.fault).toMatchObject({ code: 500, message: expect.stringMatching(/^No valid host/) });
    expect((await show(fine?.id ?? '')).fault).toBeUndefined();
  });

  it('scopes by project: 403 for another project path, 404 for another project server', async () => {
    const id = await w.create(w.alice);
    expectVendorError(await w.t.req('GET', `${w.base(w.alice)}/detail`, { token: w.bob }), 403);
    expectVendorError(await w.t.req('GET', `${w.base(w.bob)}/${id}`, { token: w.bob }), 404);
    expectVendorError(await act(id, { 'os-stop': null }, w.bob), 404);
    // The administrator can act in any project.
    const asAdmin = await w.t.req('GET', `${w.base(w.alice)}/${id}`, { token: w.admin });
    expect(asAdmin.status).toBe(200);
  });

  it('lists every project for an administrator with all_tenants; 403 for a tenant', async () => {
    expectVendorError(
      await w.t.req('GET', `${w.base(w.alice)}/detail?all_tenants=1`, { token: w.alice }),
      403,
    );
    const all = await w.t.req('GET', `${w.base(w.admin)}/detail?all_tenants=1`, { token: w.admin });
    const projects = new Set(all.body.servers.map((s: { tenant_id: string }) => s.tenant_id));
    expect(projects.size).toBeGreaterThanOrEqual(5);
    const mine = await w.t.req('GET', `${w.base(w.admin)}/detail`, { token: w.admin });
    expect(
      mine.body.servers.every((s: { tenant_id: string }) => s.tenant_id === w.project(w.admin)),
    ).toBe(true);
  });
});

describe('servers: lists, paging and filters (004:L5914, L6305)', () => {
  it('pages with limit + marker and servers_links, newest first, without overlap', async () => {
    const full = await w.t.req('GET', `${w.base(w.alice)}/detail`, { token: w.alice });
    const total = full.body.servers.length;
    expect(total).toBeGreaterThan(25);
    expect(full.body.servers_links).toBeUndefined();
    const seen: string[] = [];
    let url: string | null = `${w.base(w.alice)}/detail?limit=10`;
    while (url) {
      const page: Reply = await w.t.req('GET', url, { token: w.alice });
      expect(page.status).toBe(200);
      expect(page.body.servers.length).toBeLessThanOrEqual(10);
      seen.push(...page.body.servers.map((s: { id: string }) => s.id));
      const next = page.body.servers_links?.[0];
      url = next ? new URL(next.href).pathname + new URL(next.href).search : null;
      if (next) expect(next.rel).toBe('next');
    }
    expect(seen).toEqual(full.body.servers.map((s: { id: string }) => s.id));
    const created = full.body.servers.map((s: { created: string }) => s.created);
    expect([...created].sort().reverse()).toEqual(created);

    const short = await w.t.req('GET', `${w.base(w.alice)}?limit=5`, { token: w.alice });
    expect(short.body.servers).toHaveLength(5);
    expect(Object.keys(short.body.servers[0]).sort()).toEqual(['id', 'links', 'name']);
    expect(short.body.servers_links[0].href).toContain('/servers?limit=5&marker=');

    const bad = await w.t.req('GET', `${w.base(w.alice)}/detail?marker=nope`, { token: w.alice });
    expectVendorError(bad, 400);
    expectVendorError(
      await w.t.req('GET', `${w.base(w.alice)}/detail?limit=0`, { token: w.alice }),
      400,
    );
  });

  it('filters by availability zone, and by project with all_tenants', async () => {
    const zone = await w.t.req('GET', `${w.base(w.alice)}/detail?availability_zone=cas191p1c1`, {
      token: w.alice,
    });
    expect(zone.body.servers.length).toBeGreaterThan(0);
    expect(
      zone.body.servers.every(
        (s: Record<string, string>) => s['OS-EXT-AZ:availability_zone'] === 'cas191p1c1',
      ),
    ).toBe(true);
    const one = await w.t.req(
      'GET',
      `${w.base(w.admin)}/detail?all_tenants=1&tenant_id=${w.project(w.bob)}`,
      {
        token: w.admin,
      },
    );
    expect(one.body.servers.length).toBeGreaterThan(0);
    expect(
      one.body.servers.every((s: { tenant_id: string }) => s.tenant_id === w.project(w.bob)),
    ).toBe(true);
    // Without all_tenants the query tenant_id is ignored: the path's project is listed.
    const ignored = await w.t.req(
      'GET',
      `${w.base(w.alice)}/detail?tenant_id=${w.project(w.bob)}`,
      {
        token: w.alice,
      },
    );
    expect(
      ignored.body.servers.every((s: { tenant_id: string }) => s.tenant_id === w.project(w.alice)),
    ).toBe(true);
  });

  it('filters by status, name regex, flavor, image and host', async () => {
    const off = await w.t.req('GET', `${w.base(w.alice)}/detail?status=SHUTOFF`, {
      token: w.alice,
    });
    expect(off.body.servers.length).toBeGreaterThan(0);
    expect(off.body.servers.every((s: { status: string }) => s.status === 'SHUTOFF')).toBe(true);

    const id = await w.create(w.alice, { name: 'zz-unique-9' });
    const byName = await w.t.req('GET', `${w.base(w.alice)}/detail?name=^ZZ-uni`, {
      token: w.alice,
    });
    expect(byName.body.servers.map((s: { id: string }) => s.id)).toEqual([id]);
    const byFlavor = await w.t.req(
      'GET',
      `${w.base(w.alice)}/detail?flavor=${w.flavorId('m1.medium')}`,
      {
        token: w.alice,
      },
    );
    expect(
      byFlavor.body.servers.every(
        (s: { flavor: { id: string } }) => s.flavor.id === w.flavorId('m1.medium'),
      ),
    ).toBe(true);
    const img = w.imageFor('m1.medium');
    const byImage = await w.t.req('GET', `${w.base(w.alice)}/detail?image=${img}`, {
      token: w.alice,
    });
    expect(byImage.body.servers.map((s: { id: string }) => s.id)).toContain(id);
    const byHost = await w.t.req('GET', `${w.base(w.alice)}/detail?host=compcas31`, {
      token: w.alice,
    });
    expect(
      byHost.body.servers.every(
        (s: Record<string, string>) => s['OS-EXT-SRV-ATTR:host'] === 'compcas31qzy7d3rc',
      ),
    ).toBe(true);
    expectVendorError(
      await w.t.req('GET', `${w.base(w.alice)}/detail?name=(`, { token: w.alice }),
      400,
    );
    expectVendorError(
      await w.t.req('GET', `${w.base(w.alice)}/detail?status=RUNNING`, { token: w.alice }),
      400,
    );
  });
});

describe('servers: seed', () => {
  it('seeds a few hundred servers across projects in every state, deterministically', () => {
    const state = seedState(7, 1);
    expect(state.servers.length).toBeGreaterThanOrEqual(200);
    const statuses = new Set(state.servers.map((s) => s.status));
    for (const s of [
      'ACTIVE',
      'SHUTOFF',
      'SUSPENDED',
      'PAUSED',
      'SHELVED',
      'SHELVED_OFFLOADED',
      'ERROR',
      'BUILD',
    ])
      expect(statuses, s).toContain(s);
    expect(new Set(state.servers.map((s) => s.tenant_id)).size).toBeGreaterThanOrEqual(5);
    expect(seedState(7, 1).servers).toEqual(state.servers);
    expect(seedState(7, 2).servers.length).toBe(state.servers.length * 2);
    for (const s of state.servers) {
      const f = state.flavors.find((x) => x.id === s.flavor_id);
      const img = state.images.find((x) => x.id === s.image_id);
      expect(f && img && img.min_ram <= f.ram).toBeTruthy();
    }
  });

  it('seeds compute quotas that the seeded usage fits', () => {
    const state = seedState(20261122, 1);
    expect(state.flavors.find((f) => f.name === 'HP_4*16*60')?.id).toBe(
      '00974fcf-6cde-4647-a3b9-8fa9faedb061',
    );
    // Quota usage fits the seeded limits.
    for (const [projectId, q] of Object.entries(state.computeQuotas)) {
      const mine = state.servers.filter((s) => s.tenant_id === projectId);
      if (q.instances >= 0) expect(mine.length).toBeLessThanOrEqual(q.instances);
    }
  });

  it('dates the seeded servers from the moment the world is seeded', () => {
    const now = Date.now();
    const servers = w.t.sim.state.servers;
    // Seeded builds started seconds to minutes ago; nothing was created or launched in the
    // future, and nothing launched before it was created.
    const builds = servers.filter((s) => s.status === 'BUILD');
    expect(builds.length).toBeGreaterThan(0);
    for (const s of builds) expect(now - s.created).toBeLessThan(10 * 60_000);
    for (const s of servers) {
      expect(s.created).toBeLessThanOrEqual(now);
      if (s.launched_at !== null) {
        expect(s.launched_at).toBeGreaterThanOrEqual(s.created);
        expect(s.launched_at).toBeLessThanOrEqual(now);
      }
    }
  });

  it('finishes the seeded transitions (BUILD, REBOOT, RESIZE) through scheduled tasks', async () => {
    const transient = w.t.sim.state.servers.filter((s) => s.task_state !== null);
    expect(transient.length).toBeGreaterThan(0);
    expect(w.t.sim.state.tasks.filter((x) => x.kind === 'server.settle')).toHaveLength(
      transient.length,
    );
    w.t.settle();
    expect(w.t.sim.state.servers.filter((s) => s.task_state !== null)).toEqual([]);
    expect(
      w.t.sim.state.servers.some((s) =>
        ['BUILD', 'REBOOT', 'HARD_REBOOT', 'RESIZE'].includes(s.status),
      ),
    ).toBe(false);
  });
});
