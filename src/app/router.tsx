// The only place features meet: the route table's pages under the shell, /login outside it.
import { createBrowserRouter } from 'react-router';
import { createAppRoutes } from './routes/app-routes';
import { APP_ROUTES } from './routes/route-table';

/** The query client comes with the shell's code; loaders that prefetch wait for it. */
export const loadQueryClient = () => import('./query-client').then((m) => m.queryClient);

export const router = createBrowserRouter(createAppRoutes(APP_ROUTES, loadQueryClient));
