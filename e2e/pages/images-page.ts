import { expect, type Locator, type Page } from '@playwright/test';
import { tr, type Lang } from '../support/lang';

/** /images and its drawers, found by role and label in the test's language. */
export class ImagesPage {
  readonly page: Page;
  readonly lang: Lang;
  constructor(page: Page, lang: Lang) {
    this.page = page;
    this.lang = lang;
  }

  t(key: string, vars?: Record<string, string | number>) {
    return tr(this.lang, key, vars);
  }

  async goto(query = '') {
    await this.page.goto(`/images${query}`);
    await expect(this.heading()).toBeVisible();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('images:title.list') });
  }

  table() {
    return this.page.getByRole('table');
  }

  row(name: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async expectStatus(name: string, status: string, timeout = 15_000) {
    await expect(
      this.row(name).getByText(this.t(`images:status.${status}`), { exact: true }),
    ).toBeVisible({ timeout });
  }

  drawer(titleKey: string) {
    return this.page.getByRole('dialog', { name: this.t(titleKey) });
  }

  /** An antd Select with search: type to filter, Enter picks the first match. */
  async choose(scope: Locator | Page, label: string, text: string) {
    const box = scope.getByLabel(label, { exact: true });
    await box.click();
    await box.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /** A destructive confirmation: type what it asks for (a name or a count), then confirm. */
  async confirm(dialog: Locator, actionLabel: string) {
    const expected = (await dialog.locator('code').first().innerText()).trim();
    await dialog.getByRole('textbox').fill(expected);
    await dialog.getByRole('button', { name: actionLabel }).click();
  }

  async rowAction(name: string, actionKey: string) {
    const row = this.row(name);
    const label = this.t(`images:actions.${actionKey}`);
    const inline = row.getByRole('button', { name: label });
    if (await inline.count()) {
      await inline.click();
      return;
    }
    await row.getByRole('button', { name: this.t('ui:actions.moreFor', { name }) }).click();
    await this.page.getByRole('menuitem', { name: label }).click();
  }
}
