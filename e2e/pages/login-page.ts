import { expect, type Page } from '@playwright/test';
import { tr, type Lang } from '../support/lang';

export class LoginPage {
  readonly page: Page;
  readonly lang: Lang;
  constructor(page: Page, lang: Lang) {
    this.page = page;
    this.lang = lang;
  }

  username() {
    return this.page.getByLabel(tr(this.lang, 'auth:fields.username'));
  }
  password() {
    return this.page.getByLabel(tr(this.lang, 'auth:fields.password'));
  }
  submit() {
    return this.page.getByRole('button', {
      name: tr(this.lang, 'auth:actions.login'),
      exact: true,
    });
  }

  async goto(next?: string) {
    await this.page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
    await expect(this.submit()).toBeVisible();
  }

  async signIn(user: string, password = 'cloudos') {
    await this.username().fill(user);
    await this.password().fill(password);
    await this.submit().click();
  }
}
