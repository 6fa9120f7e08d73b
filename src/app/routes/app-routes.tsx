// The whole route tree: /login outside the shell, every table route inside it.
import { redirect, type MiddlewareFunction, type RouteObject } from 'react-router';
import { loadNamespace } from '@/i18n';
import { HOME_PATH, loginPathFor, safeNextPath } from '@/features/auth/model/next-path';
import { getValidSession } from '@/api/session';
import { PageSpinner } from '../pages/page-spinner';
import { RootErrorBoundary } from '../pages/root-error-boundary';
import type { AppRoute } from './route-model';
import { toRouteObjects, type GetQueryClient } from './to-route-objects';

/** Anonymous (or expired) visitors of any shell page go to /login?next=<where they were>. */
const requireSession: MiddlewareFunction = ({ request }) => {
  if (getValidSession()) return;
  const url = new URL(request.url);
  throw redirect(loginPathFor(url.pathname + url.search));
};

export function createAppRoutes(
  routes: readonly AppRoute[],
  getQueryClient: GetQueryClient,
): RouteObject[] {
  return [
    {
      id: 'root',
      HydrateFallback: PageSpinner,
      ErrorBoundary: RootErrorBoundary,
      children: [
        {
          path: '/login',
          loader: ({ request }) => {
            // Already signed in: straight to where the user was going.
            if (!getValidSession()) return null;
            return redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
          },
          lazy: async () => {
            const [mod] = await Promise.all([
              import('@/features/auth/routes/login-page'),
              loadNamespace('auth'),
            ]);
            return { Component: mod.Component };
          },
        },
        {
          id: 'shell',
          path: '/',
          middleware: [requireSession],
          lazy: async () => {
            const [layout, pages] = await Promise.all([
              import('../layouts/shell-layout'),
              import('../pages/status-pages'),
              // The shared machinery's strings come with the shell: the login page needs none.
              loadNamespace('shell', 'ui'),
            ]);
            return { Component: layout.ShellLayout, ErrorBoundary: pages.RouteErrorBoundary };
          },
          children: [
            { index: true, loader: () => redirect(HOME_PATH) },
            ...toRouteObjects(routes, getQueryClient),
            {
              path: '*',
              lazy: async () => ({
                Component: (await import('../pages/status-pages')).NotFoundPage,
              }),
            },
          ],
        },
      ],
    },
  ];
}
