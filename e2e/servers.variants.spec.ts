// Cloud servers, the variants of the main flow: boot from an existing system disk with a key pair,
// a live resize (CPU and RAM may only grow) and a soft reboot from the detail page.
import { escapeRegExp } from './pages/resource-page';
import { ServersPage } from './pages/servers-page';
import { expect, test } from './support/fixtures';
import { recordTexts } from './support/transient';

type CreateRequest = {
  server: {
    imageRef?: string;
    key_name?: string;
    adminPass?: string;
    block_device_mapping_v2?: { uuid: string; boot_index: number; source_type: string }[];
  };
};

test(
  'a tenant creates a server from an existing system disk and logs in with a key pair',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ServersPage(page, lang);
    await loginAs('alice', '/servers');
    await expect(ui.heading()).toBeVisible();

    const { wizard, next } = await ui.openCreateWizard();

    // Step 1: one volume boots one server, so the count stops at 1; a system disk replaces the image.
    const count = wizard.getByRole('spinbutton', { name: t('servers:create.count') });
    await expect(count).toHaveAttribute('aria-valuemax', '10');
    // The source is a button-style radio: its input is hidden, the user clicks the button.
    const volumeSource = wizard.getByRole('radio', { name: t('servers:create.source.volume') });
    await wizard.getByText(t('servers:create.source.volume'), { exact: true }).click();
    await expect(volumeSource).toBeChecked();
    await expect(wizard.getByText(t('servers:create.countVolume'))).toBeVisible();
    await expect(count).toHaveAttribute('aria-valuemax', '1');
    await count.fill('3');
    await count.blur();
    await expect(count).toHaveValue('1');
    await expect(ui.select(wizard, t('servers:fields.image'))).toHaveCount(0);
    await next.click();
    await expect(wizard.getByText(t('ui:validation.required')).first()).toBeVisible();
    await ui.choose(wizard, t('servers:create.source.volumeField'), 'sysdisk');
    await next.click();

    // Step 2: no image limits the flavors (the disk is the volume): even the smallest is offered.
    await expect(wizard.getByRole('radio', { name: 'm1.tiny', exact: true })).toBeEnabled();
    await wizard.getByRole('radio', { name: 'm1.medium', exact: true }).check();
    await next.click();

    // Step 3: a network.
    await ui.choose(wizard, t('servers:create.network.networks'), 'chengdu-biz');
    await page.keyboard.press('Escape');
    await next.click();

    // Step 4: a key pair instead of a password; it is required once chosen.
    await wizard.getByLabel(t('servers:fields.name'), { exact: true }).fill('e2e-from-disk');
    await wizard.getByRole('radio', { name: t('servers:create.login.keypair') }).check();
    await expect(wizard.getByLabel(t('servers:create.login.passwordField'))).toHaveCount(0);
    await next.click();
    await expect(wizard.getByText(t('ui:validation.required')).first()).toBeVisible();
    await ui.pick(wizard, t('servers:fields.key_name'), 'alice-mbp');
    await next.click();

    // Step 5: the review names the system disk and the key pair; one server is created.
    const reviewed = new RegExp(`${escapeRegExp(t('servers:create.source.volume'))}: \\S*sysdisk`);
    await expect(wizard).toContainText(reviewed);
    await expect(wizard).toContainText(`${t('servers:create.login.keypair')}: alice-mbp`);
    await expect(wizard).toContainText('m1.medium');
    const creating = page.waitForRequest(
      (r) => r.method() === 'POST' && /\/servers$/.test(new URL(r.url()).pathname),
    );
    await wizard.getByRole('button', { name: t('servers:create.submit'), exact: true }).click();
    const sent = (await creating).postDataJSON() as CreateRequest;
    expect(sent.server.imageRef).toBeUndefined();
    expect(sent.server.adminPass).toBeUndefined();
    expect(sent.server.key_name).toBe('alice-mbp');
    const [boot] = sent.server.block_device_mapping_v2 ?? [];
    expect(boot).toMatchObject({ boot_index: 0, source_type: 'volume' });
    const volumeId = boot?.uuid ?? '';
    await expect(wizard).toBeHidden();

    // The list polls while it builds; it has no image but its volume.
    await expect(ui.row('e2e-from-disk')).toBeVisible();
    await ui.expectStatus(ui.row('e2e-from-disk'), 'ACTIVE');
    await expect(ui.row('e2e-from-disk')).toContainText(t('servers:fields.bootVolume'));
    await expect(ui.table().getByRole('link', { name: /^e2e-from-disk/ })).toHaveCount(1);

    // The detail page: the chosen volume is attached, the key pair recorded.
    await ui.openDetail('e2e-from-disk');
    const main = page.locator('main');
    await ui.expectStatus(main, 'ACTIVE');
    await expect(main).toContainText(t('servers:fields.bootVolume'));
    await expect(main).toContainText('alice-mbp');
    await expect(main).toContainText('m1.medium');
    await expect(main).toContainText(volumeId.slice(0, 8));
  },
);

