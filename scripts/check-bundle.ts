// Bundle budgets, checked in `npm test` after `vite build` (numbers are gzip bytes):
// - first load of the login page: the entry, everything it imports statically, and the login
//   route's chunk with its own imports. Budget 140 KB (skyline ships 2.6 MB before its login form):
//   react-dom, react-router, i18next and the form, no antd (132 KB when it was set; 194 KB with antd).
// - every route chunk (a lazily imported page): its own file. Budget 150 KB.
// - a large list page before its first row ([Q2]): the entry, the shared layers the app loads
//   for every signed-in page (vite.config.ts `layeredChunks`: data, shell, list-kit…), and the
//   route's chunk with its imports. Budget 600 KB: what a cold /servers downloads and parses before
//   it can show a row.
// Shared chunks that several routes import are reported with the route that pulls them in.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
export const LOGIN_BUDGET = 140 * KB;
export const ROUTE_BUDGET = 150 * KB;
export const LIST_PAGE_BUDGET = 600 * KB;
/** The large lists (thousands of rows at cloud scale), as `npm run bench` measures them. */
const LIST_PAGES = [
  /src\/app\/routes\/servers-with-bare-metal\.tsx$/,
  /src\/features\/images\/routes\/images-page\.tsx$/,
  /src\/features\/bare-metal\/routes\/nodes-page\.tsx$/,
];
const LOGIN_ROUTE = /src\/features\/auth\//;

type Chunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
const manifest: Record<string, Chunk> = JSON.parse(
  readFileSync('dist/.vite/manifest.json', 'utf8'),
);
const gz = new Map<string, number>();
const size = (file: string) => {
  let n = gz.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
    gz.set(file, n);
  }
  return n;
};
const closure = (key: string, seen = new Set<string>()) => {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const k of manifest[key]?.imports ?? []) closure(k, seen);
  return seen;
};
const js = (keys: Iterable<string>) =>
  [...keys].map((k) => manifest[k]?.file).filter((f): f is string => Boolean(f?.endsWith('.js')));
const sum = (files: string[]) => files.reduce((a, f) => a + size(f), 0);
const fmt = (n: number) => `${(n / KB).toFixed(1)} KB`;

const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
if (!entryKey) throw new Error('no entry in dist/.vite/manifest.json');
// The entry imports the app's start (src/app/start.tsx) at once, or after a login form drawn by
// index.html has painted: both are the first load.
const startKey = Object.keys(manifest).find((k) => /src\/app\/start\.tsx$/.test(k));
if (!startKey) throw new Error('no src/app/start.tsx chunk in dist/.vite/manifest.json');
const initial = closure(entryKey);
closure(startKey, initial);
const loginKey = Object.keys(manifest).find(
  (k) => manifest[k]?.isDynamicEntry && LOGIN_ROUTE.test(manifest[k]?.src ?? k),
);
const loginSet = new Set(initial);
if (loginKey) closure(loginKey, loginSet);
const loginBytes = sum(js(loginSet));

const failures: string[] = [];
console.log(`bundle: entry + shared (static) ${fmt(sum(js(initial)))} gzip`);
console.log(
  `bundle: login page first load ${fmt(loginBytes)} gzip (budget ${fmt(LOGIN_BUDGET)})${loginKey ? '' : ' — login route chunk not found'}`,
);
if (!loginKey)
  failures.push('the login route chunk (src/features/auth/...) was not found in the manifest');
if (loginBytes > LOGIN_BUDGET)
  failures.push(`login first load ${fmt(loginBytes)} > ${fmt(LOGIN_BUDGET)}`);

for (const [key, chunk] of Object.entries(manifest)
  .filter(([k, c]) => c.isDynamicEntry && k !== startKey)
  .sort()) {
  const own = chunk.file.endsWith('.js') ? size(chunk.file) : 0;
  const extra = sum(js([...closure(key)].filter((k) => !initial.has(k))));
  console.log(
    `bundle: route ${chunk.src ?? key}: ${fmt(own)} own, ${fmt(extra)} on navigation (budget ${fmt(ROUTE_BUDGET)} own)`,
  );
  if (own > ROUTE_BUDGET)
    failures.push(`route chunk ${chunk.src ?? key} ${fmt(own)} > ${fmt(ROUTE_BUDGET)}`);
}
// The layers the app loads dynamically for every signed-in page (shared chunks, no source).
const layers = [entryKey, startKey]
  .flatMap((k) => manifest[k]?.dynamicImports ?? [])
  .filter((k) => !manifest[k]?.src);
for (const test of LIST_PAGES) {
  const key = Object.keys(manifest).find((k) => manifest[k]?.isDynamicEntry && test.test(k));
  if (!key) {
    failures.push(`list page ${test.source} not found in the manifest`);
    continue;
  }
  const set = new Set(initial);
  for (const k of [...layers, key]) closure(k, set);
  const files = js(set);
  const bytes = sum(files);
  console.log(
    `bundle: list page ${key} before its first row: ${fmt(bytes)} gzip in ${files.length} files (budget ${fmt(LIST_PAGE_BUDGET)})`,
  );
  if (bytes > LIST_PAGE_BUDGET)
    failures.push(`list page ${key} first load ${fmt(bytes)} > ${fmt(LIST_PAGE_BUDGET)}`);
}

if (failures.length) {
  console.error(`bundle budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('bundle: within budget');
