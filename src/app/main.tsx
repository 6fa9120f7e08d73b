import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { currentLanguage } from '@/i18n';
import { loadAntdLocale } from '@/i18n/antd-locale';
import './locale-sync';
import { installAuthBridge } from './auth-bridge';
import { PageSpinner } from './pages/page-spinner';
import { AppProviders } from './providers';
import { loadQueryClient, router } from './router';

installAuthBridge(router, () => void loadQueryClient().then((client) => client.clear()));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// antd's Chinese strings are a chunk of their own: wait for it (2 KB) rather than flash English.
void loadAntdLocale(currentLanguage()).then(() =>
  createRoot(container).render(
    <StrictMode>
      <AppProviders>
        <Suspense fallback={<PageSpinner />}>
          <RouterProvider router={router} />
        </Suspense>
      </AppProviders>
    </StrictMode>,
  ),
);
