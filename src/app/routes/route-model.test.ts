import { describe, expect, it } from 'vitest';
import {
  buildMenu,
  canAccess,
  findRoute,
  routeTrail,
  selectedMenuPath,
  type AppRoute,
} from './route-model';
import { APP_ROUTES, INFORMATION_ARCHITECTURE } from './route-table';

const page = async () => ({ Component: () => null });

const TABLE: AppRoute[] = [
  { path: '/overview', titleKey: 'nav.overview', group: null, role: 'any', lazy: page },
  { path: '/images', titleKey: 'nav.images', group: 'images', role: 'any', lazy: page },
  { path: '/images/:id', titleKey: 'nav.imageDetail', group: 'images', role: 'any', lazy: page },
  { path: '/image-types', titleKey: 'nav.imageTypes', group: 'images', role: 'admin', lazy: page },
  { path: '/servers', titleKey: 'nav.servers', group: 'compute', role: 'any', lazy: page },
  { path: '/users', titleKey: 'nav.users', group: 'identity', role: 'admin', lazy: page },
];

const paths = (menu: ReturnType<typeof buildMenu>) =>
  menu.map((s) => (s.kind === 'item' ? s.item.path : [s.group, s.items.map((i) => i.path)]));

describe('menu from the route table', () => {
  it('shows an admin every page, top-level first, groups in their fixed order', () => {
    expect(paths(buildMenu(TABLE, true))).toEqual([
      '/overview',
      ['compute', ['/servers']],
      ['images', ['/images', '/image-types']],
      ['identity', ['/users']],
    ]);
  });

  it('never shows a tenant admin pages, and drops groups left empty', () => {
    expect(paths(buildMenu(TABLE, false))).toEqual([
      '/overview',
      ['compute', ['/servers']],
      ['images', ['/images']],
    ]);
  });

  it('keeps parameterised routes out of the menu', () => {
    const all = buildMenu(TABLE, true).flatMap((s) => (s.kind === 'item' ? [s.item] : s.items));
    expect(all.map((i) => i.path)).not.toContain('/images/:id');
  });

  it('lists the pages that exist, by role, without parameterised detail pages', () => {
    expect(paths(buildMenu(APP_ROUTES, true))).toEqual([
      '/overview',
      [
        'compute',
        [
          '/servers',
          '/keypairs',
          '/server-groups',
          '/snapshots',
          '/snapshot-policies',
          '/server-templates',
        ],
      ],
      ['images', ['/images', '/image-types']],
      ['bareMetal', ['/bare-metal/nodes']],
      ['resourcePools', ['/resource-pools/cas', '/resource-pools/vmware']],
      [
        'infrastructure',
        [
          '/availability-zones',
          '/aggregates',
          '/compute-nodes',
          '/hypervisors',
          '/flavors',
          '/resource-specs',
          '/drx',
        ],
      ],
      ['identity', ['/quotas', '/quota-templates', '/organizations', '/users']],
      [
        'physicalMachines',
        ['/physical-machines/orders', '/physical-machines/refunds', '/managed-vms'],
      ],
    ]);
    expect(paths(buildMenu(APP_ROUTES, false))).toEqual([
      '/overview',
      [
        'compute',
        [
          '/servers',
          '/keypairs',
          '/server-groups',
          '/snapshots',
          '/snapshot-policies',
          '/server-templates',
        ],
      ],
      ['images', ['/images']],
      ['identity', ['/quotas']],
      [
        'physicalMachines',
        ['/physical-machines/orders', '/physical-machines/refunds', '/managed-vms'],
      ],
    ]);
  });
});

describe('role checks', () => {
  it('lets admins in everywhere and tenants only into "any" routes', () => {
    expect(canAccess({ role: 'admin' }, true)).toBe(true);
    expect(canAccess({ role: 'admin' }, false)).toBe(false);
    expect(canAccess({ role: 'any' }, false)).toBe(true);
  });
});

describe('breadcrumb trail and selection', () => {
  it('finds the route of a URL and the routes above it', () => {
    const detail = findRoute(TABLE, '/images/abc');
    expect(detail?.path).toBe('/images/:id');
    expect(detail && routeTrail(TABLE, detail).map((r) => r.path)).toEqual([
      '/images',
      '/images/:id',
    ]);
    expect(findRoute(TABLE, '/nope')).toBeUndefined();
  });

  it('highlights the list entry while on a detail page', () => {
    expect(selectedMenuPath(TABLE, '/images/abc')).toBe('/images');
    expect(selectedMenuPath(TABLE, '/overview')).toBe('/overview');
    expect(selectedMenuPath(TABLE, '/nope')).toBeNull();
  });
});

describe('information architecture', () => {
  it('registers only paths of the information architecture', () => {
    const known = new Set(INFORMATION_ARCHITECTURE.map((e) => e.path));
    for (const route of APP_ROUTES) expect(known.has(route.path)).toBe(true);
  });

  it('has unique paths', () => {
    const all = INFORMATION_ARCHITECTURE.map((e) => e.path);
    expect(new Set(all).size).toBe(all.length);
  });
});
