// Everything around the router: antd (locale, theme) following i18n and the theme preference.
// react-query, antd's <App> (message, notification, modal) and the global error surface live in
// the shell layout instead (shell-providers.tsx): ~55 KB gzip the login page does not need.
import { useEffect, type ReactNode } from 'react';
import { ConfigProvider, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage } from '@/i18n/language';
import { ANTD_LOCALE } from './locale-sync';
import { useThemeMode } from './theme/theme-preference';

export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const mode = useThemeMode();
  return (
    <ConfigProvider
      locale={ANTD_LOCALE[language]}
      theme={{ algorithm: mode === 'dark' ? theme.darkAlgorithm : theme.defaultAlgorithm }}
      // "登录" must stay "登录" (its accessible name), not "登 录".
      button={{ autoInsertSpace: false }}
    >
      <DocumentTheme mode={mode} />
      {children}
    </ConfigProvider>
  );
}

/** The page behind the app (overscroll, scrollbars) in the theme's colours. */
function DocumentTheme({ mode }: { mode: 'light' | 'dark' }) {
  const { token } = theme.useToken();
  useEffect(() => {
    const { style } = document.body;
    document.documentElement.style.colorScheme = mode;
    style.margin = '0';
    style.background = token.colorBgLayout;
    style.color = token.colorText;
    style.fontFamily = token.fontFamily;
    style.fontSize = `${token.fontSize}px`;
    style.lineHeight = String(token.lineHeight);
  }, [mode, token]);
  return null;
}
