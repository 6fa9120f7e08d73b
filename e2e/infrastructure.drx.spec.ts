// DRX policies (admin): create one with the thresholds checked in the browser, disable and enable
// it, delete it; enabling a policy whose seed server is gone is refused with the reason.
import { DrxPage } from './pages/drx-page';
import { expect, test } from './support/fixtures';
import { recordTexts } from './support/transient';

test(
  'an admin creates a DRX policy, disables, enables and deletes it',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new DrxPage(page, lang);
    await loginAs('admin', '/drx');
    await expect(ui.heading()).toBeVisible();
    await expect(ui.rowWith('web-legacy-01')).toContainText(t('drx:status.inactive'));

    const create = await ui.openCreate();
    await ui.field(create, 'uuid').fill('e2e-listener-1');
    await ui.field(create, 'info_desc').fill('e2e scaling');
    // Any running server will do as the seed: the first one offered.
    await ui.choose(create, t('drx:fields.instanceUuid'), '');
    await ui.field(create, 'cpuUtilReduceThreshold').fill('90');
    await ui.submit(create);
    await expect(
      create.getByText(t('drx:form.reduceBelow', { extend: t('drx:fields.cpuUtilThreshold') })),
    ).toBeVisible();
    await ui.field(create, 'cpuUtilReduceThreshold').fill('30');
    await ui.submit(create);
    await expect(create).toBeHidden();

    const row = ui.row('e2e scaling');
    await expect(row).toContainText(t('drx:status.active'));
    await ui.rowAction('e2e scaling', 'disable');
    await expect(row).toContainText(t('drx:status.inactive'));
    await ui.rowAction('e2e scaling', 'enable');
    await expect(row).toContainText(t('drx:status.active'));
    await ui.rowAction('e2e scaling', 'delete');
    await ui.confirm(ui.confirmDialog('ui:confirm.typeName'), ui.action('delete'));
    await expect(row).toHaveCount(0);
  },
);

test(
  'enabling a policy whose seed server is gone is refused with the reason',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new DrxPage(page, lang);
    await loginAs('admin', '/drx');
    await expect(ui.heading()).toBeVisible();
    const row = ui.rowWith('web-legacy-01');
    const failed = await recordTexts(page, /failed/);
    await row.getByRole('button', { name: t('drx:actions.enable') }).click();
    expect(await failed.seen()).toContain(t('drx:actions.enable'));
    await expect(row).toContainText(t('drx:status.inactive'));
  },
);
