import { existsSync, readdirSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, loadEnv, runnerImport, type Plugin, type ProxyOptions } from 'vite';
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

/**
 * `<link rel="modulepreload">` in index.html for what a first load runs right after the entry:
 * - the app's start (src/app/start.tsx) and every chunk it imports statically: the entry
 *   (main.tsx) imports it dynamically, after the login form drawn by index.html is painted, and
 *   by then its code is here;
 * - the `data` layer: a signed-in page's first request needs only it (the query client and the
 *   route prefetch modules, ~20 KB gzip), and fetched with the entry it is ready when the router
 *   starts; imported only then, it arrived with the shell and page chunks and its request waited,
 *   on a busy CPU for seconds, behind their evaluation. The login page downloads it too but does
 *   not run it.
 */
function preloadFirstLoad(): Plugin {
  return {
    name: 'cloudos-preload-first-load',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) =>
          c.type === 'chunk' ? [c] : [],
        );
        const start = chunks.find((c) => c.facadeModuleId?.endsWith('/src/app/start.tsx'));
        if (!start) throw new Error('preload-first-load: no chunk for src/app/start.tsx');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const dep of chunks.find((c) => c.fileName === fileName)?.imports ?? []) visit(dep);
        };
        visit(start.fileName);
        const data = chunks.find((c) => c.name === 'data' && !c.isEntry);
        if (data) files.add(data.fileName);
        return [...files]
          .filter((f) => !html.includes(`/${f}"`))
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/** What src/app/login-prerender.tsx exports. */
type LoginPrerender = { prerenderedLogin(): Promise<{ templates: string; script: string }> };

/**
 * The login form in index.html itself, so that it shows while the JavaScript behind it downloads
 * (at 10 Mbit/s + 40 ms, ~200 KB gzip of it): the login page rendered at build time in each
 * language (src/app/login-prerender.tsx), its stylesheet inline, and the script
 * that picks the user's language and theme and shows it (login-boot.ts). The real form takes it
 * over, keystrokes included (prerendered-login.ts). The production server allows that one inline
 * script by its hash (server/serve.ts).
 */
function prerenderLogin(): Plugin {
  const entry = '/src/app/login-prerender.tsx';
  const stylesheet = 'login-page.css'; // src/features/auth/routes/, imported by login-page.tsx
  return {
    name: 'cloudos-prerender-login',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const css = Object.values(ctx.bundle ?? {}).find(
          (a) => a.type === 'asset' && a.names.includes(stylesheet),
        );
        if (css?.type !== 'asset') throw new Error(`prerender-login: no asset for ${stylesheet}`);
        const { module } = await runnerImport<LoginPrerender>(entry, {
          root: process.cwd(),
          logLevel: 'error',
          resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
          // Styles are the build's (above); the render needs none.
          plugins: [
            {
              name: 'no-css',
              enforce: 'pre',
              resolveId: (id) => (id.endsWith('.css') ? '\0no-css' : null),
              load: (id) => (id === '\0no-css' ? 'export {}' : null),
            },
          ],
        });
        const { templates, script } = await module.prerenderedLogin();
        const marker = '<div id="root"></div>';
        if (!html.includes(marker)) throw new Error(`prerender-login: no ${marker} in index.html`);
        return html
          .replace('</head>', `<style>${String(css.source)}</style>\n  </head>`)
          .replace(marker, `${templates}\n    <script>${script}</script>\n    ${marker}`);
      },
    },
  };
}

type ModuleGraph = {
  getModuleInfo(id: string): { importedIds: readonly string[]; code: string | null } | null;
};

/** Libraries imported through one index that re-exports every component or icon. */
const BARRELS: Record<string, RegExp> = {
  antd: /[\\/]node_modules[\\/]antd[\\/]es[\\/]index\.js$/,
  '@ant-design/icons': /[\\/]node_modules[\\/]@ant-design[\\/]icons[\\/]es[\\/]index\.js$/,
};

/**
 * Chunks by when the browser needs them, instead of rolldown's default of one chunk per set of
 * importing routes (which gave /servers ~97 files, 76 of them under 5 KB: each a request, and at
 * 40 ms a round trip). Layers, each loaded whole at one moment, so none makes a page download
 * code it would not run:
 * - what the login page needs (the entry and the login route): left to the automatic split,
 *   which keeps it within its 140 KB budget (no antd: the login form is plain HTML);
 * - `data`: the query client and the route prefetch modules with what they import (react-query,
 *   the API client and resources): small, so a page's first request leaves early;
 * - `shell`: what every signed-in page needs and the login page does not — the shell layout and
 *   the status pages with their libraries (antd's layout, menu, dropdown and drawer, the menu
 *   icons);
 * - `list-kit`: what every list page needs beyond the shell — the resource table with antd's
 *   table, pagination, inputs and selects, the list page header and filters.
 * - `common`: the small modules several pages share that no layer claimed (API resources,
 *   hooks, helpers, action icons).
 * A page's own modules stay in its route chunk (loaded with its data, see the route prefetch).
 * A layer is the static-import closure of its roots minus the layers before it. antd and the
 * icons are imported through an index that names every component: the closure follows only the
 * names a module imports from it (else the login page would claim all of antd).
 */
const COMMON =
  /[\\/]src[\\/](api|utils)[\\/]|[\\/]node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]es[\\/](icons|asn)[\\/]/;

