// Keeps the <html lang> attribute in step with the language and provides antd's locales (the
// ConfigProvider in providers.tsx follows the language). dayjs follows in layouts/dayjs-locale.ts,
// loaded with the shell: only the shell's pages have date pickers.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { currentLanguage, i18n, type Language } from '@/i18n';

export const ANTD_LOCALE = { 'zh-CN': zhCN, 'en-US': enUS } as const;

function apply(language: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

apply(currentLanguage());
i18n.on('languageChanged', () => apply(currentLanguage()));
