// Resource specs (admin): add a single spec (a value off the sub-type's steps is refused in the
// form, with the rule), make a combined spec of it, see the single spec kept while the combined
// one uses it, then delete both.
import { ResourceSpecsPage } from './pages/resource-specs-page';
import { expect, test } from './support/fixtures';

test(
  'an admin adds single and combined specs of a service and deletes them',
  { tag: '@both' },
  async ({ page, lang, t, loginAs }) => {
    const ui = new ResourceSpecsPage(page, lang);
    await loginAs('admin', '/resource-specs');
    await expect(ui.heading()).toBeVisible();
    await ui.openService('硬盘');
    await expect(ui.specRow('subTypes', '硬盘空间', 'GB')).toHaveCount(1);

    const single = await ui.openAdd('Single');
    await ui.pick(single, t('resource-specs:fields.subType'), '硬盘空间 (GB)');
    const value = single.getByLabel(t('resource-specs:fields.value'), { exact: true });
    await value.fill('305');
    await ui.submit(single);
    await expect(
      single.getByText(t('resource-specs:problems.notStep', { base: 10, step: 10 })),
    ).toBeVisible();
    await value.fill('300');
    await ui.submit(single);
    await expect(single).toBeHidden();
    const added = ui.specRow('singles', '硬盘空间', '300 GB');
    await expect(added).toHaveCount(1);

    const combined = await ui.openAdd('Combined');
    await ui.pick(combined, '硬盘空间 (GB)', '300 GB');
    await ui.pick(combined, '存储类型', 'SSD');
    await combined.getByLabel(t('resource-specs:fields.initPrice'), { exact: true }).fill('12');
    await ui.submit(combined);
    await expect(combined).toBeHidden();
    const made = ui.specRow('combined', '300', 'SSD', '12');
    await expect(made).toHaveCount(1);

    // The single spec the combined one is made of cannot be deleted; the reason is on the row.
    await expect(added).toContainText(t('resource-specs:inUse'));
    await expect(
      added.getByRole('button', { name: t('resource-specs:actions.deleteSingle') }),
    ).toBeDisabled();

    await made.getByRole('button', { name: t('resource-specs:actions.deleteCombined') }).click();
    await ui.confirm(
      page.getByRole('dialog').filter({ hasText: t('resource-specs:actions.deleteCombined') }),
      t('resource-specs:actions.deleteCombined'),
    );
    await expect(made).toHaveCount(0);
    await added.getByRole('button', { name: t('resource-specs:actions.deleteSingle') }).click();
    await ui.confirm(
      page.getByRole('dialog').filter({ hasText: t('resource-specs:actions.deleteSingle') }),
      t('resource-specs:actions.deleteSingle'),
    );
    await expect(added).toHaveCount(0);
  },
);
