// Everything around the router: antd (locale, theme) following i18n and the theme preference.
// react-query, antd's <App> (message, notification, modal) and the global error surface live in
// the shell layout instead (shell-providers.tsx): ~55 KB gzip the login page does not need.
import { useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { ConfigProvider, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { antdLocaleFor, subscribeAntdLocale } from '@/i18n/antd-locale';
import { DEFAULT_LANGUAGE, isLanguage } from '@/i18n/language';
import { useReducedMotion } from './theme/reduced-motion';
import { useThemeMode } from './theme/theme-preference';

export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const mode = useThemeMode();
  const reducedMotion = useReducedMotion();
  // A new theme object makes antd recompute its styles: built once per mode and motion setting.
  const themeConfig = useMemo(() => {
    const base = mode === 'dark' ? DARK : LIGHT;
    return reducedMotion ? { ...base, token: { ...base.token, motion: false } } : base;
  }, [mode, reducedMotion]);
  const locale = useSyncExternalStore(
    subscribeAntdLocale,
    useCallback(() => antdLocaleFor(language), [language]),
  );
  return (
    <ConfigProvider
      locale={locale}
      theme={themeConfig}
      // "登录" must stay "登录" (its accessible name), not "登 录".
      button={{ autoInsertSpace: false }}
      // A tag's tint says its colour; its label stays in the text colour, as StatusTag's does:
      // antd's coloured tag text on its own tint (gold, green, orange) is 2–3:1, under WCAG AA.
      tag={{ style: { color: 'var(--ant-color-text)' } }}
    >
      <DocumentTheme mode={mode} />
      {children}
    </ConfigProvider>
  );
}

// antd's light defaults miss WCAG AA's 4.5:1 in places operators read all day: white on the
// default blue (#1677ff) is 4.1:1, secondary text and breadcrumbs (45% black) on the grey layout
// 3.6:1, placeholders (25% black) 2:1, white on the default red (danger buttons) 3.3:1.
// These tokens are the smallest changes that pass, checked
// by e2e/a11y.spec.ts. Dark mode keeps antd's derived palette.
const LIGHT = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    // Warning and success text (Typography type="warning"): antd's #faad14 / #52c41a on white
    // are 1.9:1 / 2.3:1; gold-9 and green-8 are 6.8:1 / 5.6:1.
    colorWarningText: '#874d00',
    colorSuccessText: '#237804',
  },
};
const DARK = { algorithm: theme.darkAlgorithm, token: {} };

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
