// What every page must be free of, whatever it shows: raw i18n keys (a missing or mistyped
// translation), "undefined" / "NaN" / "Invalid Date" (a value formatted before it was there), an
// error in the console or an uncaught exception, and a request that failed. The route walk
// (walk.spec.ts) runs these on every page of the information architecture.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

const LOCALES = new URL('../../src/i18n/locales/', import.meta.url);

/**
 * Every key of every namespace, as i18next prints it when the string is missing, and the keys'
 * first segments (`fields`, `actions`, ...), so a mistyped key (`fields.nmae`) is caught too.
 */
function localeKeys() {
  const namespaces = new Set<string>();
  const keys = new Set<string>();
  const heads = new Set<string>();
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string') {
      // Plural forms are looked up by their base key: `batch.summary.succeeded` for `_one`.
      keys.add(prefix.replace(/_(zero|one|two|few|many|other)$/, ''));
      heads.add(prefix.split('.')[0] ?? '');
      return;
    }
    if (typeof node === 'object' && node !== null)
      for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  for (const lang of readdirSync(LOCALES))
    for (const file of readdirSync(new URL(`${lang}/`, LOCALES))) {
      const ns = file.replace(/\.json$/, '');
      namespaces.add(ns);
      walk(JSON.parse(readFileSync(new URL(`${lang}/${file}`, LOCALES), 'utf8')), '');
    }
  return { namespaces: [...namespaces], keys, heads };
}

const { namespaces, keys, heads } = localeKeys();
// `images:title.list` (a key with its namespace) anywhere; then any dotted word that is a key.
const NAMESPACED_KEY = new RegExp(`(?<![\\w/.-])(?:${namespaces.join('|')}):[A-Za-z_][\\w.-]*`);
const DOTTED_WORD = /(?<![\w/.:-])[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+/g;
const KEY_SHAPE = /^[A-Za-z_]+(?:\.[A-Za-z_]+)+$/;
const BAD_VALUES = /\b(?:undefined|NaN|Invalid Date)\b|\[object Object\]|\{\{\s*\w+\s*\}\}/;

/** What is wrong with a text a user can read (or hear: accessible names, titles). */
export function textProblems(text: string): string[] {
  const problems: string[] = [];
  const namespaced = NAMESPACED_KEY.exec(text);
  if (namespaced) problems.push(`raw i18n key "${namespaced[0]}"`);
  for (const [word] of text.matchAll(DOTTED_WORD))
    if (keys.has(word) || (heads.has(word.split('.')[0] ?? '') && KEY_SHAPE.test(word)))
      problems.push(`raw i18n key "${word}"`);
  const bad = BAD_VALUES.exec(text);
  if (bad) problems.push(`"${bad[0]}" in ${JSON.stringify(around(text, bad.index))}`);
  return [...new Set(problems)];
}

const around = (text: string, at: number) => text.slice(Math.max(0, at - 40), at + 40);

/** The page's readable text: what is rendered, the document title, accessible names and titles. */
async function readableText(page: Page) {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
      .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a)))
      .filter((v): v is string => Boolean(v));
    return [document.title, document.body.innerText, ...attrs].join('\n');
  });
}

export async function expectReadableText(page: Page) {
  expect(textProblems(await readableText(page)), `on ${page.url()}`).toEqual([]);
}

/**
 * An answer >= 400 a page asks for knowingly: it shows the outcome as data (e.g. a snapshot whose
 * source server was deleted shows "deleted server" after its lookup answers 404).
 */
export type ExpectedFailure = (url: URL, status: number, fromPath: string) => boolean;

/**
 * Records what goes wrong on a page from now on: console errors, uncaught exceptions, responses
 * with status >= 400 and requests that failed outright, except the `expected` answers (and the
 * browser's console line about them).
 */
export function watchPage(page: Page, expected: ExpectedFailure = () => false) {
  const problems: string[] = [];
  let inFlight = 0;
  const expectedUrls = new Set<string>();
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (m.text().startsWith('Failed to load resource') && expectedUrls.has(m.location().url))
      return;
    problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  // The page a request was made from: its answer may come after the next navigation.
  const fromPath = new WeakMap<object, string>();
  page.on('request', (r) => {
    inFlight++;
    fromPath.set(r, new URL(page.url()).pathname);
  });
  page.on('response', (res) => {
    if (res.status() < 400) return;
    if (expected(new URL(res.url()), res.status(), fromPath.get(res.request()) ?? '')) {
      expectedUrls.add(res.url());
      return;
    }
    problems.push(`${res.status()} ${res.request().method()} ${new URL(res.url()).pathname}`);
  });
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', (r) => {
    inFlight--;
    // A navigation cancels the requests of the page it leaves; that is the browser's doing.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`failed: ${r.method()} ${r.url()} (${r.failure()?.errorText ?? ''})`);
  });
  return {
    /** Waits until no request is under way (a polling page is quiet between polls). */
    async quiet() {
      await expect.poll(() => inFlight, { message: 'requests still under way' }).toBe(0);
    },
    /** Fails with everything recorded since the last call, then starts over. */
    expectClean(where: string) {
      const seen = problems.splice(0);
      expect(seen, `problems on ${where}`).toEqual([]);
    },
  };
}
