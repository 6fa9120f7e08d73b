// What a server request may send: regular-expression filters that cannot stall the simulator,
// the documented create body (004:L6169) as written, and action arguments whose errors name the
// field at fault.
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

const detail = (query: string, token = w.alice) =>
  w.t.req('GET', `${w.base(token)}/detail?${query}`, { token });

describe('servers: name and host filters (RE2, linear time)', () => {
  it('answers a catastrophic-backtracking pattern at once, for a tenant and across projects', async () => {
    // Compile the operation's validators and take the indexes before timing.
    expect((await detail('limit=1')).status).toBe(200);
    for (const [query, token] of [
      [`name=${encodeURIComponent('(.*){32}!')}`, w.alice],
      [`name=${encodeURIComponent('(.*){32}!')}&all_tenants=1`, w.admin],
      [`host=${encodeURIComponent('(a|aa)*!')}&all_tenants=1`, w.admin],
    ] as const) {
      // The best of three: a busy machine may pause any one request, but a backtracking engine
      // takes seconds (hours for {32}) every time, so the fastest of three still tells them apart.
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const res = await detail(query, token);
        best = Math.min(best, performance.now() - started);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body.servers).toEqual([]);
      }
      expect(best, query).toBeLessThan(100);
    }
  });

  it('keeps nova semantics: a case-insensitive search anywhere in the name or host', async () => {
    const id = await w.create(w.alice, { name: 'Web-Re2-Probe' });
    const ids = async (query: string) =>
      ((await detail(query)).body.servers as { id: string }[]).map((s) => s.id);
    expect(await ids('name=re2-PRO')).toEqual([id]);
    expect(await ids(`name=${encodeURIComponent('^web-re2-probe$')}`)).toEqual([id]);
    expect(await ids(`name=${encodeURIComponent('re[0-9]-p')}`)).toEqual([id]);
    expect(await ids('name=^re2')).toEqual([]);
    const byHost = (await detail('host=COMPCAS')).body.servers as Record<string, string>[];
    expect(byHost.length).toBeGreaterThan(0);
    expect(byHost.every((s) => String(s['OS-EXT-SRV-ATTR:host']).startsWith('compcas'))).toBe(true);
  });

  it('answers 400 naming the parameter for a pattern RE2 cannot parse', async () => {
    for (const [param, pattern] of [
      ['name', '('],
      ['name', '(a)\\1'],
      ['host', '[z-a]'],
    ]) {
      const res = await detail(`${param}=${encodeURIComponent(pattern ?? '')}`);
      expectVendorError(res, 400);
      expect(res.body.msg).toContain(`${param} is not a valid regular expression`);
      expect(paths(res.body)).toEqual([`query/${param}`]);
    }
  });
});

