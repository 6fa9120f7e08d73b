import { expect, type Locator } from '@playwright/test';
import { ResourcePage } from './resource-page';

/** /quotas, /quota-templates, /organizations and /users: one namespace, four headings. */
export class QuotasPage extends ResourcePage {
  readonly ns = 'quotas';
  path = '/quotas';
  override readonly nameRole = 'button';
  titleKey = 'quotas:title.list';

  at(path: string, titleKey: string) {
    this.path = path;
    this.titleKey = titleKey;
    return this;
  }

  override heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t(this.titleKey) });
  }

  /** A form field by its label, in the quotas namespace (`resources.cores`, `fields.name`). */
  input(scope: Locator, key: string) {
    return scope.getByLabel(this.t(`quotas:${key}`), { exact: true });
  }

  async saveWith(scope: Locator, actionKey: string) {
    await scope.getByRole('button', { name: this.t(`quotas:${actionKey}`) }).click();
  }

  tasks() {
    return this.page.getByRole('dialog', { name: this.t('ui:batch.drawerTitle') });
  }

  async expectRowText(name: string, text: string) {
    await expect(this.row(name)).toContainText(text);
  }
}
