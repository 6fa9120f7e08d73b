// Version discovery (x-undocumented): the documents keystone, nova and glance serve at their
// roots, unauthenticated, with links under the caller's own base URL (urls.ts).
import { defineHandlers, type Area } from '../../area.ts';
import type { Schemas } from '../../state.ts';
import { COMPUTE_PREFIX, IDENTITY_PREFIX, IMAGE_PREFIX, publicBase } from './urls.ts';

type Headers = Record<string, string | undefined>;

function identityV3(headers: Headers): Schemas['ApiVersion'] {
  return {
    id: 'v3.14',
    status: 'stable',
    updated: '2020-04-07T00:00:00Z',
    links: [{ rel: 'self', href: `${publicBase(headers)}${IDENTITY_PREFIX}/v3/` }],
    'media-types': [
      { base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' },
    ],
  };
}

function computeV21(headers: Headers): Schemas['ApiVersion'] {
  return {
    id: 'v2.1',
    status: 'CURRENT',
    version: '2.1',
    min_version: '2.1',
    updated: '2013-07-23T11:33:21Z',
    links: [{ rel: 'self', href: `${publicBase(headers)}${COMPUTE_PREFIX}/v2/` }],
    'media-types': [
      { base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' },
    ],
  };
}

function imageVersions(headers: Headers): Schemas['ApiVersionList'] {
  const href = `${publicBase(headers)}${IMAGE_PREFIX}/v2/`;
  return {
    versions: ['2.9', '2.8', '2.7', '2.6', '2.5', '2.4', '2.3', '2.2', '2.1', '2.0'].map((v) => ({
      id: `v${v}`,
      status: v === '2.9' ? 'CURRENT' : 'SUPPORTED',
      links: [{ rel: 'self', href }],
    })),
  };
}

const handlers = defineHandlers({
  getIdentityVersions: (ctx) => ({
    status: 200,
    body: { versions: { values: [identityV3(ctx.headers)] } },
  }),
  getIdentityVersion: (ctx) => ({ status: 200, body: { version: identityV3(ctx.headers) } }),
  getComputeVersions: (ctx) => ({ status: 200, body: { versions: [computeV21(ctx.headers)] } }),
  getComputeVersion: (ctx) => ({ status: 200, body: { version: computeV21(ctx.headers) } }),
  getImageVersionsRoot: (ctx) => ({ status: 200, body: imageVersions(ctx.headers) }),
  getImageVersions: (ctx) => ({ status: 200, body: imageVersions(ctx.headers) }),
});

// Owns no collections.
export const discoveryArea = { handlers, defaults: () => {} } satisfies Area;
