// npm run bench -- [--runs N=5] [--scale N=40] [--pages /servers,/images,/bare-metal/nodes]
//                   [--no-sim] [--out DIR] [--dist DIR]
//
// How fast the console is for a user, at cloud scale ([Q2]). Starts an ephemeral simulator seeded
// at --scale and the production server (server/serve.ts) on `dist/` (built first if missing), and
// drives headless Chromium. Each figure is the median of --runs cold runs (a fresh browser context,
// so an empty HTTP cache), measured inside the page (performance.now() from navigation start):
//   - login form visible: on loopback, and at 10 Mbit/s + 40 ms (Chromium's network emulation);
//   - cold first row of each large list page, with the requests, JS files and bytes it took;
//   - warm navigation: from a menu click to the other list's first row (data cached or not);
//   - filter: from Enter in the search box to rows that match;
//   - scrolling a long page of rows once it has settled: frames per second and the longest task
//     (what runs between its first row and then, its load, is reported on its own line);
//   - JS heap after visiting every page;
//   - and the simulator's own latency at 1/10/200 connections (`npm run bench:sim`, shortened).
// Prints a table and writes bench/results/web-<timestamp>.json (not committed).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    scale: { type: 'string', default: '40' },
    pages: { type: 'string', default: '/servers,/images,/bare-metal/nodes' },
    // Another build to measure (e.g. a copy of main's dist/ for an A/B comparison).
    dist: { type: 'string', default: 'dist' },
    'no-sim': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(
    'npm run bench -- [--runs N=5] [--scale N=40] [--pages /servers,/images] [--no-sim] [--out DIR]',
  );
  process.exit(0);
}
const RUNS = Number(args.runs);
const PAGES = args.pages.split(',').filter(Boolean);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SLOW = { latency: 40, downloadThroughput: (10e6 / 8) * 0.9, uploadThroughput: 5e6 / 8 };

const children: ChildProcess[] = [];
const stopAll = () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
};
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));
// A watchdog: a bench never hangs a terminal or a CI job.
setTimeout(() => {
  console.error('bench: gave up after 15 minutes');
  process.exit(1);
}, 15 * 60_000).unref();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitUp(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`bench: ${url} did not come up in ${ms} ms`);
}

/** `p`, or a failure naming `what` after `ms`: a bench step never waits for ever. */
function within<T>(p: Promise<T>, what: string, ms = 60_000): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`bench: ${what} took over ${ms} ms`)), ms).unref(),
    ),
  ]);
}
const step = (what: string) => console.error(`bench: ${what}`);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? NaN) : NaN;
};

// --- the servers -----------------------------------------------------------------------------
const DIST = args.dist;
if (DIST === 'dist' && !existsSync('dist/index.html')) {
  console.log('bench: building dist/');
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const jsFiles = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js')).length;
const simPort = await freePort();
const webPort = await freePort();
const SIM = `http://127.0.0.1:${simPort}`;
const WEB = `http://127.0.0.1:${webPort}`;
console.log(`bench: simulator --scale ${args.scale} on ${SIM}, console on ${WEB}`);
children.push(
  spawn(
    process.execPath,
    [
      'simulator/src/cli.ts',
      '--ephemeral',
      '--quiet',
      '--port',
      String(simPort),
      '--scale',
      args.scale,
    ],
    { stdio: 'inherit' },
  ),
);
children.push(
  spawn(process.execPath, ['server/serve.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: String(webPort),
      CLOUDOS_API_URL: SIM,
      CLOUDOS_LOG: '0',
      CLOUDOS_DIST: DIST,
    },
  }),
);
await waitUp(`${SIM}/__sim/health`, 120_000);
await waitUp(`${WEB}/healthz`, 30_000);

const browser: Browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'],
});
const VIEWPORT = { width: 1440, height: 900 };

/** A fresh context (empty cache) with the session of a signed-in admin in its sessionStorage. */
let sessionEntries: [string, string][] = [];
async function signedInContext(): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const entries = sessionEntries;
  await ctx.addInitScript((list: [string, string][]) => {
    if (location.pathname !== '/login') for (const [k, v] of list) sessionStorage.setItem(k, v);
  }, entries);
  return ctx;
}

async function slowDown(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW });
}

