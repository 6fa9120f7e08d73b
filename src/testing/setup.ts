// Vitest setup for the web project (happy-dom).
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { i18n } from '@/i18n';

// The one place waits are sized. testing-library's default (1 s) timed out on a busy 2-core CI
// machine while a table of 20 rows re-rendered. 10 s stays under the test timeout (20 s,
// vitest.config.ts), so a wait that never succeeds still reports what it was waiting for. A wait
// that succeeds returns as soon as it can, so the size costs nothing when tests pass.
configure({ asyncUtilTimeout: 10_000 });

const realFetch = globalThis.fetch;

beforeEach(async () => {
  // Tests start in English unless they switch; a test's own switch must not leak into the next.
  await i18n.changeLanguage('en-US');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  sessionStorage.clear();
  localStorage.clear();
  globalThis.fetch = realFetch;
});
