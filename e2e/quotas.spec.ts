// Quotas, quota templates, organisations and users (004 §1.18, §1.6 items 7–11): an admin edits an
// organisation's quota (a limit below the usage is refused with the numbers), creates a template,
// applies one to two organisations with a result per organisation, deletes it; a tenant reads its
// own quota; organisations and users list their assignments.
import { QuotasPage } from './pages/quotas-page';
import { escapeRegExp } from './pages/resource-page';
import { expect, test } from './support/fixtures';

test(
  "an admin edits an organisation's quota; a limit below the usage is refused",
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new QuotasPage(page, lang);
    await loginAs('admin', '/quotas');
    await expect(ui.heading()).toBeVisible();
    // Most pressed first: the unlimited admin organisation comes last.
    await expect(ui.rows().last()).toContainText('admin');

    await ui.rowAction('chengdu', 'edit');
    const drawer = ui.dialog('quotas:title.edit', { name: 'chengdu' });
    await expect(drawer).toBeVisible();
    const cores = ui.input(drawer, 'resources.cores');
    await cores.fill('100');
    await ui.saveWith(drawer, 'actions.save');
    const below = t('quotas:form.belowUsage', { limit: '100', used: '§' });
    await expect(
      drawer.getByText(new RegExp(escapeRegExp(below).replace('§', '.+'))),
    ).toBeVisible();
    await cores.fill('900');
    await ui.saveWith(drawer, 'actions.save');
    await expect(drawer).toBeHidden();
    await expect(ui.row('chengdu')).toContainText('/ 900');
  },
);

test(
  'an admin creates a template, applies one to two organisations and deletes it',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new QuotasPage(page, lang).at('/quota-templates', 'quotas:title.templates');
    await loginAs('admin', '/quota-templates');
    await expect(ui.heading()).toBeVisible();

    await page
      .getByRole('button', { name: t('quotas:actions.create') })
      .first()
      .click();
    const create = ui.dialog('quotas:title.createTemplate');
    await expect(create).toBeVisible();
    await ui.input(create, 'fields.name').fill('e2e preset');
    await ui.input(create, 'counters.novaNum').fill('12');
    await ui.submit(create);
    await expect(create).toBeHidden();
    await expect(ui.row('e2e preset')).toContainText('12');

    // 中型组织 allows 50 instances: the retired lab (8) takes it, chengdu (70) is refused.
    await ui.rowAction('中型组织', 'apply');
    const apply = ui.dialog('quotas:title.apply', { name: '中型组织' });
    await expect(apply).toBeVisible();
    await ui.choose(apply, t('quotas:fields.organizations'), 'lab-archive');
    await ui.choose(apply, t('quotas:fields.organizations'), 'chengdu');
    await page.keyboard.press('Escape');
    await ui.saveWith(apply, 'actions.applyOk');
    const tasks = ui.tasks();
    await expect(tasks).toBeVisible();
    await expect(tasks).toContainText(t('ui:batch.summary.failed_one', { count: 1 }));
    await expect(tasks).toContainText(t('ui:batch.summary.succeeded_one', { count: 1 }));
    await expect(tasks).toContainText('instances: 50 is below the 70 in use');
    await page.keyboard.press('Escape');

    await ui.rowAction('e2e preset', 'delete');
    await ui.confirm(
      page.getByRole('dialog').filter({ hasText: t('quotas:messages.deleteConfirm') }),
      t('quotas:actions.delete'),
    );
    await expect(ui.row('e2e preset')).toHaveCount(0);
  },
);

test(
  'a tenant reads its own quota, read-only',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new QuotasPage(page, lang).at('/quotas', 'quotas:title.mine');
    await loginAs('alice', '/quotas');
    await expect(ui.heading()).toBeVisible();
    await expect(page.getByText(t('quotas:messages.readOnly'))).toBeVisible();
    await expect(page.getByText(t('quotas:resources.cores'), { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: t('quotas:actions.edit') })).toHaveCount(0);
  },
);

test(
  'organisations and users show their members, zones and assignments',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    await loginAs('admin', '/organizations');
    const orgs = new QuotasPage(page, lang).at('/organizations', 'quotas:title.organizations');
    await expect(orgs.heading()).toBeVisible();
    await expect(orgs.row('chengdu')).toContainText('cas191p1c1');
    await expect(
      orgs.row('chengdu').getByRole('link', { name: t('quotas:actions.resources') }),
    ).toHaveAttribute('href', /\/servers\?project=/);

    await orgs.navigate('/users');
    const users = new QuotasPage(page, lang).at('/users', 'quotas:title.users');
    await expect(users.heading()).toBeVisible();
    await expect(users.row('alice')).toContainText('chengdu');
    await users.row('alice').getByRole('button', { name: 'alice' }).click();
    await expect(page.getByRole('dialog', { name: 'alice' })).toContainText('chengdu');
  },
);
