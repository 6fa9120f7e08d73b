// The console by keyboard ([Q1]): Ctrl+K opens the palette, typing narrows the pages, Enter goes;
// `/` puts the cursor in the page's search box; `?` lists the shortcuts. Focus shows, and comes
// back to the control that opened a drawer once it closes.
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Whether the focused element draws a focus ring (an outline, or antd's outline shadow). */
const ringOf = (el: Locator) =>
  el.evaluate((e) => {
    const s = getComputedStyle(e);
    return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none';
  });

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
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // A drawer opened by keyboard gives focus back to its button when it closes, ringed.
    const create = page.getByRole('button', { name: t('flavors:actions.create') }).first();
    await create.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: t('flavors:title.create') });
    await expect(drawer).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(create).toBeFocused();
    expect(await ringOf(create)).toBe(true);
  },
);
