// Starts the app: the router, the theme on <html>, the React root. Loaded by the entry (main.tsx),
// which may first let a prerendered login form paint.
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import './locale-sync';
import { installAuthBridge } from './auth-bridge';
import { BootSpinner } from './pages/boot-spinner';
import { loadQueryClient, router } from './router';
import { currentMode, subscribe as subscribeTheme } from './theme/theme-preference';

installAuthBridge(router, () => void loadQueryClient().then((client) => client.clear()));

// The theme in effect on <html>, for what is drawn without antd (the login page's stylesheet);
// under the shell antd's ConfigProvider (providers.tsx) follows the same preference.
const applyTheme = () => {
  document.documentElement.dataset.theme = currentMode();
};
applyTheme();
subscribeTheme(applyTheme);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// No antd around the router: the login page renders without it; the signed-in pages' route
// (routes/app-routes.tsx) loads antd's providers and locale before the shell.
// `useTransitions={false}`: the router's state updates render at once. A data router updates its
// state only once the next page's code and loaders are in, so nothing suspends and a transition
// kept nothing on screen; it only sliced the render between frames, which cost a warm navigation
// about 90 ms on 2 cores (README, "Performance at scale").
createRoot(container).render(
  <StrictMode>
    <Suspense fallback={<BootSpinner />}>
      <RouterProvider router={router} useTransitions={false} />
    </Suspense>
  </StrictMode>,
);
