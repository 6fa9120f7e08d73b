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
          // A guard against hangs, not a speed limit. The heaviest tests (the create-server wizard:
          // about 6 s of CPU) took 16-25 s at a load of 11-22 on this 2-core machine, and 20 s cut
          // them off. testing-library's waits are sized in src/testing/setup.ts, well below this.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'node',
          include: [
            'simulator/**/*.test.ts',
            'openapi/**/*.test.ts',
            'scripts/**/*.test.ts',
            'server/**/*.test.ts',
          ],
          environment: 'node',
          // Files share a worker's module cache: the spec is parsed and its validators compiled
          // once per worker, not once per file ([S1]). Each file already builds its own simulator
          // and closes it (simulator/test/server-fixtures.ts), and no module here keeps state
          // between simulators. Measured on the 2-core machine, idle: 82 s -> 36 s for this
          // project; green in shuffled order (--sequence.shuffle, several seeds).
          isolate: false,
          testTimeout: 20000,
        },
      },
    ],
  },
});
