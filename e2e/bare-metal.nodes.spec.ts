// Bare metal nodes (admin): the list filtered by state with the last error at a glance; a node's
// page offering exactly the provision targets its state allows, one of them run to the end; the
// refusals a user meets (maintenance blocks provisioning, a node with an instance cannot be
// deleted) shown with their reason; bulk maintenance through the batch runner.
import { BareMetalNodesPage } from './pages/bare-metal-page';
import { expect, test } from './support/fixtures';

test(
  'an admin filters nodes, opens a manageable one and provides it',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new BareMetalNodesPage(page, lang);
    await loginAs('admin', '/bare-metal/nodes?state=clean%20failed&maintenance=false');
    await expect(ui.heading()).toBeVisible();
    // A failed node shows its last error in the row.
    await expect(ui.firstRow()).toContainText('erase_devices');
    await ui.expectStatus(ui.firstRow(), 'clean failed');

    await page.goto('/bare-metal/nodes?state=manageable&maintenance=false');
    await expect(ui.heading()).toBeVisible();
    const name = await ui.nameOf(ui.firstRow());
    await ui.firstRow().getByRole('link', { name, exact: true }).click();
    await expect(ui.detailHeading(name)).toBeVisible();
    await ui.expectStatus(ui.main(), 'manageable');

    // Exactly the targets of "manageable": inspect, clean, provide, adopt; not deploy or manage.
    for (const target of ['inspect', 'clean', 'provide', 'adopt'])
      await expect(ui.headerButton(`targets.${target}`)).toBeEnabled();
    for (const target of ['manage', 'active', 'deleted', 'abort'])
      await expect(ui.headerButton(`targets.${target}`)).toHaveCount(0);

    await ui.headerButton('targets.provide').click();
    const dialog = ui.confirmDialog('bare-metal:confirm.provision', {
      action: t('bare-metal:targets.provide'),
      name,
    });
    await ui.confirm(dialog, t('bare-metal:targets.provide'));
    // provide runs through cleaning to available; the page polls until it settles.
    await ui.expectStatus(ui.main(), 'available');
    await expect(ui.headerButton('targets.active')).toBeVisible();
  },
);

test(
  'maintenance blocks provisioning with its reason until it is taken off',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new BareMetalNodesPage(page, lang);
    await loginAs('admin', '/bare-metal/nodes?state=manageable&maintenance=true');
    await expect(ui.heading()).toBeVisible();
    const name = await ui.nameOf(ui.firstRow());
    await ui.firstRow().getByRole('link', { name, exact: true }).click();
    await expect(ui.detailHeading(name)).toBeVisible();

    const provide = ui.main().getByRole('button', { name: t('bare-metal:targets.provide') });
    await expect(provide).toBeDisabled();
    await expect(ui.main()).toContainText(t('bare-metal:guards.maintenance'));

    await ui
      .main()
      .getByRole('button', { name: t('ui:actions.more') })
      .click();
    await page.getByRole('menuitem', { name: t('bare-metal:actions.maintenanceOff') }).click();
    await expect(provide).toBeEnabled();
    await expect(ui.main()).not.toContainText(t('bare-metal:inMaintenance'));
  },
);

test(
  'a node with an instance cannot be deleted; bulk maintenance records the reason',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new BareMetalNodesPage(page, lang);
    await loginAs('admin', '/bare-metal/nodes?associated=true&maintenance=false');
    await expect(ui.heading()).toBeVisible();
    const name = await ui.nameOf(ui.firstRow());
    const del = await ui.menuItem(name, 'delete');
    await expect(del).toHaveAttribute('aria-disabled', 'true');
    await expect(del).toContainText(t('bare-metal:guards.instance'));
    await page.keyboard.press('Escape');

    await page.goto('/bare-metal/nodes?state=available&maintenance=false');
    await expect(ui.heading()).toBeVisible();
    const first = await ui.nameOf(ui.rows().nth(0));
    const second = await ui.nameOf(ui.rows().nth(1));
    await ui.row(first).getByRole('checkbox').check();
    await ui.row(second).getByRole('checkbox').check();
    await ui.bulkAction('maintenanceOn');
    const dialog = page.getByRole('dialog').filter({ hasText: t('bare-metal:form.reasonHelp') });
    await dialog.getByRole('textbox', { name: t('bare-metal:form.reason') }).fill('e2e rack move');
    await dialog.getByRole('button', { name: t('bare-metal:actions.maintenanceOn') }).click();
    await page.goto('/bare-metal/nodes?state=available&maintenance=true');
    await expect(ui.row(first)).toContainText('e2e rack move');
    await expect(ui.row(second)).toContainText('e2e rack move');
  },
);

test(
  'an admin enrolls a node with a port, bonds it into a portgroup and deletes the node',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new BareMetalNodesPage(page, lang);
    await loginAs('admin', '/bare-metal/nodes');
    await expect(ui.heading()).toBeVisible();
    await page.getByRole('button', { name: t('bare-metal:actions.enroll') }).click();
    const enroll = ui.dialog('bare-metal:title.enroll');
    await expect(enroll).toBeVisible();
    await ui.field(enroll, 'name').fill('e2e-bm-1');
    await enroll.getByLabel(t('bare-metal:form.ipmiAddress')).fill('10.9.8.7');
    const mac = enroll.getByLabel(`${t('bare-metal:fields.address')} 1`);
    await mac.fill('52:54:00:e2');
    await ui.submit(enroll);
    await expect(enroll.getByText(t('bare-metal:form.invalidMac'))).toBeVisible();
    await mac.fill('52:54:00:E2:E0:01');
    await ui.submit(enroll);
    await expect(ui.detailHeading('e2e-bm-1')).toBeVisible();
    await ui.expectStatus(ui.main(), 'enroll');

    await page.getByRole('tab', { name: t('bare-metal:tabs.portgroups') }).click();
    await page
      .getByRole('button', { name: t('bare-metal:actions.createPortgroup') })
      .first()
      .click();
    const pg = ui.dialog('bare-metal:title.portgroup');
    await ui.field(pg, 'name').fill('bond-e2e');
    await ui.submit(pg);
    await expect(pg).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: 'bond-e2e' })).toBeVisible();

    await page.getByRole('tab', { name: t('bare-metal:tabs.ports') }).click();
    const port = page.getByRole('row').filter({ hasText: '52:54:00:e2:e0:01' });
    await port.getByRole('button', { name: t('bare-metal:actions.bind') }).click();
    const bind = ui.dialog('bare-metal:title.bind', { address: '52:54:00:e2:e0:01' });
    await ui.pick(bind, t('bare-metal:form.portgroup'), 'bond-e2e');
    await ui.submit(bind);
    await expect(bind).toBeHidden();
    await expect(port).toContainText('bond-e2e');

    await page.getByRole('tab', { name: t('bare-metal:tabs.overview') }).click();
    await ui
      .main()
      .getByRole('button', { name: t('ui:actions.moreFor', { name: 'e2e-bm-1' }) })
      .first()
      .click();
    await page.getByRole('menuitem', { name: t('bare-metal:actions.delete') }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: t('bare-metal:confirm.delete') });
    await ui.confirm(confirm, t('bare-metal:actions.delete'));
    await expect(ui.heading()).toBeVisible();
  },
);
