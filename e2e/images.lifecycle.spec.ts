// Images, main flow in both languages: create → upload → active → edit → delete.
import { ImagesPage } from './pages/images-page';
import { expect, test } from './support/fixtures';

test(
  'create an image, upload its file, watch it become active, rename it and delete it',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const images = new ImagesPage(page, lang);
    const name = `e2e-${lang}-centos`;
    await loginAs('alice', '/images');

    await page.getByRole('button', { name: t('images:actions.create') }).click();
    const create = images.dialog('images:title.create');
    await create.getByLabel(t('images:fields.name'), { exact: true }).fill(name);
    await images.choose(create, t('images:fields.osType'), 'CentOS 7 (64 bit)');
    await create.getByRole('button', { name: t('images:actions.next') }).click();
    await expect(create).toBeHidden();

    // Step 2: the file, with progress, into the image just created.
    const upload = page.getByRole('dialog', { name: new RegExp(t('images:title.upload')) });
    await expect(upload).toBeVisible();
    await upload.locator('input[type="file"]').setInputFiles({
      name: 'tiny.qcow2',
      mimeType: 'application/octet-stream',
      buffer: Buffer.alloc(256 * 1024, 7),
    });
    await upload.getByRole('button', { name: t('images:actions.upload'), exact: true }).click();
    await expect(upload).toBeHidden();
    await images.expectStatus(images.row(name), 'active');
    await expect(images.row(name)).toContainText('256 KiB');

    // Edit: the detail shows the new name and the protection.
    await images.rowAction(name, 'edit');
    const edit = images.dialog('images:title.edit');
    await edit.getByLabel(t('images:fields.name'), { exact: true }).fill(`${name}-v2`);
    await edit.getByRole('button', { name: t('ui:form.submit') }).click();
    await expect(edit).toBeHidden();
    await expect(images.row(`${name}-v2`)).toBeVisible();

    // Delete, confirmed by typing the name.
    await images.rowAction(`${name}-v2`, 'delete');
    const confirm = page.getByRole('dialog').filter({ hasText: t('ui:confirm.typeName') });
    await expect(confirm).toContainText(`${name}-v2`);
    await images.confirm(confirm, t('images:actions.delete'));
    await expect(images.row(`${name}-v2`)).toHaveCount(0);
  },
);
