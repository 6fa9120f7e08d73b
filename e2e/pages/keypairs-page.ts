import type { Locator, Page } from '@playwright/test';
import { tr, type Lang } from '../support/lang';

/** /keypairs, its drawers and the private-key modal, found by role and label in the test's language. */
export class KeypairsPage {
  readonly page: Page;
  readonly lang: Lang;
  constructor(page: Page, lang: Lang) {
    this.page = page;
    this.lang = lang;
  }

  t(key: string, vars?: Record<string, string | number>) {
    return tr(this.lang, key, vars);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('keypairs:title.list') });
  }

  row(name: string): Locator {
    return this.page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  dialog(titleKey: string, vars?: Record<string, string | number>) {
    return this.page.getByRole('dialog', { name: this.t(titleKey, vars) });
  }

  field(scope: Locator, field: string) {
    return scope.getByLabel(this.t(`keypairs:fields.${field}`), { exact: true });
  }

  async openCreate() {
    await this.page.getByRole('button', { name: this.t('keypairs:actions.create') }).click();
    return this.dialog('keypairs:title.create');
  }

  async openImport() {
    await this.page.getByRole('button', { name: this.t('keypairs:actions.import') }).click();
    return this.dialog('keypairs:title.import');
  }

  async submit(form: Locator) {
    await form.getByRole('button', { name: this.t('ui:form.submit') }).click();
  }

  /** A destructive confirmation: type what it asks for (a name or a count), then confirm. */
  async confirm(dialog: Locator, actionLabel: string) {
    const expected = (await dialog.locator('code').first().innerText()).trim();
    await dialog.getByRole('textbox').fill(expected);
    await dialog.getByRole('button', { name: actionLabel }).click();
  }
}

export const FINGERPRINT = /([0-9a-f]{2}:){15}[0-9a-f]{2}/;
