import { describe, expect, it } from 'vitest';
import type { AppRoute } from '../routes/route-model';
import { matchEntries, paletteEntries } from './palette-model';

const page = async () => ({ Component: () => null });
const ROUTES: AppRoute[] = [
  { path: '/overview', titleKey: 'nav.overview', group: null, role: 'any', lazy: page },
  { path: '/servers', titleKey: 'nav.servers', group: 'compute', role: 'any', lazy: page },
  { path: '/servers/:id', titleKey: 'nav.servers', group: 'compute', role: 'any', lazy: page },
  { path: '/flavors', titleKey: 'nav.flavors', group: 'infrastructure', role: 'admin', lazy: page },
  { path: '/drx', titleKey: 'nav.drx', group: 'infrastructure', role: 'admin', lazy: page },
];
const TITLES: Record<string, string> = {
  '/overview': 'Overview',
  '/servers': 'Cloud servers',
  '/flavors': 'Flavors',
  '/drx': 'DRX',
};
const GROUPS: Record<string, string> = { compute: 'Compute', infrastructure: 'Infrastructure' };
const label = (e: { path: string; group: string | null }) => ({
  title: TITLES[e.path] ?? e.path,
  group: e.group ? (GROUPS[e.group] ?? '') : '',
});

describe('command palette', () => {
  it('offers the pages of the menu the role may see, never a detail page', () => {
    expect(paletteEntries(ROUTES, false).map((e) => e.path)).toEqual(['/overview', '/servers']);
    expect(paletteEntries(ROUTES, true).map((e) => e.path)).toEqual([
      '/overview',
      '/servers',
      '/flavors',
      '/drx',
    ]);
  });

  it('matches titles, groups and paths, titles starting with the query first', () => {
    const all = paletteEntries(ROUTES, true);
    expect(matchEntries('fla', all, label).map((e) => e.path)).toEqual(['/flavors']);
    expect(matchEntries('infra', all, label).map((e) => e.path)).toEqual(['/flavors', '/drx']);
    expect(matchEntries('d', all, label).map((e) => e.path)).toEqual(['/drx', '/servers']);
    expect(matchEntries('cloud serv', all, label).map((e) => e.path)).toEqual(['/servers']);
    expect(matchEntries('nothing', all, label)).toEqual([]);
    expect(matchEntries('  ', all, label)).toHaveLength(4);
  });
});
