import { afterEach, describe, expect, it, vi } from 'vitest';
import { SESSION_STORAGE_KEY } from '@/api/session';
import { bootPrerenderedLogin } from '@/features/auth/routes/login-boot';
import { PRERENDERED_LOGIN_ID } from '@/features/auth/routes/prerendered-login';
import { LANGUAGE_STORAGE_KEY, SUPPORTED_LANGUAGES, detectLanguage } from '@/i18n/language';
import { setConfigTag } from '@/testing/runtime-config';
import { BOOT_OPTIONS } from './login-prerender';
import { currentMode, setThemePreference } from './theme/theme-preference';

/** index.html as the build writes it: a template per language, then the inline script. */
function page() {
  for (const language of SUPPORTED_LANGUAGES) {
    const template = document.createElement('template');
    template.id = `${PRERENDERED_LOGIN_ID}-${language}`;
    template.innerHTML = `<form><h1>${language}</h1><input name="username" autofocus><input name="password" type="password"><button type="submit">go</button></form>`;
    document.body.append(template);
  }
  const script = document.createElement('script');
  document.body.append(script);
  vi.spyOn(document, 'currentScript', 'get').mockReturnValue(script);
}

/** Runs the function as index.html does: its source alone, with the options as JSON. */
function boot() {
  new Function(`(${bootPrerenderedLogin.toString()})(${JSON.stringify(BOOT_OPTIONS)});`)();
}

const shown = () => document.getElementById(PRERENDERED_LOGIN_ID);

function prefersDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query === '(prefers-color-scheme: dark)',
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

afterEach(() => {
  document.body.innerHTML = '';
  setConfigTag(null);
  localStorage.clear();
  sessionStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('the login form before the JavaScript (login-boot)', () => {
  it('shows the form in the language and theme the app will pick, for every source of them', () => {
    const cases: {
      stored?: string;
      config?: string;
      browser: string[];
      theme?: 'light' | 'dark';
      dark: boolean;
    }[] = [
      { browser: ['en-GB', 'zh-CN'], dark: false },
      { browser: ['fr-FR', 'zh-Hant-TW'], dark: true },
      { browser: ['fr-FR'], dark: false },
      { browser: [], dark: false },
      { stored: 'en-US', config: '{"defaultLanguage":"zh-CN"}', browser: ['zh'], dark: true },
      { stored: 'de-DE', config: '{"defaultLanguage":" en-US "}', browser: ['zh'], dark: false },
      { config: '{not json', browser: ['en'], theme: 'dark', dark: false },
      { config: '{"defaultLanguage":"ja"}', browser: ['en'], theme: 'light', dark: true },
    ];
    for (const c of cases) {
      document.body.innerHTML = '';
      localStorage.clear();
      if (c.stored) localStorage.setItem(LANGUAGE_STORAGE_KEY, c.stored);
      setConfigTag(c.config ?? null);
      vi.spyOn(navigator, 'languages', 'get').mockReturnValue(c.browser);
      prefersDark(c.dark);
      setThemePreference(c.theme ?? 'system');
      page();

      boot();

      const language = detectLanguage();
      expect(shown()?.querySelector('h1')?.textContent, JSON.stringify(c)).toBe(language);
      expect(document.documentElement.lang).toBe(language);
      expect(document.documentElement.dataset.theme, JSON.stringify(c)).toBe(currentMode());
    }
  });

  it('draws the form before the script, where #root follows it', () => {
    page();
    boot();
    const host = shown();
    expect(host?.nextElementSibling?.tagName).toBe('SCRIPT');
    expect(host?.querySelectorAll('input')).toHaveLength(2);
  });

  it('draws nothing when the tab has a session: the router goes to a signed-in page', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{}');
    page();
    boot();
    expect(shown()).toBeNull();
  });

  it('sends nothing when the form is submitted early, and remembers it for the real form', () => {
    page();
    boot();
    const form = shown()?.querySelector('form');
    const event = new Event('submit', { bubbles: true, cancelable: true });
    form?.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(shown()?.dataset.submitted).toBe('true');
  });
});
