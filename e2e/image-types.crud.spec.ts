// Image types (admin): filter through the platform's endpoints, create, edit, refuse, delete.
import { ImagesPage } from './pages/images-page';
import { expect, test } from './support/fixtures';

test(
  'an admin filters, creates, edits and deletes a user image type; system types stay read-only',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ImagesPage(page, lang);
    await loginAs('admin', '/image-types');
    await expect(
      page.getByRole('heading', { level: 1, name: t('image-types:title.list') }),
    ).toBeVisible();

    // §1.5 item 4 through the virtualization filter (its values come from item 6).
    await ui.choose(page, t('image-types:filters.allVirtTypes'), 'VMware');
    await expect(page).toHaveURL(/virtType=VMware/);
    await expect(page.getByRole('row').filter({ hasText: 'ubuntu64Guest' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'linux|CentOS 7(64-bit)' })).toHaveCount(
      0,
    );
    await ui.navigate('/image-types');

    // A system type explains why it cannot be edited.
    const system = page.getByRole('row').filter({ hasText: 'linux|Asianux 4(32-bit)' });
    await expect(
      system.getByRole('button', { name: t('image-types:actions.edit') }),
    ).toBeDisabled();

    await page.getByRole('button', { name: t('image-types:actions.create') }).click();
    const form = page.getByRole('dialog', { name: t('image-types:title.create') });
    await form
      .getByLabel(t('image-types:fields.imageTypeName'), { exact: true })
      .fill('Anolis OS 8 (64 bit)');
    await form
      .getByLabel(t('image-types:fields.operatingSystem'), { exact: true })
      .fill('Anolis 8');
    await form.getByRole('button', { name: t('ui:form.submit') }).click();
    // The CAS format is checked before sending.
    await expect(form.getByText(t('image-types:form.operatingSystem.format'))).toBeVisible();
    await form
      .getByLabel(t('image-types:fields.operatingSystem'), { exact: true })
      .fill('linux|Anolis OS 8(64-bit)');
    await form.getByRole('button', { name: t('ui:form.submit') }).click();
    await expect(form).toBeHidden();

    const row = page.getByRole('row').filter({ hasText: 'linux|Anolis OS 8(64-bit)' });
    await expect(row).toContainText(t('image-types:origin.1'));
    await row.getByRole('button', { name: t('image-types:actions.edit') }).click();
    const edit = page.getByRole('dialog', { name: t('image-types:title.edit') });
    await edit
      .getByLabel(t('image-types:fields.imageTypeName'), { exact: true })
      .fill('Anolis OS 8.8');
    await edit.getByRole('button', { name: t('ui:form.submit') }).click();
    await expect(edit).toBeHidden();
    await expect(row).toContainText('Anolis OS 8.8');

    await row.getByRole('button', { name: t('image-types:actions.delete') }).click();
    await ui.confirm(
      page.getByRole('dialog').filter({ hasText: t('ui:confirm.typeName') }),
      t('image-types:actions.delete'),
    );
    await expect(row).toHaveCount(0);
  },
);
