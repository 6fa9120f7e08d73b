import { describe, expect, it } from 'vitest';
import { compileSearch, likeToRegExp } from '../src/areas/server-metrics/search.ts';
import { expectVendorError, eachTestSim, type TestSim } from './helpers.ts';

const SEARCH = '/os/compute/v1/v1/search/resource/generic';
const measures = (id: string, meter: string, q = '') =>
  `/os/compute/v1/v1/resource/generic/${id}/metric/${meter}/measures${q}`;
const gpuMeasures = (id: string, meter: string, q = '') =>
  `/os/compute/v1/v1/resource/instance_vgpu/${id}/metric/${meter}/measures${q}`;
const gpus = (server: string) => `/os/compute/v1/v1/resource/instance_vgpu/${server}`;

let t: TestSim;
let admin: string;
let alice: string;

eachTestSim(async (sim) => {
  t = sim;
  [admin, alice] = await sim.logins('admin', 'alice');
});

const project = (token: string) => t.project(token);
function server(pred: (s: (typeof t.sim.state.servers)[number]) => boolean) {
  const s = t.sim.state.servers.find(pred);
  if (!s) throw new Error('no such server');
  return s;
}
const named = (name: string) => server((s) => s.name === name);
const running = (token: string) =>
  server(
    (s) => s.tenant_id === project(token) && s.status === 'ACTIVE' && !s.name.startsWith('gpu'),
  );

describe('resource search (004:L9809)', () => {
  it('accepts the documented example and finds a server’s typed resources', async () => {
    const ex = {
      and: [
        { like: { original_resource_id: '22d28b69-52b9-5cbd-b302-fc178eaccbdc%' } },
        { '=': { type: 'instance_disk' } },
      ],
    };
    const res = await t.req('POST', SEARCH, { token: admin, body: ex });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);

    const gpu = named('gpu-train-01');
    const mine = await t.req('POST', SEARCH, {
      token: admin,
      body: { like: { original_resource_id: `${gpu.id}%` } },
    });
    expect(mine.status).toBe(200);
    const types = mine.body.map((r: { type: string }) => r.type);
    expect(types).toEqual([
      'instance',
      'instance_disk',
      'instance_network_interface',
      'instance_vgpu',
      'instance_vgpu',
    ]);
    const disk = mine.body[1];
    expect(disk).toMatchObject({
      original_resource_id: `${gpu.id}-vda`,
      instance_id: gpu.id,
      name: 'vda',
      project_id: gpu.tenant_id,
    });
    expect(Object.keys(disk.metrics)).toContain('disk.device.usage');
    expect(mine.body[0]).toMatchObject({ id: gpu.id, display_name: 'gpu-train-01' });
  });

  it('evaluates like, =, <, >, or and and; {} matches everything within the limit', async () => {
    const byName = await t.req('POST', SEARCH, {
      token: admin,
      body: {
        or: [{ like: { display_name: 'GPU-INFER%' } }, { eq: { display_name: 'gpu-train-01' } }],
      },
    });
    expect(byName.body.map((r: { display_name: string }) => r.display_name).sort()).toEqual([
      'gpu-infer-02',
      'gpu-train-01',
    ]);
    const gpu = named('gpu-train-01');
    const after = await t.req('POST', SEARCH, {
      token: admin,
      body: {
        and: [
          { '=': { instance_id: gpu.id } },
          { '==': { type: 'instance_vgpu' } },
          { gt: { name: 'gpu0' } },
          { '<': { started_at: '2999-01-01T00:00:00' } },
        ],
      },
    });
    expect(after.body.map((r: { name: string }) => r.name)).toEqual(['gpu1']);
    const all = await t.req('POST', `${SEARCH}?limit=5`, { token: admin, body: {} });
    expect(all.body).toHaveLength(5);
  });

  it('refuses other operators, unknown fields and malformed nodes with a clear 400', async () => {
    for (const [body, words] of [
      [{ '+': { started_at: 1 } }, 'aggregation operator'],
      [{ ne: { type: 'instance' } }, 'unknown operator ne'],
      [{ '=': { colour: 'red' } }, 'no resource has a field colour'],
      [{ and: [] }, 'non-empty array'],
      [{ '=': { type: 'a', id: 'b' } }, 'one field'],
      [{ '=': { type: { nested: true } } }, 'string, number'],
    ] as const) {
      const res = await t.req('POST', SEARCH, { token: admin, body });
      expectVendorError(res, 400);
      expect(res.body.msg).toContain(words);
    }
    expectVendorError(
      await t.req('POST', SEARCH, { token: admin, body: { '=': { type: 'a' }, like: {} } }),
      400,
    );
  });

  it('scopes a tenant to its own project', async () => {
    const res = await t.req('POST', SEARCH, {
      token: alice,
      body: { '=': { type: 'instance' } },
    });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(new Set(res.body.map((r: { project_id: string }) => r.project_id))).toEqual(
      new Set([project(alice)]),
    );
    const gpu = named('gpu-train-01');
    const other = await t.req('POST', SEARCH, { token: alice, body: { '=': { id: gpu.id } } });
    expect(other.body).toEqual([]);
  });

  it('compiles LIKE patterns literally apart from % and _', () => {
    expect(likeToRegExp('a.b%').test('a.bcd')).toBe(true);
    expect(likeToRegExp('a.b%').test('axbcd')).toBe(false);
    expect(likeToRegExp('v_a').test('vda')).toBe(true);
    expect(likeToRegExp('100\\%').test('100%')).toBe(true);
    expect(() => compileSearch([])).toThrow(/object with one operator/);
  });
});

