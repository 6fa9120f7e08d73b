// /snapshot-policies: editing a policy (004 §1.10 #4) opens its drawer filled from the policy;
// a changed schedule and retention are saved and shown in the list.
import { SnapshotPoliciesPage } from './pages/vm-snapshots-page';
import { expect, test } from './support/fixtures';

test(
  'a tenant edits a snapshot policy’s retention and time',
  { tag: '@en' },
  async ({ page, lang, loginAs }) => {
    const ui = new SnapshotPoliciesPage(page, lang);
    await loginAs('alice', '/snapshot-policies');
    await expect(ui.heading()).toBeVisible();
    const first = ui.table().getByRole('row').nth(1);
    // The first cell is the row's selection box; the name is the second.
    const name = ((await first.getByRole('cell').nth(1).textContent()) ?? '').trim();
    await first.getByRole('button', { name: ui.action('edit') }).click();
    const drawer = ui.dialog('snapshot-policies:title.edit');
    await expect(drawer).toBeVisible();
    await expect(ui.field(drawer, 'name')).toHaveValue(name);
    await ui.field(drawer, 'maxSnapshotNum').fill('7');
    await ui.field(drawer, 'hour').fill('3');
    await ui.field(drawer, 'minutes').fill('15');
    await drawer.getByRole('button', { name: ui.action('save') }).click();
    await expect(drawer).toBeHidden();
    const row = ui.row(name);
    await expect(row).toContainText('03:15');
    await expect(row.getByRole('cell').filter({ hasText: /^7$/ })).toHaveCount(1);
  },
);
