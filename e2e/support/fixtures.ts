// The e2e test fixture: every test starts from a freshly seeded simulator, knows its language
// (one Playwright project per language) and can sign in through the real login page.
import { test as base, expect, type Page } from '@playwright/test';
import { LoginPage } from '../pages/login-page';
import { langOf, tr, type Lang } from './lang';
import { sim } from './sim';

type Fixtures = {
  lang: Lang;
  /** A visible string of the console in this test's language: t('images:actions.create'). */
  t: (key: string, vars?: Record<string, string | number>) => string;
  loginAs: (user: 'admin' | 'alice' | 'bob' | 'carol' | 'dave', next?: string) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured first argument
  lang: async ({}, use, info) => use(langOf(info)),
  t: async ({ lang }, use) => use((key, vars) => tr(lang, key, vars)),
  loginAs: async ({ page, lang }, use) => {
    await use(async (user, next) => {
      const login = new LoginPage(page, lang);
      await login.goto(next);
      await login.signIn(user);
      await expect(page).not.toHaveURL(/\/login/);
      return page;
    });
  },
  page: async ({ page }, use) => {
    await sim.reset();
    await use(page);
  },
});

export { expect };
