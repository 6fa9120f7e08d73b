// The login form before any JavaScript file has arrived. The build (vite.config.ts,
// prerenderLogin) renders the real login page to HTML in both languages, puts each in a <template>
// in index.html with the page's stylesheet inline, and inlines `bootPrerenderedLogin` as a
// script right after them (allowed by its hash in the production server's CSP). While the HTML is
// parsed it shows the form in the user's language and theme, so the form is up before the ~200 KB
// of JavaScript behind it; the real form takes over what was typed (prerendered-login.ts).
//
// It runs alone in the page, as `(${bootPrerenderedLogin})(options)`: no imports, no closures
// over module values (the options carry the constants), nothing newer than the build targets.
// src/app/login-boot.test.ts holds its choice of language and theme to src/i18n/language.ts's and
// src/app/theme/theme-preference.ts's for the same storage.

export type BootOptions = {
  /** The id of the element the form is drawn into; its <template>s are `${id}-${language}`. */
  id: string;
  sessionKey: string;
  languageKey: string;
  themeKey: string;
  languages: readonly string[];
  defaultLanguage: string;
};

export function bootPrerenderedLogin(o: BootOptions): void {
  const doc = document;
  const script = doc.currentScript;
  // A session in this tab: the router goes to a signed-in page, not to the form.
  try {
    if (sessionStorage.getItem(o.sessionKey) !== null) return;
  } catch {
    return;
  }
  const stored = (key: string): string | null => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const supported = (v: unknown): v is string =>
    typeof v === 'string' && o.languages.indexOf(v) >= 0;
  const match = (tag: string): string | null => {
    const lower = tag.toLowerCase();
    if (lower.indexOf('zh') === 0) return 'zh-CN';
    if (lower.indexOf('en') === 0) return 'en-US';
    return null;
  };

  // The language, as src/i18n/language.ts detectLanguage picks it.
  let language = stored(o.languageKey);
  if (!supported(language)) {
    language = null;
    try {
      const meta = doc.querySelector('meta[name="cloudos-config"]');
      const config: unknown = JSON.parse(meta?.getAttribute('content') ?? 'null');
      const configured =
        typeof config === 'object' && config !== null && 'defaultLanguage' in config
          ? config.defaultLanguage
          : null;
      if (typeof configured === 'string' && supported(configured.trim()))
        language = configured.trim();
    } catch {
      // a broken tag: as if there were none
    }
  }
  if (!supported(language)) {
    const tags = typeof navigator === 'undefined' ? [] : navigator.languages || [];
    for (let i = 0; i < tags.length && !language; i++) language = match(tags[i] ?? '');
  }
  if (!supported(language)) language = o.defaultLanguage;

  // The theme, as src/app/theme/theme-preference.ts currentMode picks it.
  const preference = stored(o.themeKey);
  const dark =
    preference === 'dark' ||
    (preference !== 'light' &&
      typeof matchMedia === 'function' &&
      matchMedia('(prefers-color-scheme: dark)').matches);

  const template = doc.getElementById(`${o.id}-${language}`);
  if (!(template instanceof HTMLTemplateElement) || !script) return;
  const root = doc.documentElement;
  root.lang = language;
  root.dataset.theme = dark ? 'dark' : 'light';
  const host = doc.createElement('div');
  host.id = o.id;
  host.appendChild(template.content.cloneNode(true));
  // Submitted before the page's code is there: nothing is sent (and the password never goes into
  // a URL); the real form sends it when it takes over.
  host.addEventListener('submit', (event) => {
    event.preventDefault();
    host.dataset.submitted = 'true';
  });
  // The username field has `autofocus`: focused at the next frame, without the layout that a
  // focus() here would force halfway through the document.
  script.before(host);
}
