import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSim, type TestSim } from './helpers.ts';

let t: TestSim;
beforeEach(async () => {
  t = await startSim();
});
afterEach(async () => {
  await t.close();
});

const host = { host: 'cloud.example:8443', 'x-forwarded-proto': 'https' };

describe('version discovery (unauthenticated, links from the Host header)', () => {
  it('keystone: v3 at the root, v3 document at /v3', async () => {
    const root = await t.req('GET', '/os/kinton/v1/', { headers: host });
    expect(root.status).toBe(200);
    expect(root.body.versions.values[0].links[0].href).toBe(
      'https://cloud.example:8443/os/kinton/v1/v3/',
    );
    const v3 = await t.req('GET', '/os/kinton/v1/v3', { headers: host });
    expect(v3.status).toBe(200);
    expect(v3.body.version.id).toMatch(/^v3/);
  });

  it('nova: v2.1 at the compute prefix, with and without a trailing slash', async () => {
    for (const url of ['/os/compute/v1/', '/os/compute/v1']) {
      const res = await t.req('GET', url, { headers: host });
      expect(res.status).toBe(200);
      expect(res.body.versions[0]).toMatchObject({ id: 'v2.1', status: 'CURRENT' });
      expect(res.body.versions[0].links[0].href).toBe(
        'https://cloud.example:8443/os/compute/v1/v2/',
      );
    }
    const v2 = await t.req('GET', '/os/compute/v1/v2/');
    expect(v2.status).toBe(200);
    expect(v2.body.version.min_version).toBe('2.1');
  });

  it('glance: the version list at the root and at /versions', async () => {
    const root = await t.req('GET', '/os/image/v1/');
    expect(root.status).toBe(200);
    const versions = await t.req('GET', '/os/image/v1/versions');
    expect(versions.status).toBe(200);
    expect(versions.body.versions.some((v: { status: string }) => v.status === 'CURRENT')).toBe(
      true,
    );
  });

  it('a token carries a catalog of identity, compute (with the project) and image', async () => {
    const res = await t.req('POST', '/os/kinton/v1/v3/auth/tokens', {
      headers: { host: 'gw.example:11000' },
      body: {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: 'alice', password: 'cloudos' } },
          },
        },
      },
    });
    expect(res.status).toBe(201);
    const byType = Object.fromEntries(
      res.body.token.catalog.map((s: { type: string; endpoints: { url: string }[] }) => [
        s.type,
        s.endpoints[0]?.url,
      ]),
    );
    expect(byType).toEqual({
      identity: 'http://gw.example:11000/os/kinton/v1/v3',
      compute: `http://gw.example:11000/os/compute/v1/v2/${res.body.token.project.id}`,
      image: 'http://gw.example:11000/os/image/v1',
    });
  });
});

describe('--error-body native', () => {
  it('answers nova, keystone and glance errors in their own bodies', async () => {
    const n = await startSim({ errorBody: 'native' });
    try {
      const token = await n.login('alice');
      const project = n.sim.state.projects.find((p) => p.name === 'chengdu')?.id ?? '';
      const nova = await n.req('GET', `/os/compute/v1/v2/${project}/servers/nope`, { token });
      expect(nova.status).toBe(404);
      expect(nova.body).toEqual({ itemNotFound: { code: 404, message: expect.any(String) } });
      const other = await n.req('GET', '/os/compute/v1/v2/someone-else/servers/nope', { token });
      expect(Object.keys(other.body)).toEqual(['forbidden']);
      const ks = await n.req('GET', '/os/kinton/v1/v3/projects');
      expect(ks.body).toMatchObject({ error: { code: 401, title: 'Unauthorized' } });
      const glance = await n.req('GET', '/os/image/v1/v2/images/nope', { token });
      expect(glance.status).toBe(404);
      expect(glance.body).toMatchObject({ message: expect.any(String), title: 'Not Found' });
    } finally {
      await n.close();
    }
  });

  it('keeps the vendor body by default', async () => {
    const token = await t.login('alice');
    const res = await t.req('GET', '/os/image/v1/v2/images/nope', { token });
    expect(res.body).toMatchObject({ code: '404', data: null });
  });
});
