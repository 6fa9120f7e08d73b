// Flavors (admin): every flavor with its sizes in units, private and disabled ones included; a
// flavor's quick look with its extra specs; create with the contract's limits checked in the
// browser; a name already used refused by the service and shown in the drawer.
import { FlavorsPage } from './pages/flavors-page';
import { expect, test } from './support/fixtures';

test(
  'an admin sees every flavor with units, looks at one and creates a flavor',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new FlavorsPage(page, lang);
    await loginAs('admin', '/flavors');
    await expect(ui.heading()).toBeVisible();

    const gib = (n: number) => `${n} ${t('common:units.GiB')}`;
    const hp = ui.row('HP_4*16*60');
    await expect(hp).toContainText(gib(16));
    await expect(hp).toContainText(gib(60));
    await expect(hp).toContainText(t('flavors:visibility.public'));
    await expect(ui.row('db.8c64g')).toContainText(t('flavors:visibility.private'));
    await expect(ui.row('m0.nano-legacy')).toContainText(t('flavors:state.disabled'));

    await hp.getByRole('button', { name: 'HP_4*16*60', exact: true }).click();
    const look = page.getByRole('dialog', { name: 'HP_4*16*60' });
    await expect(look).toContainText('00974fcf-6cde-4647-a3b9-8fa9faedb061');
    await expect(look).toContainText(t('flavors:fields.extra_specs'));
    await expect(look).toContainText(t('flavors:extraSpecs.none'));
    await page.keyboard.press('Escape');
    await expect(look).toBeHidden();

    const create = await ui.openCreate();
    await ui.field(create, 'name').fill('e2e.4c8g');
    await ui.field(create, 'id').fill('e2e 1');
    await ui.field(create, 'vcpus').fill('0');
    await ui.submit(create);
    await expect(create.getByText(t('flavors:form.id.pattern'))).toBeVisible();
    await expect(
      create.getByText(t('ui:validation.range', { min: 1, max: 2147483647 })),
    ).toBeVisible();

    await ui.field(create, 'id').fill('e2e-1');
    await ui.field(create, 'vcpus').fill('4');
    await ui.field(create, 'ram').fill('8192');
    await ui.field(create, 'disk').fill('60');
    await ui.submit(create);
    await expect(create).toBeHidden();
    const created = ui.row('e2e.4c8g');
    await expect(created).toContainText(gib(8));
    await expect(created).toContainText(gib(60));
  },
);

test(
  'a name already used is refused by the service; the drawer keeps the values',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new FlavorsPage(page, lang);
    await loginAs('admin', '/flavors');
    await expect(ui.heading()).toBeVisible();
    const create = await ui.openCreate();
    await ui.field(create, 'name').fill('m1.small');
    await ui.submit(create);
    const alert = create.getByRole('alert').filter({ hasText: t('ui:form.failed') });
    await expect(alert).toContainText('m1.small already exists');
    await expect(ui.field(create, 'name')).toHaveValue('m1.small');
  },
);
