// Server templates: create one with the pickers, start a server from it (the servers page's wizard
// opens prefilled), and, for a seeded template whose image was deleted, the wizard's note, the
// edit that must pick a live image, the name rule, and delete.
import { escapeRegExp } from './pages/resource-page';
import { ServerTemplatesPage } from './pages/server-templates-page';
import { ServersPage } from './pages/servers-page';
import { expect, test } from './support/fixtures';

test(
  'a tenant creates a server template and creates a server from it through the prefilled wizard',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ServerTemplatesPage(page, lang);
    await loginAs('alice', '/server-templates');
    await expect(ui.heading()).toBeVisible();

    const create = await ui.openCreate();
    await ui.field(create, 'name').fill('e2e_web');
    await ui.choose(create, t('server-templates:fields.image'), 'ubuntu-22.04-server');
    await ui.choose(create, t('server-templates:fields.flavor'), 'm1.large');
    await ui.pick(create, t('server-templates:fields.zone'), 'cas191p1c1');
    await ui.submit(create);
    await expect(create).toBeHidden();
    const row = ui.row('e2e_web');
    await expect(row).toContainText('ubuntu-22.04-server');
    await expect(row).toContainText('m1.large');

    // "Create server" opens the servers page's wizard, prefilled from the template.
    await ui.rowAction('e2e_web', 'createServer');
    await expect(page).toHaveURL(/\/servers\?drawer=create&template=/);
    const servers = new ServersPage(page, lang);
    const wizard = servers.dialog('servers:title.create');
    await expect(
      wizard.getByText(t('servers:create.template.prefilled', { name: 'e2e_web' })),
    ).toBeVisible();
    await expect(wizard).toContainText('ubuntu-22.04-server');
    const next = wizard.getByRole('button', { name: t('servers:create.next') });
    await next.click();
    await expect(wizard.getByRole('radio', { name: 'm1.large' })).toBeChecked();
    await next.click();
    await servers.choose(wizard, t('servers:create.network.networks'), 'chengdu-biz');
    await page.keyboard.press('Escape');
    await next.click();
    await wizard.getByLabel(t('servers:fields.name'), { exact: true }).fill('e2e-from-tpl');
    await wizard.getByLabel(t('servers:create.login.passwordField')).fill('Passw0rd!');
    await wizard.getByLabel(t('servers:create.login.confirm')).fill('Passw0rd!');
    await next.click();
    await expect(wizard).toContainText('cas191p1c1');
    await wizard.getByRole('button', { name: t('servers:create.submit') }).click();
    await expect(wizard).toBeHidden();
    await expect(servers.row('e2e-from-tpl')).toBeVisible();
    await expect(page).not.toHaveURL(/template=/);
  },
);

test(
  'a template whose image was deleted: the wizard says so, an edit must pick a live image, then delete',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ServerTemplatesPage(page, lang);
    await loginAs('alice', '/server-templates');
    await expect(ui.heading()).toBeVisible();
    const orphan = ui.rows().filter({ hasText: t('server-templates:refs.imageGone') });
    await expect(orphan).toHaveCount(1);
    const name = await ui.nameOf(orphan);

    // The wizard leaves the image empty and says why.
    await ui.rowAction(name, 'createServer');
    const wizard = ui.dialog('servers:title.create');
    await expect(wizard.getByText(t('servers:create.template.prefilled', { name }))).toBeVisible();
    const [before = ''] = t('servers:create.template.gone.image', { value: '\u0001' }).split(
      '\u0001',
    );
    await expect(wizard.getByText(new RegExp(`^${escapeRegExp(before)}`))).toBeVisible();
    await page.goBack();
    await expect(ui.heading()).toBeVisible();

    // Edit: the deleted image is emptied with a note; the name rule is checked before sending.
    await ui.rowAction(name, 'edit');
    const edit = ui.dialog('server-templates:title.edit');
    await expect(edit.getByText(t('server-templates:form.gone.title'))).toBeVisible();
    await ui.field(edit, 'name').fill('bad-name');
    await ui.submit(edit);
    await expect(
      edit.getByText(t('server-templates:form.name.invalid'), { exact: true }),
    ).toBeVisible();
    await expect(edit.getByText(t('ui:validation.required')).first()).toBeVisible();
    await ui.field(edit, 'name').fill(name);
    await ui.choose(edit, t('server-templates:fields.image'), 'CentOS-7.9-x86_64');
    await ui.submit(edit);
    await expect(edit).toBeHidden();
    await expect(ui.row(name)).toContainText('CentOS-7.9-x86_64');
    await expect(ui.row(name)).not.toContainText(t('server-templates:refs.imageGone'));

    await ui.rowAction(name, 'delete');
    await ui.confirm(
      ui.confirmDialog('server-templates:messages.deleteConfirm'),
      ui.action('delete'),
    );
    await expect(ui.row(name)).toHaveCount(0);
  },
);