describe('server measures (004:L9191)', () => {
  it('answers deterministic 5-minute measures of a running server, its disk and its NIC', async () => {
    const s = running(admin);
    const stop = new Date(t.sim.now()).toISOString().slice(0, 19);
    const start = new Date(t.sim.now() - 3600_000).toISOString().slice(0, 19);
    const url = measures(s.id, 'cpu_util', `?start=${start}&stop=${stop}`);
    const a = await t.req('GET', url, { token: admin });
    expect(a.status).toBe(200);
    expect(a.body.length).toBeGreaterThanOrEqual(11);
    expect(a.body[0]).toMatchObject({ period: '300' });
    expect(typeof a.body[0].value).toBe('string');
    expect(Number(a.body[0].value)).toBeGreaterThanOrEqual(0);
    expect(Number(a.body[0].value)).toBeLessThanOrEqual(100);
    expect(a.body[0].timestamp).toMatch(/:00\+00:00$/);
    expect((await t.req('GET', url, { token: admin })).body).toEqual(a.body);

    const nic = await t.req(
      'GET',
      measures(`${s.id}-${s.ports[0]?.mac}`, 'network.incoming.bytes.rate'),
      {
        token: admin,
      },
    );
    expect(nic.status).toBe(200);
    expect(nic.body.length).toBeGreaterThan(200);
    const cap = await t.req('GET', measures(`${s.id}-vda`, 'disk.device.capcacity'), {
      token: admin,
    });
    const cap2 = await t.req('GET', measures(`${s.id}-vda`, 'disk.device.capacity'), {
      token: admin,
    });
    expect(cap.status).toBe(200);
    expect(cap.body).toEqual(cap2.body);
    expect(Number(cap.body[0].value)).toBeGreaterThan(1024 ** 3);
  });

  it('has no measures after a server stops, and none for one that never launched', async () => {
    const s = running(admin);
    const act = await t.req('POST', `/os/compute/v1/v2/${s.tenant_id}/servers/${s.id}/action`, {
      token: admin,
      body: { 'os-stop': null },
    });
    expect(act.status).toBe(202);
    t.settle();
    const stopped = t.sim.state.servers.find((x) => x.id === s.id);
    expect(stopped?.status).toBe('SHUTOFF');
    const res = await t.req('GET', measures(s.id, 'cpu_util'), { token: admin });
    const last = res.body.at(-1)?.timestamp ?? '';
    expect(Date.parse(last)).toBeLessThanOrEqual(stopped?.updated ?? 0);

    const never = server((x) => x.launched_at === null);
    expectVendorError(await t.req('GET', measures(never.id, 'cpu_util'), { token: admin }), 404);
  });

  it('refuses bad windows, unknown metrics of a resource and other projects’ servers', async () => {
    const s = running(admin);
    expectVendorError(
      await t.req('GET', measures(s.id, 'cpu_util', '?start=yesterday'), { token: admin }),
      400,
    );
    expectVendorError(
      await t.req(
        'GET',
        measures(s.id, 'cpu_util', '?start=2020-01-02T00:00:00&stop=2020-01-01T00:00:00'),
        {
          token: admin,
        },
      ),
      400,
    );
    expectVendorError(await t.req('GET', measures(s.id, 'cpu.bogus'), { token: admin }), 400);
    const nicMetric = await t.req('GET', measures(`${s.id}-vda`, 'cpu_util'), { token: admin });
    expectVendorError(nicMetric, 404);
    expect(nicMetric.body.msg).toContain('instance_disk');
    expectVendorError(await t.req('GET', measures(s.id, 'cpu_util'), { token: alice }), 404);
    expectVendorError(await t.req('GET', measures(s.id, 'cpu_util'), { token: null }), 401);
    const mine = running(alice);
    expect((await t.req('GET', measures(mine.id, 'memory.usage'), { token: alice })).status).toBe(
      200,
    );
  });
});

