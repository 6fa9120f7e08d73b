// Vitest setup for the web project (happy-dom).
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { i18n } from '@/i18n';

const realFetch = globalThis.fetch;

beforeEach(async () => {
  // Tests start in English unless they switch; a test's own switch must not leak into the next.
  await i18n.changeLanguage('en-US');
});

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
  globalThis.fetch = realFetch;
});
