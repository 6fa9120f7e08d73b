// antd's own strings (pagination, empty tables, pickers, sort tooltips, validation templates)
// follow the console's language. English is antd's built-in default, so only Chinese is loaded:
// as a chunk of its own, fetched with the language (before i18n switches, so a page never shows
// both), which keeps it out of the login page's first load (which has no antd at all: README,
// Bundle budget); the signed-in pages' route waits for it (src/app/routes/app-routes.tsx).
import type { Locale } from 'antd/es/locale';
import type { Language } from './language';

const loaded = new Map<Language, Locale | undefined>([['en-US', undefined]]);
const listeners = new Set<() => void>();

const loaders: Record<Language, () => Promise<Locale | undefined>> = {
  'en-US': async () => undefined,
  'zh-CN': async () => (await import('antd/es/locale/zh_CN')).default,
};

/** Loads antd's locale for `language` once; a failed load leaves antd in English, no more. */
export async function loadAntdLocale(language: Language): Promise<void> {
  if (loaded.has(language)) return;
  try {
    loaded.set(language, await loaders[language]());
  } catch {
    return;
  }
  for (const notify of listeners) notify();
}

/** antd's locale for `language`; undefined means antd's default (English) or not loaded yet. */
export const antdLocaleFor = (language: Language): Locale | undefined => loaded.get(language);

export function subscribeAntdLocale(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}
