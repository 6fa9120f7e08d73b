// A server's Snapshots tab (whole-VM snapshot tree and instance snapshots) and the snapshot
// policies page, by role and label in the test's language.
import { expect, type Locator } from '@playwright/test';
import { ResourcePage } from './resource-page';
import { ServersPage } from './servers-page';

/** The Snapshots tab of a server's page (reached from /servers, so it is a servers page). */
export class VmSnapshotsTab extends ServersPage {
  /** Opens the Snapshots tab of the server page the test is on. */
  async open() {
    await this.page.getByRole('tab', { name: this.t('servers:tabs.snapshots') }).click();
    await expect(this.tree()).toBeVisible();
  }

  /** The whole-VM snapshot tree (a table named by its section). */
  tree(): Locator {
    return this.page.getByRole('table', { name: this.t('servers:vmSnapshots.title') });
  }

  snapshot(name: string): Locator {
    return this.tree()
      .getByRole('row')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  createDrawer(): Locator {
    return this.dialog('servers:vmSnapshots.form.createTitle');
  }

  async openCreateSnapshot() {
    await this.page
      .getByRole('button', { name: this.t('servers:vmSnapshots.actions.create') })
      .first()
      .click();
    await expect(this.createDrawer()).toBeVisible();
    return this.createDrawer();
  }

  nameField(drawer: Locator) {
    return drawer.getByLabel(this.t('servers:vmSnapshots.fields.name'), { exact: true });
  }

  /**
   * Creates a snapshot and returns once it is written. While it is written the server takes no
   * other snapshot, and the page learns that from its next poll: until then the create button is
   * enabled and turns disabled under a click (a CI run's click on it, right after this drawer
   * closed, opened nothing).
   */
  async create(name: string) {
    const drawer = await this.openCreateSnapshot();
    await this.nameField(drawer).fill(name);
    await drawer
      .getByRole('button', { name: this.t('servers:vmSnapshots.actions.create') })
      .click();
    await expect(drawer).toBeHidden();
    await expect(this.snapshot(name)).toContainText(this.t('servers:vmSnapshots.status.available'));
  }

  /** Runs a row action that asks first, and confirms it. */
  async confirmRowAction(name: string, verb: 'revert' | 'delete') {
    const label = this.t(`servers:vmSnapshots.actions.${verb}`);
    await this.snapshot(name).getByRole('button', { name: label }).click();
    const dialog = this.page
      .getByRole('dialog')
      .filter({ hasText: this.t(`servers:vmSnapshots.confirm.${verb}Title`, { name }) });
    await this.confirm(dialog, label);
    await expect(dialog).toBeHidden();
  }
}

/** /snapshot-policies: the list of policies, its create drawer and confirmations. */
export class SnapshotPoliciesPage extends ResourcePage {
  readonly ns = 'snapshot-policies';
  readonly path = '/snapshot-policies';
  // A policy's name cell is plain text (no detail page or quick look).
  override readonly nameRole = 'button';

  override row(name: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }
}
