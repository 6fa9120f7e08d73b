import { defineConfig } from '@playwright/test';

// e2e runs the production build (vite preview) against an ephemeral simulator with test control,
// on ports of its own so a developer's `npm start` can keep running.
const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 11090);
const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 4190);
export const SIM_URL = `http://127.0.0.1:${SIM_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // One simulator serves every test and tests reset it, so they run one at a time.
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'zh-CN', use: { locale: 'zh-CN' } },
    { name: 'en-US', use: { locale: 'en-US' } },
  ],
  webServer: [
    {
      command: `node simulator/src/cli.ts --ephemeral --control --quiet --port ${SIM_PORT} --delay-scale 0.2`,
      url: `${SIM_URL}/__sim/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `sh -c '[ -f dist/index.html ] || npx vite build; npx vite preview --port ${WEB_PORT} --strictPort --host 127.0.0.1'`,
      url: `http://127.0.0.1:${WEB_PORT}`,
      env: { CLOUDOS_API_URL: SIM_URL },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