/** Resolves with performance.now() (ms from navigation start) when the first data row shows. */
const FIRST_ROW = () =>
  new Promise<number>((resolve) => {
    const check = () => {
      if (document.querySelector('[data-row-key] a, [data-row-key] button'))
        resolve(performance.now());
      else requestAnimationFrame(check);
    };
    check();
  });

// --- login -------------------------------------------------------------------------------------
async function loginForm(slow: boolean) {
  const ctx = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const page = await ctx.newPage();
  if (slow) await slowDown(page);
  // Checked from the page's first frame, in the frame it is drawn (as FIRST_ROW): asking from
  // here once Playwright saw it waited for the main thread, busy by then with the app's start, and
  // counted that too (the form drawn by index.html itself is up before any script runs).
  await page.addInitScript(() => {
    const w = window as typeof window & { __benchLoginForm?: Promise<number> };
    w.__benchLoginForm = new Promise<number>((resolve) => {
      const check = () => {
        const input = document.querySelector<HTMLElement>('input[type=password]');
        if (input && input.offsetParent !== null) resolve(performance.now());
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  });
  await page.goto(`${WEB}/login`, { waitUntil: 'commit' });
  await page.locator('input[type=password]').waitFor({ state: 'visible', timeout: 60_000 });
  const at = await page.evaluate(
    () => (window as typeof window & { __benchLoginForm?: Promise<number> }).__benchLoginForm,
  );
  if (at === undefined) throw new Error('bench: the login form probe did not run');
  const js = await page.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => (e as PerformanceResourceTiming).encodedBodySize)
        .reduce((a, b) => a + b, 0) / 1024,
  );
  await ctx.close();
  return { ms: at, jsKB: js };
}

// Sign in once to learn the session's sessionStorage entries.
{
  const ctx = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const page = await ctx.newPage();
  await page.goto(`${WEB}/login`);
  await page.locator('input').first().fill('admin');
  await page.locator('input[type=password]').fill('cloudos');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 60_000 });
  sessionEntries = await page.evaluate(() =>
    Object.keys(sessionStorage).map((k): [string, string] => [k, sessionStorage.getItem(k) ?? '']),
  );
  await ctx.close();
}

// --- a cold list page --------------------------------------------------------------------------
type Cold = {
  ms: number;
  apiFirstMs: number;
  requests: number;
  api: number;
  js: number;
  kB: number;
};
async function coldPage(path: string, slow: boolean): Promise<Cold> {
  const ctx = await signedInContext();
  const page = await ctx.newPage();
  if (slow) await slowDown(page);
  await page.goto(WEB + path, { waitUntil: 'commit' });
  const ms = await within(page.evaluate(FIRST_ROW), `first row of ${path}`);
  const stats = await page.evaluate((first) => {
    const entries = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= first) as PerformanceResourceTiming[];
    const api = entries.filter((e) => !/\/assets\//.test(new URL(e.name).pathname));
    return {
      requests: entries.length + 1,
      api: api.length,
      apiFirstMs: Math.min(...api.map((e) => e.startTime)),
      js: entries.filter((e) => e.name.endsWith('.js')).length,
      kB: entries.reduce((a, e) => a + e.transferSize, 0) / 1024,
    };
  }, ms);
  await ctx.close();
  return { ms, ...stats };
}

