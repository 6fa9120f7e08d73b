import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { WAITS } from './e2e/support/waits';

// e2e runs the production build (vite preview) against an ephemeral simulator with test control,
// on ports of its own so a developer's `npm start` can keep running.
const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 11090);
const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 4190);
export const SIM_URL = `http://127.0.0.1:${SIM_PORT}`;
const CI = Boolean(process.env.CI);

// The browser: Debian's chromium-headless-shell when it is installed (.ci/run installs it), else
// Debian's Chromium. The headless shell is the browser without the desktop browser around it
// (Playwright's own default for headless runs). Measured here, the same 10 tests (2 workers):
// 123-159 CPU-s against 185-193 CPU-s with the full Chromium, most of the difference in the
// renderers and the browser process. The suite is CPU-bound on 2 cores, so that is wall time.
// `npm run bench` keeps the full Chromium: it measures what users run.
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const BROWSER =
  process.env.E2E_CHROMIUM_PATH ??
  (existsSync(HEADLESS_SHELL)
    ? HEADLESS_SHELL
    : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'));

export default defineConfig({
  testDir: 'e2e',
  timeout: WAITS.test,
  expect: { timeout: WAITS.expect },
  // Every test has a simulator world of its own (e2e/support/fixtures.ts), so tests run in any
  // order and at the same time.
  fullyParallel: true,
  // Measured on this 2-core machine while other jobs kept it at a load average of 11-22 (13 tests,
  // one language): 1 worker 5.5 min, 2 workers 2.9-3.2, 3 workers 2.6-2.9, 4 workers 3.1. The
  // suite spends its time waiting on the app, so a second worker halves it; past that each extra
  // Chromium mostly slows the others' steps (more risk near the waits) for a gain within noise.
  workers: 2,
  // A flaky test is a bug to fix, not to hide: locally nothing is retried, so it shows. In CI one
  // retry keeps an unrelated change from being blocked, and the flaky reporter lists the test.
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  // The budget reporter prints each spec file's test time and fails a CI run with a spec file over
  // its budget (e2e/support/budget.ts says why the numbers are what they are).
  reporter: CI
    ? [['list'], ['./e2e/support/flaky-reporter.ts'], ['./e2e/support/budget-reporter.ts']]
    : [
        ['list'],
        ['./e2e/support/flaky-reporter.ts'],
        ['./e2e/support/budget-reporter.ts'],
        ['html', { open: 'never' }],
      ],
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}`,
    actionTimeout: WAITS.action,
    navigationTimeout: WAITS.navigation,
    // Recording a trace (DOM snapshots and screencast at every step) tripled the suite's CPU time
    // and wall time here (keypairs + server groups + smoke: 14 -> 41 CPU-s, 1.1 -> 3.2 min), which
    // on a shared machine slows every test and invites timeouts. So only a retry records one: in
    // CI a failing or flaky test leaves a trace of its second run. Locally, a failure leaves its
    // screenshot and page snapshot; add `--trace on` to record one.
    trace: 'on-first-retry',
    // The browser asks for reduced motion, which the console honours (src/app/theme/reduced-motion.ts):
    // drawers, modals and menus open and close at once, so no step waits for an animation to end
    // and no frames are painted for one on a machine the other worker is also using.
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: BROWSER,
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
  // Languages, cheaply: each test carries one tag (checked by the fixture). `@both` runs in both
  // projects (the main flow of each area, the route walk); `@zh` / `@en` in one. The filter drops
  // the other language's tag rather than selecting this one's, so a test that forgot its tag
  // still runs, and the fixture fails it with a message, instead of silently running nowhere.
  projects: [
    { name: 'zh-CN', use: { locale: 'zh-CN' }, grepInvert: /@en\b/ },
    { name: 'en-US', use: { locale: 'en-US' }, grepInvert: /@zh\b/ },
  ],
  webServer: [
    {
      command: `node simulator/src/cli.ts --ephemeral --control --quiet --port ${SIM_PORT} --delay-scale 0.2`,
      url: `${SIM_URL}/__sim/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The production server (server/serve.ts), with its headers and CSP: what users get.
      command: `sh -c '[ -f dist/index.html ] || npx vite build; node server/serve.ts'`,
      url: `http://127.0.0.1:${WEB_PORT}/healthz`,
      env: { CLOUDOS_API_URL: SIM_URL, PORT: String(WEB_PORT), CLOUDOS_LOG: '0' },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
