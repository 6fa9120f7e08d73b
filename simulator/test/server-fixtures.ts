// Shared pieces of the server-related simulator tests: who is logged in, seeded ids by name and a
// valid create body (image boot in chengdu's zone cas191p1c1, which has two compute nodes).
import { expect } from 'vitest';
import { startSim, type TestSim } from './helpers.ts';
import type { SimOptions } from '../src/sim.ts';

export type World = {
  t: TestSim;
  admin: string;
  alice: string;
  bob: string;
  carol: string;
  dave: string;
  project: (token: string) => string;
  base: (token: string) => string;
  flavorId: (name: string) => string;
  networkId: (name: string) => string;
  imageFor: (flavor: string) => string;
  body: (
    overrides?: Record<string, unknown>,
    flavor?: string,
  ) => { server: Record<string, unknown> };
  create: (
    token: string,
    overrides?: Record<string, unknown>,
    extra?: Record<string, unknown>,
  ) => Promise<string>;
  show: (id: string, token: string) => Promise<Record<string, any>>;
};

export type WorldOptions = {
  /** Fields every `body()` (so every `create()`) starts from, under the call's own overrides. */
  server?: Record<string, unknown>;
  /** Simulator options over the fixtures' own (e.g. the read cache, which tests leave off). */
  sim?: Partial<SimOptions>;
};

export async function world(options: WorldOptions = {}): Promise<World> {
  // Transitions run only when a test settles them: with the default delay scale of 0 they are
  // due at once, and the simulator's 100 ms task timer could finish a build (or a stop) before
  // the test has looked at the transitional state.
  const t = await startSim({ delayScale: 1000, ...options.sim });
  const [admin, alice, bob, carol, dave] = await t.logins('admin', 'alice', 'bob', 'carol', 'dave');
  const project = t.project;
  const base = (token: string) => `/os/compute/v1/v2/${project(token)}/servers`;
  const flavorId = (name: string) => {
    const f = t.sim.state.flavors.find((x) => x.name === name);
    if (!f) throw new Error(`no flavor ${name}`);
    return f.id;
  };
  const networkId = (name: string) => {
    const n = t.sim.state.networks.find((x) => x.name === name);
    if (!n) throw new Error(`no network ${name}`);
    return n.id;
  };
  const imageFor = (flavor: string) => {
    const f = t.sim.state.flavors.find((x) => x.name === flavor);
    const img = t.sim.state.images.find(
      (i) =>
        i.visibility === 'public' &&
        i.status === 'active' &&
        i.image_type === 'image' &&
        f !== undefined &&
        i.min_ram <= f.ram &&
        i.min_disk <= f.disk,
    );
    if (!img) throw new Error(`no image fits ${flavor}`);
    return img.id;
  };
  const body = (overrides: Record<string, unknown> = {}, flavor = 'm1.medium') => ({
    server: {
      name: 'web-01',
      imageRef: imageFor(flavor),
      flavorRef: flavorId(flavor),
      networks: [{ uuid: networkId('chengdu-biz'), enable_gateway: 'true' }],
      security_groups: [{ name: 'default' }],
      metadata: { alias: '网站01', enableAdminPass: '1' },
      availability_zone: 'cas191p1c1',
      ...options.server,
      ...overrides,
    },
  });
  const create = async (
    token: string,
    overrides: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ) => {
    const res = await t.req('POST', base(token), {
      token,
      body: { ...body(overrides), ...extra },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    return String(res.body.server.id);
  };
  const show = async (id: string, token: string) => {
    const res = await t.req('GET', `${base(token)}/${id}`, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.server as Record<string, any>;
  };
  return {
    t,
    admin,
    alice,
    bob,
    carol,
    dave,
    project,
    base,
    flavorId,
    networkId,
    imageFor,
    body,
    create,
    show,
  };
}

/** The `details[].path` of an error body. */
export const paths = (body: { details?: { path: string }[] }) =>
  (body.details ?? []).map((d) => d.path);