describe('servers: the documented create body (004:L6169)', () => {
  /** The example of 004:L6169, as the documents write it. */
  const documented = () => ({
    server: {
      name: 'test',
      imageRef: '48c0d8bd-3d54-479b-84a2-c66a807c7270',
      flavorRef: '68869510-611d-4494-a26c-61c48461782d',
      networks: [
        {
          uuid: 'd4471b96-4a48-4002-9214-4b026b4186de',
          fixed_ip: '192.168.10.33',
          enable_gateway: 'true',
        },
      ],
      adminPass: '123',
      key_name: 'keyName',
      security_groups: [{ name: 'default' }],
      metadata: {
        user_name: 'admin',
        alias: 'administrator',
        description: '',
        zone_uuid: 'da24b11e-62ba-4cf7-84c3-adadcab07e87',
        cvk: 'cvknode191(CVM10.125.26.11)',
        enableAdminPass: '1',
        storageTypeId: 'ccc45604-4026-4411-8db6-ff79b74c1684',
        location: 'isopool',
        h3c_extend_api: 'true',
      },
      availability_zone: 'nova11:cpn-host11rc',
      config_drive: false,
    },
    'os:scheduler_hints': { group: '6ba4e2a7-b64f-41c8-ad4d-fe84e3153c19' },
  });

  it('passes the schema as written: only its ids, unknown here, are refused', async () => {
    const res = await w.t.req('POST', w.base(w.admin), { token: w.admin, body: documented() });
    expectVendorError(res, 400);
    expect(paths(res.body)).toEqual(['body/server/flavorRef']);
  });

  it('creates the server once the ids are the seeded ones, with the 3-character adminPass', async () => {
    const state = w.t.sim.state;
    const zone = state.azones.find((a) => a.zone === 'cas191p1c1');
    const group = await w.t.req('POST', '/os/compute/v1/v2.1/os-server-groups', {
      token: w.admin,
      body: { server_group: { name: 'doc-group', policies: ['affinity'] } },
    });
    const body = documented();
    body.server.imageRef = w.imageFor('m1.medium');
    body.server.flavorRef = w.flavorId('m1.medium');
    body.server.networks = [
      { uuid: w.networkId('public-net'), fixed_ip: '172.25.200.33', enable_gateway: 'true' },
    ];
    body.server.key_name = 'ops-bastion';
    body.server.metadata.zone_uuid = zone?.id ?? '';
    body.server.availability_zone = 'cas191p1c1:compcas5mbw87y2rc';
    body['os:scheduler_hints'].group = String(group.body.server_group.id);
    const res = await w.t.req('POST', w.base(w.admin), { token: w.admin, body });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.server.adminPass).toBe('123');
  });

  it('takes an adminPass of up to 255 characters and generates one for an empty string', async () => {
    const long = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: w.body({ adminPass: 'p'.repeat(255) }),
    });
    expect(long.status, JSON.stringify(long.body)).toBe(202);
    const tooLong = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: w.body({ adminPass: 'p'.repeat(256) }),
    });
    expectVendorError(tooLong, 400);
    expect(paths(tooLong.body)).toEqual(['body/server/adminPass']);
    const empty = await w.t.req('POST', w.base(w.alice), {
      token: w.alice,
      body: w.body({ adminPass: '' }),
    });
    expect(empty.status, JSON.stringify(empty.body)).toBe(202);
    expect(empty.body.server.adminPass).toMatch(/^\S{8,}$/);
  });
});

describe('servers: action arguments (api-notes I-13)', () => {
  it('names the field and the rule of a bad argument to a known action', async () => {
    const id = await w.create(w.alice);
    w.t.settle();
    const act = (body: unknown) =>
      w.t.req('POST', `${w.base(w.alice)}/${id}/action`, { token: w.alice, body });
    const cases: [unknown, string, string][] = [
      [{ reboot: { type: 'MEDIUM' } }, 'body/reboot/type', 'must be one of: SOFT, HARD'],
      [{ 'os-getVNCConsole': {} }, 'body/os-getVNCConsole/type', 'is required'],
      [{ 'os-getVNCConsole': { type: 'spice' } }, 'body/os-getVNCConsole/type', 'must be one of'],
      [{ resize: {} }, 'body/resize/flavorRef', 'is required'],
      [{ createImage: { name: '' } }, 'body/createImage/name', 'must NOT have fewer than 1'],
      [{ 'os-stop': { force: true } }, 'body/os-stop', ''],
    ];
    for (const [body, path, rule] of cases) {
      const res = await act(body);
      expectVendorError(res, 400);
      expect(res.body.msg, JSON.stringify(body)).toContain(`${path} ${rule}`);
      expect(res.body.msg).not.toContain('Exactly one of the keys');
      expect(paths(res.body)).toEqual([path]);
    }
  });

  it('still says which keys may stand alone for no key, two keys or an unknown one', async () => {
    const id = await w.create(w.alice);
    const act = (body: unknown) =>
      w.t.req('POST', `${w.base(w.alice)}/${id}/action`, { token: w.alice, body });
    for (const body of [{}, { 'os-stop': null, 'os-start': null }, { migrate: null }]) {
      const res = await act(body);
      expectVendorError(res, 400);
      expect(res.body.msg, JSON.stringify(body)).toContain('Exactly one of the keys');
    }
    const unknown = await act({ migrate: null });
    expect(paths(unknown.body)).toContain('body/migrate');
  });
});
