// Builds react-router route objects from the route table (route-table.ts). Each page:
// - loads lazily together with its translation namespaces and the shared status pages;
// - renders the 403 page instead of itself when the user's role may not see it (re-checked on
//   every render, so logging in as someone else or a project switch takes effect at once);
// - has an error boundary with a retry;
// - runs its module's `loader(args, queryClient)` only for users allowed to see it, and starts its
//   `prefetch` (the page's first requests) alongside the page's download instead of after it.
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { loadNamespace } from '@/i18n';
import { getValidSession, isAdmin } from '@/api/session';
import { useSession } from '@/hooks/use-session';
import { canAccess, type AppRoute, type Role } from './route-model';

const loadStatusPages = () => import('../pages/status-pages');

function guarded(Page: ComponentType, Forbidden: ComponentType, role: Role): ComponentType {
  return function RoleGuard() {
    const session = useSession();
    return canAccess({ role }, isAdmin(session)) ? <Page /> : <Forbidden />;
  };
}

/** The app's QueryClient, loaded on demand (it is not part of the login page's download). */
export type GetQueryClient = () => Promise<QueryClient>;

export function toRouteObjects(
  routes: readonly AppRoute[],
  getQueryClient: GetQueryClient,
): RouteObject[] {
  return routes.map((route) => ({
    path: route.path,
    loader: async (args) => {
      const session = getValidSession();
      if (!session || !canAccess(route, isAdmin(session))) return null;
      if (route.prefetch)
        // Not awaited: navigation does not wait for data; the page reads the same query entry.
        void Promise.all([route.prefetch(), getQueryClient()])
          .then(([early, qc]) => early.prefetch(args, qc))
          .catch(() => undefined);
      const mod = await route.lazy();
      return mod.loader ? ((await mod.loader(args, await getQueryClient())) ?? null) : null;
    },
    lazy: async () => {
      const [mod, pages] = await Promise.all([
        route.lazy(),
        loadStatusPages(),
        route.ns?.length ? loadNamespace(...route.ns) : undefined,
      ]);
      return {
        Component: guarded(mod.Component, pages.ForbiddenPage, route.role),
        ErrorBoundary: pages.RouteErrorBoundary,
      };
    },
    ...(route.children ? { children: toRouteObjects(route.children, getQueryClient) } : {}),
  }));
}
