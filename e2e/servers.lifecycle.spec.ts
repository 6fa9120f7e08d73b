// Cloud servers, the main flow: a tenant creates a server in the wizard (image boot, password),
// watches it build, powers it off and on from the detail page, opens its console and deletes it.
import { ServersPage } from './pages/servers-page';
import { expect, test } from './support/fixtures';

test(
  'a tenant creates a server, stops and starts it, opens its console and deletes it',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ServersPage(page, lang);
    await loginAs('alice', '/servers');
    await expect(ui.heading()).toBeVisible();

    const { wizard, next } = await ui.openCreateWizard();

    // Step 1: the image is required before going on.
    await next.click();
    await expect(wizard.getByText(t('ui:validation.required')).first()).toBeVisible();
    await ui.choose(wizard, t('servers:fields.image'), 'Windows-Server-2019-DC');
    await next.click();

    // Step 2: flavors too small for the image are disabled; the quota shows what is added.
    // (the Windows image needs 2 vCPU, 4 GiB and 60 GB).
    await expect(wizard.getByRole('radio', { name: 'm1.medium' })).toBeDisabled();
    await wizard.getByRole('radio', { name: 'm1.large' }).check();
    const quota = wizard.getByRole('group', { name: t('servers:create.quota.title') });
    await expect(quota).toContainText(t('servers:create.quota.instances'));
    await next.click();

    // Step 3: a network (security group "default" is preselected).
    await ui.choose(wizard, t('servers:create.network.networks'), 'chengdu-biz');
    await page.keyboard.press('Escape');
    await next.click();

    // Step 4: a bad name is refused on the field; passwords must match.
    await wizard.getByLabel(t('servers:fields.name'), { exact: true }).fill('9-bad-');
    await wizard.getByLabel(t('servers:create.login.passwordField')).fill('Passw0rd!');
    await wizard.getByLabel(t('servers:create.login.confirm')).fill('Passw0rd?');
    await next.click();
    await expect(wizard.getByText(t('servers:rename.invalid'))).toBeVisible();
    await expect(wizard.getByText(t('servers:create.login.mismatch'))).toBeVisible();
    await wizard.getByLabel(t('servers:fields.name'), { exact: true }).fill('e2e-web');
    await wizard.getByLabel(t('servers:create.login.confirm')).fill('Passw0rd!');
    await next.click();

    // Step 5: review, then create.
    await expect(wizard).toContainText('e2e-web');
    await expect(wizard).toContainText('m1.large');
    await wizard.getByRole('button', { name: t('servers:create.submit') }).click();
    await expect(wizard).toBeHidden();

    // The list polls while the server builds: Building, then Running.
    await expect(ui.row('e2e-web')).toBeVisible();
    await ui.expectStatus(ui.row('e2e-web'), 'ACTIVE');

    // The detail page: stop (confirmed), then start.
    await ui.openDetail('e2e-web');
    await expect(ui.headerButton('start')).toBeDisabled();
    const confirmStop = page.getByRole('dialog').filter({ hasText: t('servers:confirm.stop') });
    await ui.openFromHeaderButton('stop', confirmStop);
    await ui.confirm(confirmStop, t('servers:actions.stop'));
    const header = page.locator('main');
    await ui.expectStatus(header, 'SHUTOFF');
    await expect(ui.headerButton('start')).toBeEnabled();
    await ui.runFromHeaderButton('start');
    await ui.expectStatus(header, 'ACTIVE');

    // The console tab embeds the VNC page returned by os-getVNCConsole.
    await page.getByRole('tab', { name: t('servers:tabs.console') }).click();
    const frameSelector = `iframe[title="${t('servers:console.frameTitle', { name: 'e2e-web' })}"]`;
    const frame = page.frameLocator(frameSelector);
    await expect(frame.getByText('e2e-web login:')).toBeVisible();
    // ...sandboxed (it still draws: the scripts it needs are allowed), under the server's CSP.
    await expect(page.locator(frameSelector)).toHaveAttribute('sandbox', /allow-scripts/);
    await page.getByRole('button', { name: t('servers:actions.reconnect') }).click();
    await expect(frame.getByText('e2e-web login:')).toBeVisible();

    // Delete asks to type the name, then returns to the list, where the server is gone.
    const confirmDelete = page.getByRole('dialog').filter({ hasText: t('servers:confirm.delete') });
    await ui.openFromHeaderMenu('delete', confirmDelete);
    await ui.confirm(confirmDelete, t('servers:actions.delete'));
    await expect(ui.heading()).toBeVisible();
    await expect(ui.row('e2e-web')).toHaveCount(0);
  },
);
