// Render helpers with the real providers (react-query, antd, i18n) and a memory router.
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { changeLanguage, type Language } from '@/i18n';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { installAuthBridge } from '@/app/auth-bridge';
import { createAppRoutes } from '@/app/routes/app-routes';
import { AppRoutesContext } from '@/app/routes/app-routes-context';
import { APP_ROUTES } from '@/app/routes/route-table';
import type { AppRoute } from '@/app/routes/route-model';
import { A11yStyles } from './a11y-styles';

/** The app's client without retries or error notifications, so tests fail fast and quietly. */
export function createTestQueryClient(): QueryClient {
  const client = createQueryClient(() => undefined);
  client.setDefaultOptions({
    ...client.getDefaultOptions(),
    queries: { ...client.getDefaultOptions().queries, retry: false },
  });
  return client;
}

type Options = { language?: Language; queryClient?: QueryClient };

function mount(
  router: ReturnType<typeof createMemoryRouter>,
  queryClient: QueryClient,
  routes: readonly AppRoute[],
) {
  const result = render(
    <A11yStyles>
      <AppRoutesContext value={routes}>
        {/* The app loads its client with the shell; tests give every render a fresh one. */}
        <QueryClientProvider client={queryClient}>
          <AppProviders styles="runtime">
            <RouterProvider router={router} />
          </AppProviders>
        </QueryClientProvider>
      </AppRoutesContext>
    </A11yStyles>,
  );
  return { ...result, router, queryClient };
}

/** Renders one element at `path` (default "/") inside the providers and a router. */
export async function renderWithProviders(
  ui: ReactElement,
  {
    language = 'en-US',
    queryClient = createTestQueryClient(),
    path = '/',
  }: Options & { path?: string } = {},
) {
  await changeLanguage(language);
  const routes: RouteObject[] = [{ path: '*', element: ui }];
  return mount(createMemoryRouter(routes, { initialEntries: [path] }), queryClient, APP_ROUTES);
}

/** Renders the whole app (shell, guards, lazy pages) at `path`, with the given route table. */
export async function renderApp(
  path: string,
  {
    language = 'en-US',
    queryClient = createTestQueryClient(),
    routes = APP_ROUTES,
  }: Options & { routes?: readonly AppRoute[] } = {},
) {
  await changeLanguage(language);
  const router = createMemoryRouter(
    createAppRoutes(routes, async () => queryClient),
    {
      initialEntries: [path],
    },
  );
  installAuthBridge(router, () => queryClient.clear());
  return mount(router, queryClient, routes);
}