// --- warm navigation, filter, scroll ---------------------------------------------------------------
async function interactive(paths: string[]) {
  const ctx = await signedInContext();
  const page = await ctx.newPage();
  const [a, b] = [paths[0] ?? '/servers', paths[1] ?? paths[0] ?? '/images'];
  await page.goto(WEB + a);
  await within(page.evaluate(FIRST_ROW), `first row of ${a}`);
  await page.goto(WEB + b);
  await within(page.evaluate(FIRST_ROW), `first row of ${b}`);
  step('warm navigation');
  // Warm: both pages' code and data were loaded once; then back and forth in the app.
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const to of [a, b]) {
      // Mark the page's table: the next page's first row is one outside it.
      const t0 = await page.evaluate(() => {
        for (const t of document.querySelectorAll<HTMLElement>('.ant-table'))
          t.dataset.benchOld = '1';
        return performance.now();
      });
      // A client-side navigation as the menu makes (its links sit in collapsed groups).
      await page.evaluate((path) => {
        history.pushState(null, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
      }, to);
      const t1 = await within(
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const check = () => {
                if (document.querySelector('.ant-table:not([data-bench-old]) [data-row-key] a'))
                  resolve(performance.now());
                else requestAnimationFrame(check);
              };
              check();
            }),
        ),
        `warm navigation to ${to}`,
      );
      warm.push(t1 - t0);
    }
  }
  // Filter on the first page: type a prefix of the first row's name, then Enter.
  step('filter');
  await page.goto(WEB + a);
  await within(page.evaluate(FIRST_ROW), `first row of ${a}`);
  const filter: number[] = [];
  const names = await page
    .locator('[data-row-key] a')
    .evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? '').filter(Boolean));
  const search = page.getByRole('searchbox').first();
  for (let i = 0; i < RUNS; i++) {
    const q = (names[i % Math.max(names.length, 1)] ?? 'web').slice(0, 6);
    await search.fill('');
    await search.pressSequentially(q, { delay: 0 });
    const t0 = await page.evaluate(() => performance.now());
    await search.press('Enter');
    const t1 = await within(
      page.evaluate(
        (query) =>
          new Promise<number>((resolve) => {
            const check = () => {
              const rows = [...document.querySelectorAll('[data-row-key] a')];
              const url = new URL(location.href);
              const inUrl = [...url.searchParams.values()].includes(query);
              if (
                inUrl &&
                rows.length > 0 &&
                rows.every((r) => (r.textContent ?? '').includes(query)) &&
                !document.querySelector('.ant-spin-spinning')
              )
                resolve(performance.now());
              else requestAnimationFrame(check);
            };
            check();
          }),
        q,
      ),
      `filter rows for ${q}`,
    );
    filter.push(t1 - t0);
  }
  // Scroll a long page (500 rows, the largest page size) for two seconds.
  step('scroll');
  await page.addInitScript(() => {
    const w = window as typeof window & { __benchLongTasks?: PerformanceEntry[] };
    w.__benchLongTasks = [];
    new PerformanceObserver((list) => w.__benchLongTasks?.push(...list.getEntries())).observe({
      type: 'longtask',
    });
  });
  await page.goto(`${WEB}${a}?size=500`);
  const firstRowAt = await within(page.evaluate(FIRST_ROW), `first row of ${a}?size=500`);
  // Scrolling is measured on a settled page: what still runs after the first row (the rest of the
  // page's code, names looked up for the rows, idle prefetches) is the load's, reported apart.
  const settle = await page.evaluate(
    (after) =>
      new Promise<{ quietAt: number; longestTask: number }>((resolve) => {
        const w = window as typeof window & { __benchLongTasks?: PerformanceEntry[] };
        const poll = () => {
          const tasks = (w.__benchLongTasks ?? []).filter((t) => t.startTime + t.duration > after);
          const lastEnd = Math.max(after, ...tasks.map((t) => t.startTime + t.duration));
          const now = performance.now();
          // Quiet: no long task for a second (or give up after 15 s).
          if (now - lastEnd >= 1000 || now - after > 15_000)
            resolve({
              quietAt: lastEnd,
              longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
            });
          else setTimeout(poll, 100);
        };
        poll();
      }),
    firstRowAt,
  );
  const scroll = await page.evaluate(
    () =>
      new Promise<{ fps: number; longestTask: number }>((resolve) => {
        let longest = 0;
        const obs = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
        });
        obs.observe({ type: 'longtask', buffered: false });
        const el =
          (document.querySelector('.ant-table-tbody-virtual-holder') as HTMLElement | null) ??
          (document.querySelector('.ant-table-body') as HTMLElement | null) ??
          document.scrollingElement ??
          document.documentElement;
        let frames = 0;
        const start = performance.now();
        const step = () => {
          frames++;
          el.scrollTop += 40;
          window.scrollBy(0, 40);
          if (performance.now() - start < 2000) requestAnimationFrame(step);
          else {
            obs.disconnect();
            resolve({ fps: (frames * 1000) / (performance.now() - start), longestTask: longest });
          }
        };
        requestAnimationFrame(step);
      }),
  );
  // The heap after every page of the benchmark has been visited in one tab.
  for (const p of paths) {
    await page.goto(WEB + p);
    await within(page.evaluate(FIRST_ROW), `first row of ${p}`);
  }
  const heapMB = await page.evaluate(
    () =>
      ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
        0) / 1e6,
  );
  await ctx.close();
  return {
    warm: median(warm),
    filter: median(filter),
    ...scroll,
    afterFirstRow: { ...settle, quietAt: settle.quietAt - firstRowAt },
    heapMB,
  };
}

