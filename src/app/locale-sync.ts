// Keeps the <html lang> attribute in step with the language. antd's locale follows in
// providers.tsx (loaded lazily by i18n/antd-locale.ts), dayjs in layouts/dayjs-locale.ts, loaded
// with the shell: only the shell's pages have date pickers.
import { currentLanguage, i18n, type Language } from '@/i18n';

function apply(language: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

apply(currentLanguage());
i18n.on('languageChanged', () => apply(currentLanguage()));
