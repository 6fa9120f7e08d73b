import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

// Every first path segment the API spec uses. Keys are anchored RegExps: a plain '/os' key is a
// prefix match and would also swallow '/osx' (see shared/TOOLCHAIN.md).
export const API_PREFIXES = ['os', 'cloudos', 'mana_api', 'v1', 'v2', 'v3', '__sim'] as const;

function apiProxy(target: string): Record<string, ProxyOptions> {
  return Object.fromEntries(
    API_PREFIXES.map((p) => [`^/${p}(?:/|\\?|$)`, { target, changeOrigin: true }]),
  );
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const target = env.CLOUDOS_API_URL ?? 'http://127.0.0.1:11000';
  const proxy = apiProxy(target);
  return {
    plugins: [react()],
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
