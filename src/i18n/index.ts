// i18next setup. `common` is bundled (every page, login included, needs it); every other namespace is
// one JSON file fetched when needed: `ui` (the shared machinery) with the shell, a feature's with its route: call `loadNamespace('images')` from the
// route's lazy()/loader (the route table does it for you with `ns: ['images']`) and then
// `useTranslation('images')` in the feature. Switching language loads every namespace already
// in use for the new language before re-rendering, so it never reloads the page.
import i18next, { type BackendModule, type TypeOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadAntdLocale } from './antd-locale';
import enCommon from './locales/en-US/common.json';
import zhCommon from './locales/zh-CN/common.json';
import {
  DEFAULT_LANGUAGE,
  SUPPORTED_LANGUAGES,
  detectLanguage,
  isLanguage,
  rememberLanguage,
  type Language,
} from './language';

export type Namespace = keyof TypeOptions['resources'];
/** Namespaces fetched on demand (everything but the bundled ones). */
export type LazyNamespace = Exclude<Namespace, 'common'>;

type JsonModule = { default: unknown };

// One chunk per language and namespace. common is excluded: it is imported statically above.
const lazyFiles = import.meta.glob<JsonModule>(['./locales/*/*.json', '!./locales/*/common.json']);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const lazyBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, namespace, callback) {
    const load = lazyFiles[`./locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No translations for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (mod) => callback(null, isRecord(mod.default) ? mod.default : {}),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};

export const i18n = i18next.createInstance();

void i18n
  .use(lazyBackend)
  .use(initReactI18next)
  .init({
    lng: detectLanguage(),
    supportedLngs: [...SUPPORTED_LANGUAGES],
    // Keys are parity-tested (parity.test.ts), so no fallback language has to be downloaded too.
    fallbackLng: false,
    load: 'currentOnly',
    ns: ['common'],
    defaultNS: 'common',
    partialBundledLanguages: true,
    resources: {
      'en-US': { common: enCommon },
      'zh-CN': { common: zhCommon },
    },
    // The bundled namespaces are there synchronously; nothing to wait for at startup.
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });

/** Loads a feature namespace for the current language (and keeps it loaded across switches). */
export function loadNamespace(...namespaces: LazyNamespace[]): Promise<void> {
  return i18n.loadNamespaces(namespaces);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches language without a reload and remembers the choice; antd's strings switch with it. */
export async function changeLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await loadAntdLocale(language);
  await i18n.changeLanguage(language);
}

export { SUPPORTED_LANGUAGES, type Language };
