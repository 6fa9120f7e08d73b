import { expect, type Locator } from '@playwright/test';
import { ResourcePage } from './resource-page';

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
