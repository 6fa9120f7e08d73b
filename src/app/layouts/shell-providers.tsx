// What only signed-in pages need, loaded with the shell rather than with the login page:
// react-query (the app's client, unless a test already provided one), antd's <App> for
// App.useApp() (message, notification, modal), the global error notifier and the batch drawer.
import { useContext, type ReactNode } from 'react';
import { QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { BatchDrawer } from '@/components/batch/batch-drawer';
import { GlobalErrorNotifier } from '../global-error-notifier';
import { queryClient } from '../query-client';

export function ShellProviders({ children }: { children: ReactNode }) {
  const provided = useContext(QueryClientContext);
  const content = (
    <App>
      <GlobalErrorNotifier />
      {children}
      {/* Batches outlive the page that started them, so their indicator lives in the shell. */}
      <BatchDrawer />
    </App>
  );
  return provided ? (
    content
  ) : (
    <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>
  );
}
