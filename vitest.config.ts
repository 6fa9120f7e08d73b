import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['src/testing/setup.ts'],
          // One worker runs many files: loading antd, React and happy-dom for every file was
          // more than half of this project's time. setup.ts re-evaluates our own modules per file
          // and resets what the app leaves on libraries and the document; these four options put
          // back spies and stubs.
          isolate: false,
          restoreMocks: true,
          unstubEnvs: true,
          unstubGlobals: true,
          // Tests that drive antd forms and tables through user-event take 1-3 s each on an idle
          // 2-core machine; under load (CI, helpers) vitest's 5 s default cut two of them off.
          testTimeout: 20000,
        },
      },
      {
        test: {
          name: 'node',
          include: ['simulator/**/*.test.ts', 'openapi/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20000,
        },
      },
    ],
  },
});
