// Images: bulk delete with a protected image, filters in the URL, injected failure and retry,
// FTP import, download.
import { ImagesPage } from './pages/images-page';
import { escapeRegExp } from './pages/resource-page';
import { expect, test } from './support/fixtures';
import { recordTexts } from './support/transient';

test(
  'bulk delete skips a protected image with its reason and reports per item',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const images = new ImagesPage(page, lang);
    await loginAs('admin', '/images?visibility=public&sort=name.ascend');
    // cirros is unprotected in the seed; one of the admin's public images is protected (lock icon).
    const protectedRow = images
      .table()
      .getByRole('row')
      .filter({ has: page.getByRole('img', { name: t('images:fields.protected') }) })
      .first();
    const protectedName = (await protectedRow.getByRole('link').first().innerText()).trim();
    await images.row('cirros-0.6.2').getByRole('checkbox').check();
    await protectedRow.getByRole('checkbox').check();

    await page
      .getByRole('button', { name: new RegExp(t('images:actions.delete')) })
      .last()
      .click();
    const confirm = page
      .getByRole('dialog')
      .filter({ hasText: t('ui:confirm.willSkip_one', { count: 1 }) });
    await expect(confirm).toContainText(protectedName);
    await expect(confirm).toContainText(t('images:guards.protected'));
    const summary = await recordTexts(
      page,
      new RegExp(escapeRegExp(t('ui:batch.summary.succeeded_one', { count: 1 }))),
    );
    await images.confirm(confirm, t('images:actions.delete'));

    // One summary for the batch, not a toast per item; the protected image stays.
    await summary.seen();
    await expect(images.row('cirros-0.6.2')).toHaveCount(0);
    await expect(images.row(protectedName)).toBeVisible();
  },
);

test('a filter survives a reload', { tag: '@en' }, async ({ page, lang, t, loginAs }) => {
  const images = new ImagesPage(page, lang);
  await loginAs('admin', '/images');
  await images.choose(page, t('images:filters.allVirtTypes'), 'VMware');
  await expect(page).toHaveURL(/virt_type=VMware/);
  await page.reload();
  await expect(images.heading()).toBeVisible();
  // The virtualization column is not among the default columns at 1280 px (U1): the filter is
  // read back from the URL and from its control, which shows the chosen value after the reload.
  await expect(page).toHaveURL(/virt_type=VMware/);
  await expect(page.getByRole('main').getByText('VMware', { exact: true }).first()).toBeVisible();
  await expect(images.table().getByRole('row').nth(1)).toBeVisible();
});

test(
  'an injected server error shows a localized message and retry recovers',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs, sim }) => {
    const images = new ImagesPage(page, lang);
    // 1 try + 2 automatic retries of the list's read. The overview's image counts (limit=1) call
    // the same path and must not use up the injected failures. The failures are in place before
    // any page opens, and the test opens /images directly: the overview (the landing page) reads
    // the images' first page too and polls it while an image is queued (alice has one), so a
    // fault injected while it was open could be used up there before /images asked (seen once
    // pages polled every 500 ms), and the list then loaded on its last retry, showing no error.
    await sim.fault({
      method: 'GET',
      path: '^/os/image/v1/v2/images\\?.*limit=20',
      status: 500,
      count: 3,
      msg: 'glance is down',
    });
    await loginAs('alice', '/images');
    const alert = page
      .getByRole('alert')
      .filter({ hasText: t('ui:error.loadTitle', { resource: t('images:title.list') }) });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('glance is down');
    await alert.getByRole('button', { name: t('ui:error.retry') }).click();
    await expect(alert).toBeHidden();
    // Which images come first depends on the seed (instance snapshots are images too): any row.
    await expect(images.rows().first()).toBeVisible();
  },
);

test(
  'import from FTP runs queued → active, and a missing file ends failed',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const images = new ImagesPage(page, lang);
    await loginAs('alice', '/images');
    for (const [name, file] of [
      [`ftp-ok-${lang}`, 'ubuntu-22.04.iso'],
      [`ftp-missing-${lang}`, 'missing.iso'],
    ] as const) {
      await page.getByRole('button', { name: t('images:actions.ftp') }).click();
      const ftp = images.dialog('images:title.ftp');
      await ftp.getByLabel(t('images:fields.localIp'), { exact: true }).fill('10.125.30.150');
      await ftp.getByLabel(t('images:fields.file_name'), { exact: true }).fill(file);
      await ftp
        .getByLabel(t('images:fields.md5_hash'), { exact: true })
        .fill('e770edb9087058ee54ec56c189a2f7e5');
      await ftp.getByLabel(t('images:fields.os_username'), { exact: true }).fill('ftpuser');
      await ftp.getByLabel(t('images:fields.os_password'), { exact: true }).fill('secret');
      await ftp.getByLabel(t('images:fields.name'), { exact: true }).fill(name);
      await images.choose(ftp, t('images:fields.osType'), 'Ubuntu Linux (64 bit)');
      await ftp.getByRole('button', { name: t('ui:form.submit') }).click();
      await expect(ftp).toBeHidden();
    }
    await images.expectStatus(images.row(`ftp-ok-${lang}`), 'active');
    await images.expectStatus(images.row(`ftp-missing-${lang}`), 'killed');
  },
);

test(
  'the create form refuses a name the platform would reject, before sending',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const images = new ImagesPage(page, lang);
    await loginAs('alice', '/images?drawer=create');
    const create = images.dialog('images:title.create');
    await create.getByLabel(t('images:fields.name'), { exact: true }).fill('镜像/one');
    await create.getByRole('button', { name: t('images:actions.next') }).click();
    await expect(create.getByText(t('images:form.name.help')).first()).toBeVisible();
    await expect(create.getByText(t('images:form.osTypeRequired'))).toBeVisible();
    await expect(create).toBeVisible();
  },
);
