// Host aggregates (admin): delete refused while an aggregate has hosts (the reason in the menu);
// create one in a compute zone, add a host from the picker, remove it, delete the empty aggregate;
// a failed add shown in the quick look.
import { AggregatesPage } from './pages/aggregates-page';
import { expect, test } from './support/fixtures';

test(
  'an admin creates an aggregate, adds and removes a host, and deletes it once empty',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new AggregatesPage(page, lang);
    await loginAs('admin', '/aggregates');
    await expect(ui.heading()).toBeVisible();
    await expect(ui.row('ssd-fast')).toContainText('compcas5mbw87y2rc');

    // An aggregate with hosts cannot be deleted: the menu says why.
    const del = await ui.menuItem('ssd-fast', 'delete');
    await expect(del).toHaveAttribute('aria-disabled', 'true');
    await expect(del).toContainText(t('aggregates:guards.hasHosts_one', { count: 1 }));
    await page.keyboard.press('Escape');

    const create = await ui.openCreate();
    await ui.field(create, 'name').fill('e2e-agg');
    await ui.choose(create, t('aggregates:fields.availability_zone'), 'caz19');
    await ui.submit(create);
    await expect(create).toBeHidden();
    const row = ui.row('e2e-agg');
    await expect(row).toContainText(t('aggregates:hosts.none'));

    await row.getByRole('button', { name: 'e2e-agg', exact: true }).click();
    const look = page.getByRole('dialog', { name: 'e2e-agg' });
    await ui.choose(look, t('aggregates:hosts.pick'), 'cpn-host12rc');
    await look.getByRole('button', { name: t('aggregates:actions.addHost') }).click();
    await expect(row).toContainText('cpn-host12rc');
    const remove = look.getByRole('button', {
      name: t('aggregates:hosts.remove', { host: 'cpn-host12rc' }),
    });
    await remove.click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: t('aggregates:actions.removeHost') })
      .click();
    await expect(row).toContainText(t('aggregates:hosts.none'));
    // The removed host's button is gone; focus stays in the quick look, so Escape closes it.
    await expect(look.getByRole('combobox', { name: t('aggregates:hosts.pick') })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(look).toBeHidden();

    await ui.rowAction('e2e-agg', 'delete');
    await ui.confirm(ui.confirmDialog('ui:confirm.typeName'), ui.action('delete'));
    await expect(ui.row('e2e-agg')).toHaveCount(0);
  },
);

test(
  'a failed add shows the service error in the quick look',
  { tag: '@en' },
  async ({ page, lang, t, loginAs, sim }) => {
    const ui = new AggregatesPage(page, lang);
    await loginAs('admin', '/aggregates');
    await expect(ui.heading()).toBeVisible();
    await sim.fault({
      method: 'POST',
      path: '/os-aggregates/[0-9]+/action$',
      status: 500,
      msg: 'nova-api is unavailable',
    });
    await ui.row('gpu-t4').getByRole('button', { name: 'gpu-t4', exact: true }).click();
    const look = page.getByRole('dialog', { name: 'gpu-t4' });
    await ui.choose(look, t('aggregates:hosts.pick'), 'cpn-host13rc');
    await look.getByRole('button', { name: t('aggregates:actions.addHost') }).click();
    await expect(look.getByRole('alert')).toContainText('nova-api is unavailable');
    await expect(ui.row('gpu-t4')).not.toContainText('cpn-host13rc');
  },
);
