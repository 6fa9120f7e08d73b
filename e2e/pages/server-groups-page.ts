import type { Locator, Page } from '@playwright/test';
import { tr, type Lang } from '../support/lang';

/** /server-groups, its create drawer and confirmations, found by role and label in the test's language. */
export class ServerGroupsPage {
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
    return this.page.getByRole('heading', { level: 1, name: this.t('server-groups:title.list') });
  }

  /** A group's row, found by its name (the quick-look button of the name cell). */
  row(name: string): Locator {
    return this.page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  dialog(titleKey: string) {
    return this.page.getByRole('dialog', { name: this.t(titleKey) });
  }

  field(scope: Locator, field: string) {
    return scope.getByLabel(this.t(`server-groups:fields.${field}`), { exact: true });
  }

  policy(scope: Locator, policy: 'affinity' | 'anti-affinity') {
    return scope.getByRole('radio', {
      name: this.t(`server-groups:policy.${policy}`),
      exact: true,
    });
  }

  async openCreate() {
    await this.page
      .getByRole('button', { name: this.t('server-groups:actions.create') })
      .first()
      .click();
    return this.dialog('server-groups:title.create');
  }

  async submit(form: Locator) {
    await form.getByRole('button', { name: this.t('ui:form.submit') }).click();
  }

  bulkBar() {
    return this.page.getByRole('toolbar', { name: this.t('ui:bulk.toolbar') });
  }

  /** A destructive confirmation: type what it asks for (a name or a count), then confirm. */
  async confirm(dialog: Locator) {
    const expected = (await dialog.locator('code').first().innerText()).trim();
    await dialog.getByRole('textbox').fill(expected);
    await dialog.getByRole('button', { name: this.t('server-groups:actions.delete') }).click();
  }
}
