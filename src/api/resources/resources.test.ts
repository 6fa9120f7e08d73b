// Walks every resource module's query options and checks the rule the data layer exists for: an
// endpoint is read under one key shape only, so two pages reading the same data share one cache
// entry. It also checks that nothing outside the resource modules calls the API client.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../client';
import { rootKeys } from '../root-keys';

type Builder = (...args: never[]) => { queryKey: readonly unknown[]; queryFn?: unknown };

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], {
  eager: true,
});

// Sample arguments for every builder. A builder missing here fails the walk, so a new one is
// walked too.
const SAMPLES: Record<string, readonly unknown[]> = {
  'flavorQueries.list': ['p1'],
  'flavorQueries.names': ['p1'],
  'flavorQueries.detail': ['p1', 'f1'],
  'flavorQueries.extraSpecs': ['p1', 'f1'],
  'availabilityZoneQueries.list': [],
  'aggregateQueries.list': ['p1'],
  'computeNodeQueries.list': [],
  'drxQueries.list': [],
  'drxQueries.detail': ['d1'],
  'vmSnapshotQueries.tree': ['s1'],
  'vmSnapshotQueries.countLimit': ['s1'],
  'snapshotPolicyQueries.list': [],
  'snapshotPolicyQueries.detail': ['u1'],
  'serverTemplateQueries.list': ['p1'],
  'serverTemplateQueries.detail': ['p1', 't1'],
  'aggregateQueries.detail': ['p1', 1],
  'availabilityZoneQueries.detail': ['z1'],
  'availabilityZoneQueries.hosts': ['p1', 'compute'],
  'resourceSpecQueries.services': [],
  'resourceSpecQueries.configs': ['svc1'],
  'resourceSpecQueries.norm': ['svc1', undefined],
  'pmOrderQueries.list': ['p1', '0'],
  'managedVmQueries.list': ['p1', 'r1', { f: 1, t: 20 }],
  'resourcePoolQueries.tree': [{ projectId: 'p1', node: 'n1' }, 'cas'],
  'resourcePoolQueries.casHost': [{ projectId: 'p1', node: 'n1' }, 'h1'],
  'resourcePoolQueries.casHostVms': [{ projectId: 'p1', node: 'n1' }, 'h1'],
  'resourcePoolQueries.casClusterVms': [{ projectId: 'p1', node: 'n1' }, 'c1'],
  'resourcePoolQueries.casPools': [{ projectId: 'p1', node: 'n1' }, 'h1'],
  'resourcePoolQueries.vmwHosts': [{ projectId: 'p1', node: 'n1' }, 'c1'],
  'resourcePoolQueries.vmwHost': [{ projectId: 'p1', node: 'n1' }, 'h1'],
  'resourcePoolQueries.vmwVms': [{ projectId: 'p1', node: 'n1' }, 'c1', 'h1'],
  'resourcePoolQueries.vmwDatastores': [{ projectId: 'p1', node: 'n1' }, 'h1'],
  'resourcePoolQueries.perf': [{ projectId: 'p1', node: 'n1' }, 'host', 'h1'],
  'resourcePoolQueries.snapshots': [{ projectId: 'p1', node: 'n1' }, 'v1'],
  'bareMetalQueries.nodeList': [{}],
  'bareMetalQueries.node': ['n1'],
  'bareMetalQueries.ports': ['n1'],
  'bareMetalQueries.portgroups': ['n1'],
  'bareMetalQueries.accessKey': [],
  'bareMetalQueries.monitoring': ['host'],
  'bareMetalQueries.measures': ['m1', '2026-01-01T00:00:00', '2026-01-02T00:00:00'],
  'serverMetricQueries.resources': ['s1'],
  'serverMetricQueries.gpus': ['s1'],
  'serverMetricQueries.measures': ['s1', 'cpu_util', { start: 'a', stop: 'b' }],
  'serverMetricQueries.gpuMeasures': ['g1', 'vgpu.rate', { start: 'a', stop: 'b' }],
  'serverMetricQueries.samples': ['s1', 'cpu_util', { start: 'a', stop: 'b' }],
  'serverMetricQueries.search': ['web', 20],
  'availabilityZoneQueries.services': ['p1', 'compute'],
  'availabilityZoneQueries.storagePools': ['p1', 'h1'],
  'hypervisorQueries.list': ['p1'],
  'hypervisorQueries.hosts': ['p1'],
  'imageQueries.list': ['p1', { limit: '20', status: 'active' }],
  'imageQueries.all': ['p1'],
  'imageQueries.detail': ['p1', 'i1'],
  'imageTypeQueries.list': [],
  'imageTypeQueries.byVirt': ['kvm'],
  'imageTypeQueries.byOs': ['linux'],
  'imageTypeQueries.virtTypes': [],
  'imageTypeQueries.osTypes': [],
  'imageTypeQueries.detail': ['t1'],
  'keypairQueries.list': ['p1'],
  'keypairQueries.detail': ['p1', 'k1'],
  'networkQueries.list': ['p1'],
  'networkQueries.securityGroups': ['p1'],
  'projectQueries.list': [],
  'projectQueries.azones': ['p1'],
  'projectQueries.users': ['p1'],
  'projectQueries.assignments': [''],
  'quotaQueries.limits': ['p1'],
  'quotaQueries.list': [],
  'quotaTemplateQueries.list': [],
  'quotaTemplateQueries.detail': ['t1'],
  'userQueries.list': [],
  'serverGroupQueries.list': ['p1', true],
  'serverQueries.list': ['p1', { limit: 20, name: 'web' }],
  'serverQueries.count': ['p1', { status: 'ERROR', limit: 200 }],
  'serverQueries.detail': ['p1', 's1'],
  'serverQueries.console': ['p1', 's1', 0],
  'volumeQueries.list': ['p1'],
  'serverDeviceQueries.volumes': ['p1', 's1'],
  'serverDeviceQueries.attachable': ['p1', 's1', 'db'],
  'serverDeviceQueries.interfaces': ['p1', 's1'],
  'snapshotQueries.list': ['p1'],
};

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Which endpoints a query function calls: the client is stubbed to record and fail. */
async function endpointsOf(queryFn: unknown, queryKey: readonly unknown[]) {
  const seen: string[] = [];
  for (const method of METHODS) {
    vi.spyOn(api, method).mockImplementation(((path: string) => {
      seen.push(`${method} ${path}`);
      return Promise.reject(new Error('stubbed'));
    }) as never);
  }
  if (typeof queryFn === 'function') {
    await Promise.resolve(
      queryFn({ queryKey, signal: new AbortController().signal, meta: undefined }),
    ).catch(() => undefined);
  }
  return seen;
}

