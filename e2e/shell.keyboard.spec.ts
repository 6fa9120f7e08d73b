// The console by keyboard ([Q1]): Ctrl+K opens the palette, typing narrows the pages, Enter goes;
// `/` puts the cursor in the page's search box; `?` lists the shortcuts.
import { expect, test } from './support/fixtures';

test(
  'an admin moves around by keyboard: palette, page search and the shortcut list',
  { tag: '@en' },
  async ({ page, t, loginAs }) => {
    await loginAs('admin', '/overview');
    const h1 = page.getByRole('main').getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(t('overview:title.page'));

    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: t('shell:palette.title') });
    await expect(palette).toBeVisible();
    await page.keyboard.type('flav');
    await expect(palette.getByRole('option')).toHaveCount(1);
    await expect(palette.getByRole('option')).toContainText(t('shell:nav.flavors'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/flavors$/);
    await expect(h1).toHaveText(t('flavors:title.list'));
    await expect(palette).toBeHidden();

    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: t('ui:table.search') })).toBeFocused();
    await page.keyboard.press('Escape');
    await h1.click();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: t('shell:shortcuts.title') });
    await expect(help).toContainText(t('shell:shortcuts.palette'));
  },
);
