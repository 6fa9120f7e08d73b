// Whole-VM snapshots on a server's Snapshots tab (004 §1.10 #7–12): create one (creating →
// available), restore the server to it (confirmed; a disk-only snapshot leaves the server
// stopped), delete it (confirmed); a name the server already uses is refused before sending.
import { SnapshotPoliciesPage, VmSnapshotsTab } from './pages/vm-snapshots-page';
import { expect, test } from './support/fixtures';

test(
  'a tenant creates, restores and deletes a whole-server snapshot',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new VmSnapshotsTab(page, lang);
    await loginAs('alice', '/servers?status=ACTIVE');
    await ui.openFirstDetail();
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
    await ui.openFirstDetail();
    await ui.open();
    await ui.create('dup-name');
    const drawer = await ui.openCreateSnapshot();
    await ui.nameField(drawer).fill('dup-name');
    await drawer.getByRole('button', { name: t('servers:vmSnapshots.actions.create') }).click();
    await expect(drawer.getByText(t('servers:vmSnapshots.form.nameTaken'))).toBeVisible();
  },
);

test(
  'a tenant creates a snapshot policy binding a server, then deletes it',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new SnapshotPoliciesPage(page, lang);
    await loginAs('alice', '/snapshot-policies');
    await expect(ui.heading()).toBeVisible();
    const drawer = await ui.openCreate();
    const name = `e2e-policy-${lang}`;
    await ui.field(drawer, 'name').fill(name);
    await ui.pick(drawer, t('snapshot-policies:fields.zones'), 'cas191p1c1 (cas191p1c1)');
    const servers = t('snapshot-policies:fields.servers');
    const box = ui.select(drawer, servers);
    await box.click();
    // The first option of this select's own list (the zone select's list stays in the page).
    const list = page.locator(`[id="${(await box.getAttribute('aria-controls')) ?? ''}"]`);
    const first = list.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-label', /\S/);
    const server = ((await first.getAttribute('aria-label')) ?? '').trim();
    await ui.choose(drawer, servers, server);
    await page.keyboard.press('Escape');
    await drawer.getByRole('button', { name: t('snapshot-policies:actions.create') }).click();
    await expect(drawer).toBeHidden();
    const row = ui.row(name);
    await expect(row).toContainText(t('snapshot-policies:state.1'));
    await expect(row.getByRole('link', { name: server })).toBeVisible();

    await ui.rowAction(name, 'delete');
    await ui.confirm(page.getByRole('dialog').filter({ hasText: name }), ui.action('delete'));
    await expect(row).toHaveCount(0);
  },
);
