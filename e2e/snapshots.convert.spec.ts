// /snapshots: an available instance snapshot converts into an ordinary image (004 §1.3 PATCH
// `/image_type`, L942) after a confirm that says what happens; it leaves the snapshot list and
// shows on /images as an image. A conversion the platform refuses shows its reason and the
// snapshot stays.
import type { Page } from '@playwright/test';
import { ImagesPage } from './pages/images-page';
import { escapeRegExp } from './pages/resource-page';
import { expect, test } from './support/fixtures';

type T = (key: string, vars?: Record<string, string | number>) => string;

/** The first available snapshot's name, once the list shows it. */
async function firstAvailable(page: Page, t: T) {
  await expect(page.getByRole('heading', { name: t('servers:snapshots.title') })).toBeVisible();
  const row = page
    .getByRole('row')
    .filter({ hasText: t('servers:snapshots.statusValue.ACTIVE') })
    .first();
  await expect(row.getByRole('link')).toBeVisible();
  // The first cell is the row's selection box; the name is the second.
  return ((await row.getByRole('cell').nth(1).textContent()) ?? '').trim();
}

/** Opens the row's convert confirm and confirms it. */
async function convert(page: Page, t: T, name: string) {
  const dialog = page.getByRole('dialog').filter({
    hasText: t('servers:snapshots.confirmConvertOne'),
  });
  // The list polls while a snapshot saves: a re-render may swallow the menu click, so retry.
  await expect(async () => {
    if (!(await dialog.isVisible())) {
      await page.keyboard.press('Escape');
      await page
        .getByRole('row')
        .filter({ hasText: name })
        .getByRole('button', { name: t('ui:actions.moreFor', { name }) })
        .click({ timeout: 2000 });
      await page
        .getByRole('menuitem', {
          name: new RegExp(`^${escapeRegExp(t('servers:snapshots.convert'))}`),
        })
        .click({ timeout: 2000 });
    }
    await expect(dialog).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await expect(dialog).toContainText(t('servers:snapshots.convertTitleOne', { name }));
  await dialog.getByRole('button', { name: t('servers:snapshots.convertOk') }).click();
}

test(
  'a tenant converts an instance snapshot into an image',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    await loginAs('alice', '/snapshots');
    const name = await firstAvailable(page, t);
    await convert(page, t, name);
    await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);

    const images = new ImagesPage(page, lang);
    // Filtered to kind "image": the converted snapshot is listed as an image now.
    await images.navigate(`/images?kind=image&q=${encodeURIComponent(name)}`);
    await expect(images.row(name)).toBeVisible();
  },
);

test(
  'a conversion the platform refuses shows its reason and the snapshot stays',
  { tag: '@zh' },
  async ({ page, t, loginAs, sim }) => {
    await loginAs('alice', '/snapshots');
    const name = await firstAvailable(page, t);
    await sim.fault({
      path: '/os/image/v1/v2/images/',
      method: 'PATCH',
      status: 409,
      msg: 'Image is locked by a running backup.',
    });
    await convert(page, t, name);
    await expect(page.getByText(/locked by a running backup/).first()).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(1);
  },
);
