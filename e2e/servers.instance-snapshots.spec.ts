// A server's instance snapshot (004 §1.8, createImage): taken from the Snapshots tab, it saves
// (SAVING → ACTIVE) in the tab's image list and is listed on /snapshots with its source server.
import { VmSnapshotsTab } from './pages/vm-snapshots-page';
import { expect, test } from './support/fixtures';

test(
  'a tenant takes an instance snapshot of a server and finds it on /snapshots',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new VmSnapshotsTab(page, lang);
    await loginAs('alice', '/servers?status=ACTIVE');
    const server = await ui.openFirstDetail();
    await ui.open();
    await page.getByRole('button', { name: t('servers:vmSnapshots.instance.create') }).click();
    const drawer = ui.dialog('servers:vmSnapshots.instance.create');
    await expect(drawer).toBeVisible();
    const name = `e2e-image-${lang}`;
    await drawer.getByLabel(t('servers:snapshots.name'), { exact: true }).fill(name);
    await drawer.getByRole('button', { name: t('servers:vmSnapshots.actions.create') }).click();
    await expect(drawer).toBeHidden();
    const list = page.getByRole('table', { name: t('servers:vmSnapshots.instance.title') });
    const row = list.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText(t('servers:snapshots.statusValue.ACTIVE'));

    await ui.navigate('/snapshots');
    // The server's page stays up until /snapshots has loaded: its own list names the snapshot too.
    await expect(
      page.getByRole('heading', { level: 1, name: t('servers:snapshots.title') }),
    ).toBeVisible();
    const listed = page.getByRole('row').filter({ hasText: name });
    await expect(listed.getByRole('link', { name: server })).toBeVisible();
  },
);
