// Accessibility beyond the route walk: the walk runs axe on every page of the information
// architecture (lists and detail pages, as admin and as tenant, in both languages) as it first
// shows; this file checks what the walk does not open: the login page, and the largest drawers
// (the image create form, the server create wizard). No serious or critical axe violations.
import type { Page } from '@playwright/test';
import { ImagesPage } from './pages/images-page';
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

test('the image create drawer', { tag: '@en' }, async ({ page, lang, loginAs }) => {
  const images = new ImagesPage(page, lang);
  await loginAs('admin', '/images');
  await expect(images.firstRow()).toBeVisible();
  await images.openCreate();
  await images.waitForSettled();
  expect(await serious(page)).toEqual([]);
});

test('the server create wizard', { tag: '@zh' }, async ({ page, lang, loginAs }) => {
  const ui = new ServersPage(page, lang);
  await loginAs('admin', '/servers?status=ACTIVE');
  await expect(ui.firstRow()).toBeVisible();
  await ui.openCreateWizard();
  await ui.waitForSettled();
  expect(await serious(page)).toEqual([]);
});
