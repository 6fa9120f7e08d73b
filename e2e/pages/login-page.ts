import { expect } from '@playwright/test';
import { BasePage } from './resource-page';

export class LoginPage extends BasePage {
  username() {
    return this.page.getByLabel(this.t('auth:fields.username'));
  }
  password() {
    return this.page.getByLabel(this.t('auth:fields.password'));
  }
  submit() {
    return this.page.getByRole('button', { name: this.t('auth:actions.login'), exact: true });
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
