// Vitest setup for the web project (happy-dom). Vitest runs it again before every test file.
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import dayjs from 'dayjs';

// The one place waits are sized. testing-library's default (1 s) timed out on a busy 2-core CI
// machine while a table of 20 rows re-rendered, and at a load of 20 on 2 cores the create-server
// wizard's tests ran up to 20 times slower than at rest. 15 s stays well under the test timeout
// (60 s, vitest.config.ts), so a wait that never succeeds still reports what it was waiting for.
// A wait that succeeds returns as soon as it can: the size costs nothing when tests pass.
configure({ asyncUtilTimeout: 15_000 });

// The web project runs files one after another in a shared worker (isolate: false in
// vitest.config.ts), so antd, React and happy-dom load once per worker rather than once per file.
// Our own modules are evaluated afresh for every file, so their state (the i18n instance and its
// loaded namespaces, the session, the batch store) starts clean in every file, as it did with
// isolation. Libraries keep theirs, so what the app sets on them is reset below.
vi.resetModules();
const { i18n } = await import('@/i18n');

const realFetch = globalThis.fetch;

beforeEach(async () => {
  // Tests start in English unless they switch; a test's own switch must not leak into the next.
  await i18n.changeLanguage('en-US');
  dayjs.locale('en');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  sessionStorage.clear();
  localStorage.clear();
  globalThis.fetch = realFetch;
  // What the app writes on the document outside its React tree: title, theme, language.
  document.head.querySelector('title')?.remove();
  for (const element of [document.documentElement, document.body]) {
    for (const name of element.getAttributeNames()) element.removeAttribute(name);
  }
});
