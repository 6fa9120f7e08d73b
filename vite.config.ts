import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, loadEnv, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { API_PREFIXES, upstreamOf } from './server/api-prefixes.ts';

// Keys are anchored RegExps: a plain '/os' key is a prefix match and would also swallow '/osx'
// (see shared/TOOLCHAIN.md).

function apiProxy(targets: { apiUrl: string; manaApiUrl: string }): Record<string, ProxyOptions> {
  return Object.fromEntries(
    API_PREFIXES.map((p) => [
      `^/${p}(?:/|\\?|$)`,
      { target: upstreamOf(p, targets), changeOrigin: true },
    ]),
  );
}

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Writes `.br` and `.gz` beside every script, style and image asset of the build, so the production server
 * (server/serve.ts) sends compressed files without compressing on each request. Brotli at its
 * best quality: done once per build (about a second here, on the thread pool), read by every user.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'cloudos-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((f) =>
        /\.(js|css|svg|json)$/.test(f),
      );
      await Promise.all(
        files.map(async (f) => {
          const path = join(outDir, f);
          const data = await readFile(path);
          if (data.length < 1024) return;
          const [br, gzipped] = await Promise.all([
            brotli(data, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
              },
            }),
            gz(data, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
        }),
      );
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const apiUrl = env.CLOUDOS_API_URL ?? 'http://127.0.0.1:11000';
  // mana_api has a host of its own in real deployments; the gateway's (the simulator) by default.
  const proxy = apiProxy({ apiUrl, manaApiUrl: env.MANA_API_URL || apiUrl });
  return {
    plugins: [react(), precompress()],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    server: { port: Number(env.PORT ?? 5173), strictPort: false, proxy },
    preview: { port: Number(env.PREVIEW_PORT ?? 4173), strictPort: true, proxy },
    build: {
      manifest: true,
      sourcemap: false,
      chunkSizeWarningLimit: 600,
    },
  };
});
