// Compute nodes (admin): the add wizard (connection → validate → configuration with the networks
// fetched from the manager → add), the new node listed with its virtualization type and no zone
// yet, edited (a wrong password refused with the platform's reason), deleted with confirmation; an unreachable manager refused in the wizard with its reason.
import { ComputeNodesPage } from './pages/compute-nodes-page';
import { expect, test } from './support/fixtures';

test(
  'an admin adds a CAS compute node through the wizard, edits and deletes it',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ComputeNodesPage(page, lang);
    await loginAs('admin', '/compute-nodes');
    await expect(ui.heading()).toBeVisible();
    await expect(ui.table()).toContainText('VMware');

    await page
      .getByRole('button', { name: t('compute-nodes:actions.add') })
      .first()
      .click();
    const wizard = ui.dialog('compute-nodes:title.add');
    await expect(wizard).toBeVisible();
    await ui.field(wizard, 'hostIp').fill('10.125.40.8');
    await ui.field(wizard, 'userName').fill('admin');
    await ui.field(wizard, 'password').fill('secret-1');
    await wizard.getByRole('button', { name: t('compute-nodes:wizard.validate') }).click();

    await ui.field(wizard, 'hostName').fill('e2e-cas-node');
    await ui.field(wizard, 'poolName').fill('pool1');
    await ui.choose(wizard, t('compute-nodes:fields.storageZone'), 'cinder191');
    await wizard.getByRole('button', { name: t('compute-nodes:wizard.refresh') }).click();
    await wizard.getByRole('checkbox', { name: /^vxlan/ }).check();
    await wizard.getByRole('button', { name: t('compute-nodes:actions.add') }).click();
    await expect(wizard).toBeHidden();

    const row = ui.row('e2e-cas-node');
    await expect(row).toContainText('CAS');
    await expect(row).toContainText(t('compute-nodes:zone.none'));

    // Edit: the manager is asked again with the credentials saved; a wrong password keeps the
    // drawer open with the platform's reason and everything typed, a blank one keeps the stored one.
    await ui.rowAction('e2e-cas-node', 'edit');
    const edit = ui.dialog('compute-nodes:title.edit', { name: 'e2e-cas-node' });
    await expect(edit).toBeVisible();
    await ui.field(edit, 'poolName').fill('pool-e2e');
    await ui.field(edit, 'password').fill('abc');
    await ui.submit(edit);
    await expect(edit.getByText(/Authentication to .* failed/).first()).toBeVisible();
    await expect(ui.field(edit, 'poolName')).toHaveValue('pool-e2e');
    await ui.field(edit, 'password').fill('');
    await ui.submit(edit);
    await expect(edit).toBeHidden();
    await ui.rowAction('e2e-cas-node', 'edit');
    await expect(ui.field(edit, 'poolName')).toHaveValue('pool-e2e');
    await edit.getByRole('button', { name: t('ui:form.cancel') }).click();
    await expect(edit).toBeHidden();

    await ui.rowAction('e2e-cas-node', 'delete');
    await ui.confirm(ui.confirmDialog('ui:confirm.typeName'), ui.action('delete'));
    await expect(row).toHaveCount(0);
  },
);

test(
  'an unreachable manager is refused in the wizard with its reason',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ComputeNodesPage(page, lang);
    await loginAs('admin', '/compute-nodes');
    await expect(ui.heading()).toBeVisible();
    await page
      .getByRole('button', { name: t('compute-nodes:actions.add') })
      .first()
      .click();
    const wizard = ui.dialog('compute-nodes:title.add');
    await ui.field(wizard, 'hostIp').fill('203.0.113.5');
    await ui.field(wizard, 'userName').fill('admin');
    await ui.field(wizard, 'password').fill('secret-1');
    await wizard.getByRole('button', { name: t('compute-nodes:wizard.validate') }).click();
    const alert = wizard.getByRole('alert');
    await expect(alert).toContainText(t('compute-nodes:wizard.refusedTitle'));
    await expect(alert).toContainText(/timed out/);
    await expect(ui.field(wizard, 'hostIp')).toHaveValue('203.0.113.5');
  },
);
