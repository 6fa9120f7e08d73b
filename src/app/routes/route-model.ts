// The route table's types and the pure functions that derive the menu and breadcrumbs from it.
// The table itself is route-table.tsx; the router is built from it in to-route-objects.tsx.
import type { ComponentType } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { matchPath } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import type { LazyNamespace } from '@/i18n';

export type Role = 'admin' | 'any';

export const MENU_GROUPS = [
  'compute',
  'images',
  'bareMetal',
  'resourcePools',
  'infrastructure',
  'identity',
  'physicalMachines',
] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

/** A title key in the `shell` namespace (nav.*), so the menu needs no feature namespace. */
export type NavTitleKey = Extract<ParseKeys<'shell'>, `nav.${string}`>;

/**
 * What a route's lazy module exports. `Component` is required. `loader` may prefetch
 * (`queryClient.ensureQueryData(...)`); it receives the app's QueryClient as second argument
 * because a feature may not import src/app.
 */
export type RouteModule = {
  Component: ComponentType;
  loader?: (args: LoaderFunctionArgs, queryClient: QueryClient) => unknown;
};

/**
 * A page's data, asked for while its code downloads: a small module (the resource's queries and
 * the page's URL-to-query mapping, no components) whose `prefetch` starts the page's first
 * request, under the same key the page then reads, so the page finds it in flight or done.
 */
export type RoutePrefetch = {
  prefetch: (args: LoaderFunctionArgs, queryClient: QueryClient) => unknown;
};

export type AppRoute = {
  /** Absolute path, e.g. '/images/:id'. A child's path starts with its parent's. */
  path: string;
  titleKey: NavTitleKey;
  /** Menu section; null = top level. */
  group: MenuGroup | null;
  icon?: ComponentType;
  role: Role;
  /** Shown in the side menu. Default: true unless the path has a parameter (":id"). */
  menu?: boolean;
  /** Translation namespaces loaded together with the module. */
  ns?: LazyNamespace[];
  lazy: () => Promise<RouteModule>;
  /** Starts the page's first requests in parallel with `lazy` (see RoutePrefetch). */
  prefetch?: () => Promise<RoutePrefetch>;
  /** Routes rendered in this route's <Outlet/> (drawers as deep-linkable child routes). */
  children?: AppRoute[];
};

export function canAccess(route: Pick<AppRoute, 'role'>, isAdmin: boolean): boolean {
  return route.role === 'any' || isAdmin;
}

const flattened = new WeakMap<readonly AppRoute[], AppRoute[]>();

/** Every route of the table, parents before their children (computed once per table). */
export function flattenRoutes(routes: readonly AppRoute[]): AppRoute[] {
  let all = flattened.get(routes);
  if (!all) {
    all = routes.flatMap((r) => [r, ...flattenRoutes(r.children ?? [])]);
    flattened.set(routes, all);
  }
  return all;
}

const inMenu = (r: AppRoute) => r.menu ?? !r.path.includes(':');

export type MenuEntry = { path: string; titleKey: NavTitleKey; icon?: ComponentType };
export type MenuSection =
  { kind: 'item'; item: MenuEntry } | { kind: 'group'; group: MenuGroup; items: MenuEntry[] };

/**
 * The side menu for a role: top-level items first, then one section per group in MENU_GROUPS
 * order. A tenant never sees admin routes; an empty group is left out.
 */
export function buildMenu(routes: readonly AppRoute[], isAdmin: boolean): MenuSection[] {
  const visible = flattenRoutes(routes).filter((r) => inMenu(r) && canAccess(r, isAdmin));
  const entry = ({ path, titleKey, icon }: AppRoute): MenuEntry =>
    icon ? { path, titleKey, icon } : { path, titleKey };
  const top: MenuSection[] = visible
    .filter((r) => r.group === null)
    .map((r) => ({ kind: 'item', item: entry(r) }));
  const groups: MenuSection[] = MENU_GROUPS.flatMap((group) => {
    const items = visible.filter((r) => r.group === group).map(entry);
    return items.length ? [{ kind: 'group' as const, group, items }] : [];
  });
  return [...top, ...groups];
}

/** The table route that renders `pathname`, if any. */
export function findRoute(routes: readonly AppRoute[], pathname: string): AppRoute | undefined {
  return flattenRoutes(routes).find((r) => matchPath({ path: r.path, end: true }, pathname));
}

const segments = (path: string) => path.split('/').filter(Boolean);

/** The route itself and the table routes above it by path, outermost first: /images, /images/:id. */
export function routeTrail(routes: readonly AppRoute[], route: AppRoute): AppRoute[] {
  const own = segments(route.path);
  return flattenRoutes(routes)
    .filter((r) => {
      const s = segments(r.path);
      return s.length <= own.length && s.every((seg, i) => seg === own[i]);
    })
    .sort((a, b) => segments(a.path).length - segments(b.path).length);
}

/** The menu key to highlight: the deepest menu route whose path prefixes the current one. */
export function selectedMenuPath(routes: readonly AppRoute[], pathname: string): string | null {
  const route = findRoute(routes, pathname);
  if (!route) return null;
  const trail = routeTrail(routes, route).filter(inMenu);
  return trail.at(-1)?.path ?? null;
}
