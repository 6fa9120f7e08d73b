// Server groups: create (the name rule checked before sending), see it in the list, delete one and
// several (a warning when groups still have members), and a failed create shown in the drawer.
import { escapeRegExp } from './pages/resource-page';
import { ServerGroupsPage } from './pages/server-groups-page';
import { expect, test } from './support/fixtures';
import { recordTexts } from './support/transient';

test(
  'a tenant creates a server group, sees it listed and deletes groups one by one and in bulk',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ServerGroupsPage(page, lang);
    await loginAs('alice', '/server-groups');
    await expect(ui.heading()).toBeVisible();

    // The documented name rule is checked in the browser, in the user's language.
    const create = await ui.openCreate();
    await expect(create.getByText(t('server-groups:policyHelp.affinity'))).toBeVisible();
    await ui.field(create, 'name').fill('web/tier');
    await ui.submit(create);
    await expect(create.getByText(t('server-groups:form.name.forbiddenChar'))).toBeVisible();
    await ui.field(create, 'name').fill('web-组.');
    await ui.submit(create);
    await expect(create.getByText(t('server-groups:form.name.dotEdge'))).toBeVisible();

    await ui.field(create, 'name').fill('e2e-亲和组');
    await ui.policy(create, 'affinity').check();
    await ui.submit(create);
    await expect(create).toBeHidden();
    const created = ui.row('e2e-亲和组');
    await expect(created).toContainText(t('server-groups:policy.affinity'));
    await expect(created).toContainText(t('server-groups:members.none'));

    // One group through its row action.
    await created.getByRole('button', { name: t('server-groups:actions.delete') }).click();
    await ui.confirm(ui.confirmDialog('ui:confirm.typeName'), ui.action('delete'));
    await expect(created).toHaveCount(0);

    // Two seeded groups through the batch runner; one still has members, and the dialog says so.
    const members = ui.row('mysql-ha');
    await expect(members).toContainText(t('server-groups:members.count_other', { count: 2 }));
    await members.getByRole('checkbox').check();
    await ui.row('batch-group').getByRole('checkbox').check();
    await ui.bulkAction('delete');
    const confirm = page.getByRole('dialog').filter({ hasText: t('ui:confirm.typeCount') });
    await expect(confirm).toContainText(
      t('server-groups:messages.deleteMembers_other', { groups: 1, count: 2 }),
    );
    const summary = await recordTexts(
      page,
      new RegExp(escapeRegExp(t('ui:batch.summary.succeeded_other', { count: 2 }))),
    );
    await ui.confirm(confirm, ui.action('delete'));
    await summary.seen();
    await expect(ui.row('mysql-ha')).toHaveCount(0);
    await expect(ui.row('batch-group')).toHaveCount(0);
    await expect(ui.row('app-colocate')).toBeVisible();
  },
);

test(
  'a failed create keeps the drawer open with the error and the typed values; retry succeeds',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs, sim }) => {
    const ui = new ServerGroupsPage(page, lang);
    await loginAs('alice', '/server-groups');
    await expect(ui.heading()).toBeVisible();
    await sim.fault({
      method: 'POST',
      path: '^/os/compute/v1/v2\\.1/os-server-groups$',
      status: 500,
      msg: 'nova-api is unavailable',
    });

    const create = await ui.openCreate();
    await ui.field(create, 'name').fill('e2e-retry');
    await ui.submit(create);
    const alert = create.getByRole('alert').filter({ hasText: t('ui:form.failed') });
    await expect(alert).toContainText('nova-api is unavailable');
    await expect(create).toBeVisible();
    await expect(ui.field(create, 'name')).toHaveValue('e2e-retry');
    await expect(ui.policy(create, 'anti-affinity')).toBeChecked();

    await ui.submit(create);
    await expect(create).toBeHidden();
    await expect(ui.row('e2e-retry')).toContainText(t('server-groups:policy.anti-affinity'));
  },
);
