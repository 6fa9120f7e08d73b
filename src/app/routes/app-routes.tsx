// The whole route tree: /login outside the shell, every table route inside it.
import { Outlet, redirect, type MiddlewareFunction, type RouteObject } from 'react-router';
import { currentLanguage, loadNamespace } from '@/i18n';
import { loadAntdLocale } from '@/i18n/antd-locale';
import { HOME_PATH, loginPathFor, safeNextPath } from '@/features/auth/model/next-path';
import { getValidSession } from '@/api/session';
import { BootSpinner } from '../pages/boot-spinner';
import { RootErrorBoundary } from '../pages/root-error-boundary';
import type { AppRoute } from './route-model';
import { toRouteObjects, type GetQueryClient } from './to-route-objects';

/** Anonymous (or expired) visitors of any shell page go to /login?next=<where they were>. */
const requireSession: MiddlewareFunction = ({ request }) => {
  if (getValidSession()) return;
  const url = new URL(request.url);
  throw redirect(loginPathFor(url.pathname + url.search));
};

/**
 * antd's ConfigProvider (theme, locale) for every signed-in page, with antd's strings for the
 * language (waited for: 2 KB rather than a flash of English). The login page renders without
 * antd, which was most of its first load's CPU time.
 */
async function loadAntdLayer() {
  const [{ AppProviders }] = await Promise.all([
    import('../providers'),
    loadAntdLocale(currentLanguage()),
  ]);
  return {
    Component: function AntdLayer() {
      return (
        <AppProviders>
          <Outlet />
        </AppProviders>
      );
    },
  };
}

const loadShell = async () => {
  const [layout, pages] = await Promise.all([
    import('../layouts/shell-layout'),
    import('../pages/status-pages'),
    // The shared machinery's strings come with the shell: the login page needs none.
    loadNamespace('shell', 'ui'),
  ]);
  return { Component: layout.ShellLayout, ErrorBoundary: pages.RouteErrorBoundary };
};

/**
 * What the step after sign-in needs (antd, the shell, the query client), fetched and evaluated
 * while the user types, once the login form is up and the page idle: signing in is then no
 * slower than when the login page loaded antd itself. Failures are left for the real navigation
 * to report.
 */
function prefetchSignedIn(getQueryClient: GetQueryClient) {
  const run = () => {
    void Promise.all([loadAntdLayer(), loadShell(), getQueryClient()]).catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}

export function createAppRoutes(
  routes: readonly AppRoute[],
  getQueryClient: GetQueryClient,
): RouteObject[] {
  return [
    {
      id: 'root',
      HydrateFallback: BootSpinner,
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
            prefetchSignedIn(getQueryClient);
            return { Component: mod.Component };
          },
        },
        {
          id: 'antd',
          lazy: loadAntdLayer,
          children: [
            {
              id: 'shell',
              path: '/',
              middleware: [requireSession],
              lazy: loadShell,
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
      ],
    },
  ];
}
