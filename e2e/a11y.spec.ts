// Accessibility beyond the route walk (which checks every page as it first shows): the login
// page, and the dialogs and drawers a page opens. No serious or critical axe violations.
import type { Page } from '@playwright/test';
import { HypervisorsPage } from './pages/hypervisors-page';
import { ImagesPage } from './pages/images-page';
import { KeypairsPage } from './pages/keypairs-page';
import { ServerGroupsPage } from './pages/server-groups-page';
import { ServersPage } from './pages/servers-page';
import { axeFindings, formatFindings } from './support/axe';
import { expect, test } from './support/fixtures';

/** The page's serious and critical axe findings, one line each (support/axe.ts). */
const serious = async (page: Page) => formatFindings(page.url(), await axeFindings(page));

test('login page', { tag: '@zh' }, async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: /^(登录|Log in)$/ })).toBeVisible();
  expect(await serious(page)).toEqual([]);
});

test(
  'shell, images list, create drawer and image types',
  { tag: '@en' },
  async ({ page, lang, loginAs }) => {
    const images = new ImagesPage(page, lang);
    await loginAs('admin', '/images');
    await expect(images.firstRow()).toBeVisible();
    await images.waitForSettled();
    expect(await serious(page)).toEqual([]);
    await images.openCreate();
    expect(await serious(page)).toEqual([]);
    await page.goto('/image-types');
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await images.waitForSettled();
    expect(await serious(page)).toEqual([]);
  },
);

test(
  "servers list, create wizard and a server's detail page",
  { tag: '@zh' },
  async ({ page, lang, loginAs }) => {
    const ui = new ServersPage(page, lang);
    await loginAs('admin', '/servers?status=ACTIVE');
    await expect(ui.firstRow()).toBeVisible();
    await ui.waitForSettled();
    expect(await serious(page)).toEqual([]);
    const { wizard } = await ui.openCreateWizard();
    expect(await serious(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(wizard).toBeHidden();
    await ui.openDetail(await ui.nameOf(ui.firstRow()));
    await ui.waitForSettled();
    expect(await serious(page)).toEqual([]);
  },
);

test(
  'key pairs, server groups and hypervisors',
  { tag: '@en' },
  async ({ page, lang, loginAs }) => {
    await loginAs('admin', '/keypairs');
    for (const ui of [
      new KeypairsPage(page, lang),
      new ServerGroupsPage(page, lang),
      new HypervisorsPage(page, lang),
    ]) {
      await ui.goto();
      await expect(ui.table()).toBeVisible();
      expect(await serious(page), ui.path).toEqual([]);
    }
  },
);
