// The only place features meet: the route table's pages under the shell, /login outside it.
import { createBrowserRouter } from 'react-router';
import { getValidSession } from '@/api/session';
import { loginPathFor } from '@/features/auth/model/next-path';
import { createAppRoutes } from './routes/app-routes';
import { APP_ROUTES } from './routes/route-table';

/** The query client comes with the shell's code; loaders that prefetch wait for it. */
export const loadQueryClient = () => import('./query-client').then((m) => m.queryClient);

// An anonymous first load of a signed-in page (a bookmark, an expired tab) starts at /login
// directly, as the shell's session middleware would send it: matched at /servers, the router
// first downloads and runs the antd layer's, the shell's and the page's code (a route's lazy()
// runs before its middleware), ~300 KB gzip competing with the login form.
if (!getValidSession() && window.location.pathname !== '/login') {
  const { pathname, search } = window.location;
  window.history.replaceState(null, '', loginPathFor(pathname + search));
}

export const router = createBrowserRouter(createAppRoutes(APP_ROUTES, loadQueryClient));