test(
  'a live resize refuses to lower RAM and ends with a larger flavor',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ServersPage(page, lang);
    await loginAs('alice', '/servers?status=ACTIVE');
    await expect(ui.heading()).toBeVisible();
    // A running HP_4*16*60 (4 vCPU, 16 GiB, 60 GB): m1.large (4 vCPU, 8 GiB, 80 GB) has a larger
    // disk but less RAM; HP_8*32*100 has more of everything.
    await ui.choose(page.locator('main'), t('servers:filters.allFlavors'), 'HP_4*16*60');
    await expect(ui.firstRow()).toContainText('HP_4*16*60');
    const name = await ui.nameOf(ui.firstRow());
    // Follow the server by name: while it resizes it leaves the filters.
    await page.goto(`/servers?q=${encodeURIComponent(`^${name}$`)}`);
    await expect(ui.row(name)).toBeVisible();
    const actions = ui.recordActions();

    const resize = await ui.openFromMenu(
      name,
      'resize',
      ui.dialog('servers:title.resize', { name }),
    );
    await expect(resize).toContainText('HP_4*16*60');
    const live = resize.getByRole('checkbox', { name: t('servers:resize.live') });
    await expect(live).toBeEnabled();
    const refused = resize.getByText(t('servers:resize.liveShrink'));
    const submit = resize.getByRole('button', { name: t('servers:actions.resize') });

    // Offline, m1.large is a valid target; live, it is refused on the field and nothing is sent.
    await ui.choose(resize, t('servers:resize.target'), 'm1.large');
    await expect(resize).toContainText(t('servers:resize.dim.ram'));
    await expect(refused).toHaveCount(0);
    await live.check();
    await expect(refused.first()).toBeVisible();
    await submit.click();
    await expect(refused.first()).toBeVisible();
    await expect(resize).toBeVisible();

    await ui.choose(resize, t('servers:resize.target'), 'HP_8*32*100');
    await expect(refused).toHaveCount(0);
    await expect(live).toBeChecked();
    await submit.click();
    await expect(resize).toBeHidden();

    // The flavor changes when the resize is done, and the server is running again.
    await expect(ui.row(name)).toContainText('HP_8*32*100');
    await ui.expectStatus(ui.row(name), 'ACTIVE');
    expect(actions).toEqual([{ liveresize: { flavorRef: expect.any(String) } }]);
  },
);

test(
  'a soft reboot from the detail page brings the server back running',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ServersPage(page, lang);
    await loginAs('alice', '/servers?status=ACTIVE');
    const name = await ui.openFirstDetail();
    const main = page.locator('main');
    await ui.expectStatus(main, 'ACTIVE');
    const actions = ui.recordActions();

    // A soft reboot is a header button; it is confirmed (services stop while the guest restarts),
    // and cancelling sends nothing. It ends where it began (ACTIVE), so wait for the server to be
    // fetched back idle after the action was accepted.
    const confirm = page.getByRole('dialog').filter({ hasText: t('servers:confirm.reboot') });
    await ui.headerButton('reboot').click();
    await confirm.getByRole('button', { name: t('ui:confirm.cancel') }).click();
    await expect(confirm).toBeHidden();
    expect(actions).toEqual([]);
    const done = await recordTexts(
      page,
      new RegExp(
        escapeRegExp(t('ui:batch.succeededOne', { title: t('servers:actions.reboot'), name })),
      ),
    );
    await ui.settleAfter(async () => {
      await ui.headerButton('reboot').click();
      await ui.confirm(confirm, t('servers:actions.reboot'));
      await done.seen();
    }, 'ACTIVE');
    await ui.expectStatus(main, 'ACTIVE');
    await expect(ui.headerButton('reboot')).toBeEnabled();
    expect(actions).toEqual([{ reboot: { type: 'SOFT' } }]);
  },
);

test(
  'over quota, the wizard says which limit and will not create; within it, it will',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    // dave's organisation (finance) is seeded nearly full: 3 more servers, 8 more vCPUs.
    const ui = new ServersPage(page, lang);
    await loginAs('dave', '/servers');
    await expect(ui.heading()).toBeVisible();
    const { wizard, next, back } = await ui.openCreateWizard();
    const count = wizard.getByRole('spinbutton', { name: t('servers:create.count') });

    await ui.choose(wizard, t('servers:fields.image'), 'cirros');
    await count.fill('4');
    await next.click();
    await wizard.getByRole('radio', { name: 'm1.tiny', exact: true }).check();
    const quota = wizard.getByRole('group', { name: t('servers:create.quota.title') });
    const over = (what: string) =>
      quota.getByText(t('servers:create.quota.over', { what: t(`servers:create.quota.${what}`) }));
    await expect(over('instances')).toBeVisible();

    // Three servers fit the instance limit; three of a 4-vCPU, 4 GiB flavor fit the memory limit
    // but not the vCPU one.
    await back.click();
    await count.fill('3');
    await next.click();
    await expect(over('instances')).toHaveCount(0);
    await wizard.getByRole('radio', { name: 'c2.large', exact: true }).check();
    await expect(over('cores')).toBeVisible();
    await next.click();
    await ui.choose(wizard, t('servers:create.network.networks'), 'finance-net');
    await page.keyboard.press('Escape');
    await next.click();
    await wizard.getByLabel(t('servers:fields.name'), { exact: true }).fill('e2e-quota');
    await wizard.getByLabel(t('servers:create.login.passwordField')).fill('Passw0rd!');
    await wizard.getByLabel(t('servers:create.login.confirm')).fill('Passw0rd!');
    await next.click();
    const submitMany = wizard.getByRole('button', {
      name: t('servers:create.submitMany', { count: 3 }),
    });
    await expect(submitMany).toBeDisabled();

    // Back to the flavor step: a 1-vCPU flavor fits (3 × 1 ≤ 8), and the three are created.
    await back.click();
    await back.click();
    await back.click();
    await wizard.getByRole('radio', { name: 'm1.small', exact: true }).check();
    await expect(quota.getByRole('alert')).toHaveCount(0);
    await next.click();
    await next.click();
    await next.click();
    await expect(submitMany).toBeEnabled();
    await submitMany.click();
    await expect(wizard).toBeHidden();
    for (const n of ['e2e-quota-1', 'e2e-quota-2', 'e2e-quota-3'])
      await expect(ui.row(n)).toBeVisible();
  },
);
