import { expect, type Locator } from '@playwright/test';
import { escapeRegExp, ResourcePage } from './resource-page';

/** /resource-pools/cas and /resource-pools/vmware (admin): tree, host panel, VM table, drawers. */
export class ResourcePoolsPage extends ResourcePage {
  readonly ns = 'resource-pools';
  readonly path = '/resource-pools/cas';

  /** The VM table (the host's details are a table too). */
  override table() {
    return this.page.getByRole('table').filter({
      has: this.page.getByRole('columnheader', { name: this.t('resource-pools:fields.state') }),
    });
  }

  /** VM names are plain text (no link): a row by the text only it has. */
  override row(name: string) {
    return this.table().getByRole('row').filter({ hasText: name });
  }

  /** The name of the table's first VM that shows `text` (a state, "Not managed"). */
  async vmWith(text: string) {
    const row = this.table().getByRole('row').filter({ hasText: text }).first();
    await expect(row).toBeVisible();
    return (await row.getByRole('cell').nth(1).innerText()).trim();
  }

  override heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('resource-pools:title.cas') });
  }

  /** The host panel's heading (the host name). */
  hostHeading(name: string) {
    return this.page.getByRole('heading', { level: 2, name });
  }

  hostButton(verb: string) {
    return this.page.getByRole('button', {
      name: this.t(`resource-pools:actions.${verb}`),
      exact: true,
    });
  }

  /** Body rows of the VM table showing `text` (a host name, "Not managed"). */
  vmRows(text?: string) {
    const rows = this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('checkbox') });
    return text === undefined ? rows : rows.filter({ hasText: text });
  }

  /** Rows of adopted VMs: they link their cloud server. */
  managedRows() {
    return this.vmRows().filter({ has: this.page.getByRole('link') });
  }

  /** Ticks the first `count` of `rows` and returns their VM names. */
  async selectVms(rows: Locator, count: number) {
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      await row.getByRole('checkbox').check();
      // An adopted VM shows its server's name, then its own in brackets: the ledger names the first.
      const text = await row.getByRole('cell').nth(1).innerText();
      names.push(text.replace(/\s*\(.*\)\s*$/, '').trim());
    }
    return names;
  }

  /** A bulk button by its label at the start ("Adopt (2 items)" beside "Release (1 item)"). */
  override async bulkAction(verb: string) {
    await this.bulkBar()
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(this.action(verb))}`) })
      .click();
  }

  /** The session's task drawer (the batch runner's), opened from its floating button. */
  async openTasks() {
    const drawer = this.page.getByRole('dialog', { name: this.t('ui:batch.drawerTitle') });
    if (!(await drawer.isVisible()))
      await this.page
        .getByRole('button', { name: new RegExp(escapeRegExp(this.t('ui:batch.drawerTitle'))) })
        .last()
        .click();
    await expect(drawer).toBeVisible();
    return drawer;
  }

  /** The maintenance flow's modal. */
  maintenance(host: string) {
    return this.dialog('resource-pools:title.maintenance', { name: host });
  }

  async startMaintenance(host: string): Promise<Locator> {
    await this.hostButton('maintenance').click();
    const flow = this.maintenance(host);
    await expect(flow).toBeVisible();
    return flow;
  }
}
