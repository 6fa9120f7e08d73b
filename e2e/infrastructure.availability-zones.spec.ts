// Availability zones (admin): a zone's services, hosts and a compute host's storage pools; create,
// edit and delete a zone; a zone in use refused with the service's reason.
import { AvailabilityZonesPage } from './pages/availability-zones-page';
import { expect, test } from './support/fixtures';
import { recordTexts } from './support/transient';

test(
  'an admin looks into a zone, creates, edits and deletes one',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new AvailabilityZonesPage(page, lang);
    await loginAs('admin', '/availability-zones');
    await expect(ui.heading()).toBeVisible();
    await expect(ui.row('iron1')).toContainText(t('availability-zones:resourceType.ironic'));

    // A compute zone: its nova-compute hosts, and a host's storage pools.
    await ui.row('cas191p1c1').getByRole('button', { name: 'cas191p1c1', exact: true }).click();
    const look = page.getByRole('dialog', { name: 'cas191p1c1' });
    await expect(look).toContainText(t('availability-zones:services.title'));
    await expect(look).toContainText('nova-compute');
    const host = look.getByRole('button', {
      name: t('availability-zones:pools.open', { host: 'compcas5mbw87y2rc' }),
    });
    await host.click();
    const pools = look
      .getByRole('region', { name: /./ })
      .filter({ hasText: t('availability-zones:pools.total') });
    await expect(pools).toContainText(/GiB|TiB/);
    await page.keyboard.press('Escape');
    await expect(look).toBeHidden();

    // Create: the zone name rule is checked before sending.
    const create = await ui.openCreate();
    await ui.field(create, 'labelName').fill('E2E 区');
    await ui.field(create, 'zone').fill('nova');
    await ui.submit(create);
    await expect(create.getByText(t('availability-zones:form.zone.reserved'))).toBeVisible();
    await ui.field(create, 'zone').fill('e2e_z1');
    await ui.submit(create);
    await expect(create).toBeHidden();
    await expect(ui.row('E2E 区')).toContainText('e2e_z1');

    // Edit the alias.
    await ui.rowAction('E2E 区', 'edit');
    const edit = ui.dialog('availability-zones:title.edit', { name: 'E2E 区' });
    await expect(edit).toBeVisible();
    await ui.field(edit, 'labelName').fill('E2E 区二');
    await ui.submit(edit);
    await expect(edit).toBeHidden();
    await expect(ui.row('E2E 区二')).toBeVisible();

    // Delete it: a new zone holds nothing yet.
    await ui.rowAction('E2E 区二', 'delete');
    await ui.confirm(ui.confirmDialog('ui:confirm.typeName'), ui.action('delete'));
    await expect(ui.row('E2E 区二')).toHaveCount(0);
  },
);

test(
  'a zone in use is not deleted, and the reason is shown',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new AvailabilityZonesPage(page, lang);
    await loginAs('admin', '/availability-zones');
    await expect(ui.heading()).toBeVisible();
    const failed = await recordTexts(page, /cas191p1c1 still has/);
    await ui.rowAction('cas191p1c1', 'delete');
    await ui.confirm(ui.confirmDialog('ui:confirm.typeName'), ui.action('delete'));
    const text = await failed.seen();
    expect(text).toContain(t('availability-zones:actions.delete'));
    await expect(ui.row('cas191p1c1')).toBeVisible();
  },
);
