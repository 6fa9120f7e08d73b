// Build time only (vite.config.ts, prerenderLogin): the login page rendered to HTML in each
// language, and the script that shows it while index.html is parsed (login-boot.ts). Not part of
// the app's bundle.
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { SESSION_STORAGE_KEY } from '@/api/session';
import { THEME_STORAGE_KEY } from './theme/theme-preference';
import { i18n, SUPPORTED_LANGUAGES, type Language } from '@/i18n';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY } from '@/i18n/language';
import enAuth from '@/i18n/locales/en-US/auth.json';
import zhAuth from '@/i18n/locales/zh-CN/auth.json';
import { bootPrerenderedLogin, type BootOptions } from '@/features/auth/routes/login-boot';
import { Component as LoginPage } from '@/features/auth/routes/login-page';
import { PRERENDERED_LOGIN_ID } from '@/features/auth/routes/prerendered-login';

export { SUPPORTED_LANGUAGES };

// Added here rather than fetched: the build's module runner is closed once this module is loaded,
// so the lazy namespace loader of src/i18n could not import them any more.
const AUTH: Record<Language, object> = { 'en-US': enAuth, 'zh-CN': zhAuth };

/** The login page's markup in `language`, as its first render draws it. */
export async function renderLoginPage(language: Language): Promise<string> {
  if (!i18n.hasResourceBundle(language, 'auth'))
    i18n.addResourceBundle(language, 'auth', AUTH[language]);
  await i18n.changeLanguage(language);
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={['/login']}>
      <LoginPage />
    </MemoryRouter>,
  );
}

/** The app's constants the boot script needs, passed in its call (it imports nothing). */
export const BOOT_OPTIONS: BootOptions = {
  id: PRERENDERED_LOGIN_ID,
  sessionKey: SESSION_STORAGE_KEY,
  languageKey: LANGUAGE_STORAGE_KEY,
  themeKey: THEME_STORAGE_KEY,
  languages: SUPPORTED_LANGUAGES,
  defaultLanguage: DEFAULT_LANGUAGE,
};

/** What index.html gets: a <template> per language and the script that shows one. */
export async function prerenderedLogin(): Promise<{ templates: string; script: string }> {
  const templates: string[] = [];
  for (const language of SUPPORTED_LANGUAGES) {
    const markup = await renderLoginPage(language);
    templates.push(`<template id="${PRERENDERED_LOGIN_ID}-${language}">${markup}</template>`);
  }
  return {
    templates: templates.join('\n'),
    script: `(${bootPrerenderedLogin.toString()})(${JSON.stringify(BOOT_OPTIONS)});`,
  };
}
