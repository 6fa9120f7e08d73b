import { expect, type Locator } from '@playwright/test';
import { ResourcePage, escapeRegExp } from './resource-page';

/** /physical-machines/orders: the five tabs, the order table, accept/reject, the create drawer. */
export class PmOrdersPage extends ResourcePage {
  readonly ns = 'physical-machines';
  readonly path = '/physical-machines/orders';

  override heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t(`${this.ns}:title.orders`) });
  }

  /** An order's rows are named by their number cell (`#5`). */
  override rows(): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: /^#\d+$/ }) });
  }

  override row(name: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  /** A tab by its type (0–4); its label carries the count. */
  tab(type: string) {
    return this.page.getByRole('tab', {
      name: new RegExp(`^${escapeRegExp(this.t(`${this.ns}:tabs.${type}`))}`),
    });
  }

  async expectCount(type: string, count: number) {
    await expect(this.tab(type)).toHaveText(
      new RegExp(`${escapeRegExp(this.t(`${this.ns}:tabs.${type}`))}\\s*${count}$`),
    );
  }

  override async openCreate() {
    await this.page
      .getByRole('button', { name: this.action('create') })
      .first()
      .click();
    const drawer = this.dialog(`${this.ns}:title.createOrder`);
    await expect(drawer).toBeVisible();
    return drawer;
  }

  async selectAll() {
    await this.table()
      .getByRole('checkbox', { name: this.t('ui:table.selectAll') })
      .check();
  }
}

/** /physical-machines/refunds: the pasted list, the confirmation and the result table. */
export class PmRefundsPage extends ResourcePage {
  readonly ns = 'physical-machines';
  readonly path = '/physical-machines/refunds';

  override heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t(`${this.ns}:title.refunds`) });
  }

  input() {
    return this.page.getByLabel(this.t(`${this.ns}:fields.snids`));
  }

  result(snid: string) {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: snid, exact: true }) });
  }
}

/** /managed-vms: the region picker and the paged VM table with power actions. */
export class ManagedVmsPage extends ResourcePage {
  readonly ns = 'managed-vms';
  readonly path = '/managed-vms';

  override rows(): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('checkbox') })
      .filter({
        hasNot: this.page.getByRole('checkbox', { name: this.t('ui:table.selectAll') }),
      });
  }

  override row(name: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }
}
