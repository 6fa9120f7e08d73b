// Whole-VM snapshots on a server's Snapshots tab (004 §1.10 #7–12): create one (creating →
// available), restore the server to it (confirmed; a disk-only snapshot leaves the server
// stopped), delete it (confirmed); a name the server already uses is refused before sending.
import { VmSnapshotsTab } from './pages/vm-snapshots-page';
import { expect, test } from './support/fixtures';

test(
  'a tenant creates, restores and deletes a whole-server snapshot',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new VmSnapshotsTab(page, lang);
    await loginAs('alice', '/servers?status=ACTIVE');
    const server = await ui.nameOf(ui.firstRow());
    await ui.openDetail(server);
    await ui.open();

    const name = `e2e-${lang}`;
    await ui.create(name);
    const row = ui.snapshot(name);
    await expect(row).toContainText(t('servers:vmSnapshots.current'));
    await expect(row).toContainText(t('servers:vmSnapshots.status.available'));

    await ui.confirmRowAction(name, 'revert');
    // A disk-only snapshot: the server comes back stopped.
    await ui.expectStatus(page.getByRole('main'), 'SHUTOFF');

    await ui.confirmRowAction(name, 'delete');
    await expect(row).toHaveCount(0);
  },
);

test(
  'a snapshot name the server already uses is refused before sending',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new VmSnapshotsTab(page, lang);
    await loginAs('alice', '/servers?status=ACTIVE');
    await ui.openDetail(await ui.nameOf(ui.firstRow()));
    await ui.open();
    await ui.create('dup-name');
    const drawer = await ui.openCreateSnapshot();
    await ui.nameField(drawer).fill('dup-name');
    await drawer.getByRole('button', { name: t('servers:vmSnapshots.actions.create') }).click();
    await expect(drawer.getByText(t('servers:vmSnapshots.form.nameTaken'))).toBeVisible();
  },
);
