// The task centre: a server create and a failing bulk action are recorded, followed to their ends
// and still there, with their outcome, after a reload; a power action and a bare-metal provision
// are followed until their resource gets where the action leads.
import { BareMetalNodesPage } from './pages/bare-metal-page';
import { escapeRegExp } from './pages/resource-page';
import { ServersPage } from './pages/servers-page';
import { expect, test } from './support/fixtures';

test(
  'the task centre follows a server create and a failing batch across a reload',
  { tag: '@en' },
  async ({ page, lang, t, loginAs, sim }) => {
    const ui = new ServersPage(page, lang);
    await loginAs('alice', '/servers');
    await expect(ui.heading()).toBeVisible();

    // A server create, as in the main flow.
    const { wizard, next } = await ui.openCreateWizard();
    await ui.choose(wizard, t('servers:fields.image'), 'Windows-Server-2019-DC');
    await next.click();
    await wizard.getByRole('radio', { name: 'm1.large' }).check();
    await next.click();
    await ui.choose(wizard, t('servers:create.network.networks'), 'chengdu-biz');
    await page.keyboard.press('Escape');
    await next.click();
    await wizard.getByLabel(t('servers:fields.name'), { exact: true }).fill('e2e-task');
    await wizard.getByLabel(t('servers:create.login.passwordField')).fill('Passw0rd!');
    await wizard.getByLabel(t('servers:create.login.confirm')).fill('Passw0rd!');
    await next.click();
    await wizard.getByRole('button', { name: t('servers:create.submit') }).click();
    await expect(wizard).toBeHidden();

    // A bulk start of two stopped servers that the platform refuses.
    await page.goto('/servers?status=SHUTOFF');
    await expect(ui.firstRow()).toBeVisible();
    const rows = ui.rows();
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await sim.fault({
      method: 'POST',
      path: '/servers/[^/]+/action$',
      status: 409,
      count: 2,
      msg: 'Cannot start: host in maintenance',
    });
    await ui.bulkAction('start');

    // The drawer lists both; the batch fails with the platform's message.
    const drawer = page.getByRole('dialog', { name: t('shell:tasks.title') });
    const openTasks = async () => {
      await page.getByRole('button', { name: /^Tasks:/ }).click();
      await expect(drawer).toBeVisible();
    };
    const create = drawer
      .getByRole('listitem')
      .filter({ hasText: t('shell:tasks.kind.serverCreate', { title: 'e2e-task' }) });
    const batch = drawer
      .getByRole('listitem')
      .filter({ hasText: t('shell:tasks.kind.batch', { title: t('servers:actions.start') }) });
    await openTasks();
    await expect(batch.getByText(t('shell:tasks.status.failed'), { exact: true })).toBeVisible();
    await expect(create).toBeVisible();

    // Across a reload: both are still there, and the create is followed to its end.
    await page.reload();
    await expect(ui.heading()).toBeVisible();
    await openTasks();
    await expect(batch.getByText('Cannot start: host in maintenance')).toBeVisible();
    await expect(batch.getByText(t('shell:tasks.status.failed'), { exact: true })).toBeVisible();
    await expect(
      create.getByText(t('shell:tasks.status.succeeded'), { exact: true }),
    ).toBeVisible();
    await expect(create).toContainText('Alice Wang');

    // "Go to resource" opens the created server.
    await create.getByRole('link', { name: t('shell:tasks.actions.go') }).click();
    await expect(page).toHaveURL(/\/servers\/[0-9a-f-]{36}$/);
  },
);

test(
  'the task centre follows a stop to SHUTOFF and a bare-metal provide to its end',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const servers = new ServersPage(page, lang);
    await loginAs('admin', '/servers?status=ACTIVE');
    await expect(servers.firstRow()).toBeVisible();
    const server = await servers.nameOf(servers.firstRow());
    // From the bulk bar: the first row's menu opens past the top of a 720 px high window.
    await servers.firstRow().getByRole('checkbox').check();
    await servers.bulkAction('stop');
    await servers.confirm(servers.confirmDialog('servers:confirm.stop'), t('servers:actions.stop'));

    // A provide runs a manageable node through cleaning to available.
    const nodes = new BareMetalNodesPage(page, lang);
    await nodes.navigate('/bare-metal/nodes?state=manageable&maintenance=false');
    await expect(nodes.firstRow()).toBeVisible();
    const node = await nodes.nameOf(nodes.firstRow());
    await nodes.firstRow().getByRole('link', { name: node, exact: true }).click();
    await expect(nodes.detailHeading(node)).toBeVisible();
    await nodes.headerButton('targets.provide').click();
    const provide = nodes.confirmDialog('bare-metal:confirm.provision', {
      action: t('bare-metal:targets.provide'),
      name: node,
    });
    await nodes.confirm(provide, t('bare-metal:targets.provide'));

    // Both are followed to their ends: the stop (across the page change) until the server is
    // SHUTOFF, the provide until the node rests.
    const prefix = t('shell:tasks.open_other', { count: 0 }).split('0')[0] ?? '';
    await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(prefix)}`) }).click();
    const drawer = page.getByRole('dialog', { name: t('shell:tasks.title') });
    const task = (title: string) =>
      drawer.getByRole('listitem').filter({ hasText: t('shell:tasks.kind.action', { title }) });
    const succeeded = t('shell:tasks.status.succeeded');
    const stopped = task(`${t('servers:actions.stop')} ${server}`);
    const provided = task(`${t('bare-metal:targets.provide')} ${node}`);
    await expect(stopped.getByText(succeeded, { exact: true })).toBeVisible();
    await expect(provided.getByText(succeeded, { exact: true })).toBeVisible();

    await stopped.getByRole('link', { name: t('shell:tasks.actions.go') }).click();
    await expect(page).toHaveURL(/\/servers\/[0-9a-f-]{36}$/);
    await servers.expectStatus(servers.main(), 'SHUTOFF');
  },
);
