// The visible strings a test looks for, read from the console's own locale files, so tests find
// elements by what a user sees in the project's language without hard-coding copy twice.
import { readFileSync } from 'node:fs';
import type { TestInfo } from '@playwright/test';

export type Lang = 'zh-CN' | 'en-US';

/**
 * Which languages a test runs in, one tag per test: the main flow of each area in both, every other
 * scenario in one (alternating across the suite). playwright.config.ts filters projects by them.
 */
export const LANGUAGE_TAGS: readonly string[] = ['@both', '@zh', '@en'];

const cache = new Map<string, unknown>();
function load(lang: Lang, ns: string): unknown {
  const key = `${lang}/${ns}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      JSON.parse(
        readFileSync(new URL(`../../src/i18n/locales/${key}.json`, import.meta.url), 'utf8'),
      ),
    );
  }
  return cache.get(key);
}

export const langOf = (info: TestInfo): Lang => (info.project.name === 'zh-CN' ? 'zh-CN' : 'en-US');

/** t('images:actions.create') in the given language; {{vars}} are filled from `vars`. */
export function tr(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  let cur: unknown = load(lang, ns);
  for (const part of path.split('.'))
    cur =
      typeof cur === 'object' && cur !== null ? (cur as Record<string, unknown>)[part] : undefined;
  if (typeof cur !== 'string') throw new Error(`no string ${lang} ${key}`);
  return cur.replace(/\{\{(\w+)\}\}/g, (_, v: string) => String(vars[v] ?? ''));
}