/** The key with its arguments blanked out: what stays is the shape one endpoint must keep. */
function shapeOf(key: readonly unknown[], args: readonly unknown[]) {
  return JSON.stringify(
    key.map((part) => {
      if (args.includes(part)) return '*';
      if (typeof part === 'object' && part !== null) return '{…}';
      return part;
    }),
  );
}

function builders() {
  const out: { name: string; build: Builder }[] = [];
  for (const [file, exports] of Object.entries(modules)) {
    for (const [exportName, value] of Object.entries(exports)) {
      if (!exportName.endsWith('Queries') || typeof value !== 'object' || value === null) continue;
      for (const [method, build] of Object.entries(value)) {
        if (typeof build === 'function') out.push({ name: `${exportName}.${method}`, build });
        else throw new Error(`${file}: ${exportName}.${method} is not a builder`);
      }
    }
  }
  return out;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('resource modules', () => {
  it('have sample arguments for every query builder (so the walk below sees all of them)', () => {
    const names = builders().map((b) => b.name);
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((n) => !(n in SAMPLES))).toEqual([]);
  });

  it('read each endpoint under one key shape, starting from its root key', async () => {
    const roots = Object.values(rootKeys).map((k) => k[0]);
    const shapes = new Map<string, Set<string>>();
    const unrooted: string[] = [];
    for (const { name, build } of builders()) {
      const args = SAMPLES[name] ?? [];
      const options = build(...(args as never[]));
      if (!roots.includes(options.queryKey[0] as never)) unrooted.push(name);
      const endpoints = await endpointsOf(options.queryFn, options.queryKey);
      expect(endpoints, name).not.toEqual([]);
      for (const endpoint of endpoints) {
        const set = shapes.get(endpoint) ?? new Set<string>();
        set.add(shapeOf(options.queryKey, args));
        shapes.set(endpoint, set);
      }
    }
    expect(unrooted).toEqual([]);
    const twice = [...shapes].filter(([, set]) => set.size > 1).map(([e, set]) => [e, [...set]]);
    expect(twice).toEqual([]);
  });

  it('are the only callers of the API client (auth and the client itself aside)', () => {
    const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}'], {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const callers = Object.entries(sources)
      .filter(([, text]) => /\bapi\.(GET|POST|PUT|PATCH|DELETE)\(/.test(text))
      .map(([path]) => path)
      .filter((path) => !path.startsWith('/src/api/resources/'))
      .filter((path) => !path.startsWith('/src/features/auth/'));
    expect(callers).toEqual([]);
  });
});