// --- run -------------------------------------------------------------------------------------------
const results: Record<string, unknown> = {
  when: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavg: loadavg() },
  scale: Number(args.scale),
  runs: RUNS,
  distJsFiles: jsFiles,
};
const rows: [string, string][] = [];
const fmt = (ms: number) => `${Math.round(ms)} ms`;

const loginFast: number[] = [];
const loginSlow: number[] = [];
let loginKB = 0;
step('login form');
for (let i = 0; i < RUNS; i++) {
  const f = await loginForm(false);
  loginFast.push(f.ms);
  loginKB = f.jsKB;
  loginSlow.push((await loginForm(true)).ms);
}
results.login = { loopbackMs: median(loginFast), slowMs: median(loginSlow), jsKB: loginKB };
rows.push(['login form visible, loopback', fmt(median(loginFast))]);
rows.push(['login form visible, 10 Mbit + 40 ms', fmt(median(loginSlow))]);
rows.push(['login JS (compressed, as sent)', `${loginKB.toFixed(0)} KB`]);

for (const path of PAGES) {
  step(`cold ${path}`);
  const fast: Cold[] = [];
  const slow: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    fast.push(await coldPage(path, false));
    slow.push((await coldPage(path, true)).ms);
  }
  const pick = (k: keyof Cold) => median(fast.map((c) => c[k]));
  results[path] = {
    coldMs: pick('ms'),
    coldSlowMs: median(slow),
    firstApiRequestMs: pick('apiFirstMs'),
    requests: pick('requests'),
    apiRequests: pick('api'),
    jsFiles: pick('js'),
    kB: pick('kB'),
  };
  rows.push([`${path} cold first row, loopback`, fmt(pick('ms'))]);
  rows.push([`${path} cold first row, 10 Mbit + 40 ms`, fmt(median(slow))]);
  rows.push([`${path} first API request sent at`, fmt(pick('apiFirstMs'))]);
  rows.push([
    `${path} before its first row`,
    `${pick('requests')} requests (${pick('api')} API, ${pick('js')} JS), ${pick('kB').toFixed(0)} KB`,
  ]);
}

const live = await interactive(PAGES);
results.interactive = live;
rows.push([`warm navigation ${PAGES.slice(0, 2).join(' ⇄ ')}`, fmt(live.warm)]);
rows.push([`filter: Enter → matching rows (${PAGES[0]})`, fmt(live.filter)]);
rows.push([
  `scroll 500 rows (${PAGES[0]})`,
  `${live.fps.toFixed(0)} fps, longest task ${fmt(live.longestTask)}`,
]);
rows.push([
  `${PAGES[0]}?size=500 after its first row`,
  `longest task ${fmt(live.afterFirstRow.longestTask)}, quiet ${fmt(live.afterFirstRow.quietAt)} later`,
]);
rows.push(['JS heap after every page', `${live.heapMB.toFixed(0)} MB`]);
await browser.close();
stopAll();

if (!args['no-sim']) {
  // The simulator under load, shortened (the full run is `npm run bench:sim`).
  const sim = spawnSync(
    process.execPath,
    [
      'scripts/bench-sim.ts',
      '--duration',
      '5',
      '--warmup',
      '1',
      '--scale',
      args.scale,
      '--out',
      args.out,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  process.stdout.write(sim.stdout);
  results.simulator =
    sim.status === 0 ? 'see sim-*.json beside this file' : `failed (${sim.status})`;
}

const width = Math.max(...rows.map(([k]) => k.length));
console.log(
  `\nbench: ${RUNS} runs each, medians; ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}`,
);
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
mkdirSync(args.out, { recursive: true });
const file = join(args.out, `web-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`bench: wrote ${file}`);
process.exit(0);
