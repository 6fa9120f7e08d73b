// A throwaway i18next instance for component tests, loading only the `ui` namespace from the real
// locale files (the app's src/i18n/index.ts is not a dependency of the shared components).
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enUi from '@/i18n/locales/en-US/ui.json';
import zhUi from '@/i18n/locales/zh-CN/ui.json';

export type TestLanguage = 'en-US' | 'zh-CN';

export async function createTestI18n(lng: TestLanguage = 'en-US'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    ns: ['ui'],
    defaultNS: 'ui',
    resources: { 'en-US': { ui: enUi }, 'zh-CN': { ui: zhUi } },
    interpolation: { escapeValue: false },
    // A missing key must fail a test, not render as its own name.
    saveMissing: true,
    missingKeyHandler: (_lngs, ns, key) => {
      throw new Error(`Missing i18n key ${ns}:${key}`);
    },
  });
  return instance;
}