describe('GPU devices and measures (004:L9647, L9714)', () => {
  it('lists a GPU server’s devices and reads their measures; others have none', async () => {
    const gpu = named('gpu-train-01');
    const list = await t.req('GET', gpus(gpu.id), { token: admin });
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(2);
    const m = await t.req('GET', gpuMeasures(list.body[0], 'vgpu.rate'), { token: admin });
    expect(m.status).toBe(200);
    expect(m.body.length).toBeGreaterThan(0);
    expect(Number(m.body[0].value)).toBeLessThanOrEqual(100);
    expect((await t.req('GET', gpus(running(admin).id), { token: admin })).body).toEqual([]);

    const off = named('gpu-render-03');
    const offList = await t.req('GET', gpus(off.id), { token: admin });
    const offM = await t.req('GET', gpuMeasures(offList.body[0], 'vgpu.memory.rate'), {
      token: admin,
    });
    expect(offM.body).toEqual([]);
  });

  it('is 404 for another project’s server, a non-GPU resource and an unknown server', async () => {
    const gpu = named('gpu-train-01');
    expectVendorError(await t.req('GET', gpus(gpu.id), { token: alice }), 404);
    expectVendorError(await t.req('GET', gpus('no-such-server'), { token: admin }), 404);
    expectVendorError(await t.req('GET', gpuMeasures(gpu.id, 'vgpu.rate'), { token: admin }), 404);
    const [dev] = (await t.req('GET', gpus(gpu.id), { token: admin })).body;
    expectVendorError(await t.req('GET', gpuMeasures(dev, 'vgpu.rate'), { token: alice }), 404);
    expectVendorError(await t.req('GET', gpuMeasures(dev, 'vgpu.bogus'), { token: admin }), 400);
  });
});

describe('ceilometer samples (004:L9284)', () => {
  const meters = (name: string, q: string) => `/os/compute/v1/v2/meters/${name}?${q}`;

  it('accepts the documented query and answers a day of samples, newest first', async () => {
    const s = running(admin);
    const since = new Date(t.sim.now() - 2 * 3600_000).toISOString().slice(0, 19);
    const res = await t.req(
      'GET',
      meters(
        'cpu_util',
        `q.field=resource_id&q.op=eq&q.value=${s.id}&q.field=timestamp&q.op=ge&q.value=${since}`,
      ),
      { token: admin },
    );
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThanOrEqual(23);
    expect(res.body[0]).toMatchObject({
      counter_name: 'cpu_util',
      counter_unit: '%',
      resource_id: s.id,
      user_id: s.user_id,
      resource_metadata: [{ display_name: s.name }],
    });
    expect(res.body[0].timestamp > res.body[1].timestamp).toBe(true);
    const day = await t.req(
      'GET',
      meters('memory.usage', `q.field=resource_id&q.op=eq&q.value=${s.id}`),
      {
        token: admin,
      },
    );
    expect(day.body.length).toBeGreaterThan(250);
    expect(day.body.length).toBeLessThanOrEqual(289);
  });

  it('finds a server’s NICs by resource_metadata.instance_id', async () => {
    const s = running(admin);
    const res = await t.req(
      'GET',
      meters(
        'network.outgoing.bytes.rate',
        `q.field=resource_metadata.instance_id&q.op=eq&q.value=${s.id}`,
      ),
      { token: admin },
    );
    expect(res.status).toBe(200);
    expect(res.body[0].resource_id).toBe(`${s.id}-${s.ports[0]?.mac}`);
    expect(res.body[0].counter_unit).toBe('B/s');
  });

  it('refuses broken triplets and hides other projects’ servers', async () => {
    const s = running(admin);
    for (const q of [
      `q.field=resource_id&q.field=timestamp&q.op=eq&q.value=${s.id}`,
      `q.field=host&q.op=eq&q.value=x`,
      `q.field=timestamp&q.op=ge&q.value=2020-01-01T00:00:00`,
      `q.field=resource_id&q.op=ne&q.value=${s.id}`,
    ]) {
      expectVendorError(await t.req('GET', meters('cpu_util', q), { token: admin }), 400);
    }
    expectVendorError(await t.req('GET', meters('cpu_util', ''), { token: admin }), 400);
    expectVendorError(
      await t.req('GET', meters('cpu_util', `q.field=resource_id&q.op=eq&q.value=${s.id}`), {
        token: alice,
      }),
      404,
    );
  });
});
