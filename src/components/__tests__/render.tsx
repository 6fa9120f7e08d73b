// Renders a component with the providers shared components expect: i18n (ui namespace), a data
// router (URL state lives in search params), react-query and antd's App context.
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { App as AntApp, ConfigProvider } from 'antd';
import { A11yStyles } from '@/testing/a11y-styles';
import { createTestI18n, type TestLanguage } from './test-i18n';

export type RenderOptions = { url?: string; lng?: TestLanguage };

export async function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const i18n = await createTestI18n(options.lng);
  const router = createMemoryRouter([{ path: '*', element: ui }], {
    initialEntries: [options.url ?? '/'],
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <A11yStyles>
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          {/* Motion off: antd's leave animations would keep closed dialogs in the DOM. */}
          <ConfigProvider theme={{ token: { motion: false } }}>
            <AntApp>
              <RouterProvider router={router} />
            </AntApp>
          </ConfigProvider>
        </I18nextProvider>
      </QueryClientProvider>
    </A11yStyles>,
  );
  const search = () => new URLSearchParams(router.state.location.search);
  return { ...result, router, i18n, search, queryClient };
}
