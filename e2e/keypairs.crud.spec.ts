// Key pairs: generate (private key shown once, downloadable), import a public key, quick look,
// delete; and a duplicate name refused with the values kept.
import { FINGERPRINT, KeypairsPage } from './pages/keypairs-page';
import { expect, test } from './support/fixtures';

const PUBLIC_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGFcD3w2Q9y0w5pD0aHh8Vq9X2w1a5Kx3q1K0yK9y7rT e2e@test';

test(
  'a tenant generates a key pair, imports a public key, looks at it and deletes both',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new KeypairsPage(page, lang);
    await loginAs('alice', '/keypairs');
    await expect(ui.heading()).toBeVisible();

    const create = await ui.openCreate();
    await ui.field(create, 'name').fill('e2e-generated');
    await ui.submit(create);
    await expect(create).toBeHidden();

    // The private key is shown once, with a warning, a download and a copy button.
    const modal = ui.dialog('keypairs:title.privateKey', { name: 'e2e-generated' });
    await expect(modal).toBeVisible();
    await expect(modal.getByText(t('keypairs:privateKey.warning'))).toBeVisible();
    await expect(ui.field(modal, 'private_key')).toHaveValue(/BEGIN RSA PRIVATE KEY/);
    await expect(modal.getByRole('button', { name: t('keypairs:actions.copy') })).toBeVisible();
    const downloading = page.waitForEvent('download');
    await modal
      .getByRole('button', { name: t('keypairs:actions.download', { file: 'e2e-generated.pem' }) })
      .click();
    expect((await downloading).suggestedFilename()).toBe('e2e-generated.pem');
    await modal.getByRole('button', { name: t('keypairs:actions.done') }).click();
    await expect(modal).toBeHidden();

    await expect(ui.row('e2e-generated')).toContainText(FINGERPRINT);
    await expect(ui.row('e2e-generated')).toContainText(t('keypairs:type.ssh'));

    // Import: a malformed key is refused before sending, a valid one is accepted.
    const imp = await ui.openImport();
    await ui.field(imp, 'name').fill('e2e-imported');
    await ui.field(imp, 'public_key').fill('ssh-rsa not-a-key');
    await ui.submit(imp);
    await expect(imp.getByText(t('keypairs:form.public_key.format'))).toBeVisible();
    await ui.field(imp, 'public_key').fill(PUBLIC_KEY);
    await ui.submit(imp);
    await expect(imp).toBeHidden();
    await expect(ui.row('e2e-imported')).toContainText(FINGERPRINT);

    // The quick look is a URL and shows the whole public key.
    await ui.row('e2e-imported').getByRole('button', { name: 'e2e-imported', exact: true }).click();
    await expect(page).toHaveURL(/quicklook=e2e-imported/);
    const look = page.getByRole('dialog', { name: 'e2e-imported' });
    await expect(look.getByText(PUBLIC_KEY)).toBeVisible();
    await expect(look).toContainText(t('keypairs:fields.user_id'));
    await page.keyboard.press('Escape');
    await expect(look).toBeHidden();

    // Both deleted at once through the bulk bar.
    await ui.row('e2e-generated').getByRole('checkbox').check();
    await ui.row('e2e-imported').getByRole('checkbox').check();
    await ui.bulkAction('delete');
    await ui.confirm(
      page.getByRole('dialog').filter({ hasText: t('ui:confirm.typeCount') }),
      t('keypairs:actions.delete'),
    );
    await expect(ui.row('e2e-generated')).toHaveCount(0);
    await expect(ui.row('e2e-imported')).toHaveCount(0);
  },
);

test(
  'a duplicate name is refused on the name field and the typed values are kept',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new KeypairsPage(page, lang);
    await loginAs('alice', '/keypairs');
    const first = await ui.openImport();
    await ui.field(first, 'name').fill('dup-key');
    await ui.field(first, 'public_key').fill(PUBLIC_KEY);
    await ui.submit(first);
    await expect(first).toBeHidden();
    await expect(ui.row('dup-key')).toBeVisible();

    const again = await ui.openImport();
    await ui.field(again, 'name').fill('dup-key');
    await ui.field(again, 'public_key').fill(PUBLIC_KEY);
    await ui.submit(again);
    await expect(again.getByText(t('keypairs:form.name.duplicate'))).toBeVisible();
    await expect(again.getByText("Key pair 'dup-key' already exists.")).toBeVisible();
    await expect(again).toBeVisible();
    await expect(ui.field(again, 'name')).toHaveValue('dup-key');
    await expect(ui.field(again, 'public_key')).toHaveValue(PUBLIC_KEY);
  },
);