/** The route prefetch modules (route-table `prefetch`): src/features/<f>/routes/*-prefetch.ts. */
function prefetchModules(root: string): string[] {
  const features = join(root, 'src/features');
  return readdirSync(features).flatMap((f) => {
    const dir = join(features, f, 'routes');
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((n) => n.endsWith('-prefetch.ts'))
          .map((n) => join('src/features', f, 'routes', n))
      : [];
  });
}

function layeredChunks(root: string) {
  const LAYERS: [name: string, roots: string[]][] = [
    [
      'login',
      [
        'src/app/main.tsx',
        'src/app/start.tsx',
        'src/features/auth/routes/login-page.tsx',
        // antd's Chinese strings, loaded before the signed-in pages render (src/i18n/antd-locale.ts).
        'node_modules/antd/es/locale/zh_CN.js',
      ],
    ],
    // The first request of a page leaves as soon as these arrive: keep them small.
    ['data', ['src/app/query-client.ts', ...prefetchModules(root)]],
    ['shell', ['src/app/layouts/shell-layout.tsx', 'src/app/pages/status-pages.tsx']],
    [
      'list-kit',
      [
        'src/components/resource-table/resource-table.tsx',
        'src/components/list-page/list-page.tsx',
        'src/components/list-page/list-page-header.tsx',
        'src/components/list-page/project-filter.tsx',
        'src/components/resource-table/filter-select.tsx',
        // The name links of the large lists (detail prefetch on intent).
        'src/components/resource-table/intent-link.tsx',
      ],
    ],
  ];
  let layerOf: Map<string, string> | undefined;

  const build = (graph: ModuleGraph) => {
    // export name -> module id, for each barrel (following `export *`).
    const tables = new Map<string, Map<string, string>>();
    const tableOf = (id: string): Map<string, string> => {
      let table = tables.get(id);
      if (table) return table;
      table = new Map();
      tables.set(id, table);
      const info = graph.getModuleInfo(id);
      const target = (rel: string) => {
        const base = resolve(dirname(id), rel);
        return info?.importedIds.find((i) =>
          [base, `${base}.js`, join(base, 'index.js')].includes(i),
        );
      };
      for (const [, name = '', rel = ''] of (info?.code ?? '').matchAll(
        /export\s*\{\s*default as (\w+)\s*\}\s*from\s*["'](\.[^"']+)["']/g,
      )) {
        const to = target(rel);
        if (to) table.set(name, to);
      }
      for (const [, rel = ''] of (info?.code ?? '').matchAll(
        /export\s*\*\s*from\s*["'](\.[^"']+)["']/g,
      )) {
        const to = target(rel);
        if (to) for (const [k, v] of tableOf(to)) table.set(k, v);
      }
      return table;
    };
    const barrelOf = (id: string) => Object.entries(BARRELS).find(([, re]) => re.test(id))?.[0];
    /** What `id` really needs: through a barrel, only the components it names. */
    const needs = (id: string): string[] => {
      const info = graph.getModuleInfo(id);
      if (!info) return [];
      const out: string[] = [];
      for (const dep of info.importedIds) {
        const pkg = barrelOf(dep);
        if (!pkg) {
          out.push(dep);
          continue;
        }
        const table = tableOf(dep);
        const spec = new RegExp(
          `import\\s*(?:[\\w$]+\\s*,\\s*)?\\{([^}]*)\\}\\s*from\\s*["']${pkg}["']`,
          'g',
        );
        let named = false;
        for (const [, names = ''] of (info.code ?? '').matchAll(spec)) {
          named = true;
          for (const part of names.split(',')) {
            const name = part
              .trim()
              .split(/\s+as\s+/)[0]
              ?.trim();
            const to = name ? table.get(name) : undefined;
            if (to) out.push(to);
          }
        }
        // A default or namespace import, or code not understood: the whole library.
        if (!named) out.push(dep);
      }
      return out;
    };
    const map = new Map<string, string>();
    for (const [name, roots] of LAYERS) {
      const stack = roots.map((r) => resolve(root, r));
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        if (map.has(id)) continue;
        map.set(id, name);
        stack.push(...needs(id));
      }
    }
    if (process.env.CHUNK_DEBUG)
      console.error(
        'layers',
        LAYERS.map(([n]) => [n, [...map.values()].filter((v) => v === n).length]),
      );
    return map;
  };
  return (id: string, graph: ModuleGraph): string | null => {
    layerOf ??= build(graph);
    const layer = layerOf.get(id);
    if (layer) return layer === 'login' ? null : layer;
    // The small shared modules that remain (the API's resources, hooks, helpers, action icons,
    // each under 1 KB, together ~25 KB): one chunk rather than a request each.
    return COMMON.test(id) ? 'common' : null;
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const apiUrl = env.CLOUDOS_API_URL ?? 'http://127.0.0.1:11000';
  // mana_api has a host of its own in real deployments; the gateway's (the simulator) by default.
  const proxy = apiProxy({ apiUrl, manaApiUrl: env.MANA_API_URL || apiUrl });
  return {
    plugins: [react(), precompress(), preloadFirstLoad(), prerenderLogin()],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    server: { port: Number(env.PORT ?? 5173), strictPort: false, proxy },
    preview: { port: Number(env.PREVIEW_PORT ?? 4173), strictPort: true, proxy },
    build: {
      manifest: true,
      sourcemap: false,
      chunkSizeWarningLimit: 600,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // A layer holds its own modules only; what it imports from an earlier layer stays there.
            includeDependenciesRecursively: false,
            groups: [{ name: layeredChunks(process.cwd()) }],
          },
        },
      },
    },
  };
});
