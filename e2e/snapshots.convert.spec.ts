// /snapshots: an available instance snapshot converts into an ordinary image (004 §1.3 PATCH
// `/image_type`, L942) after a confirm that says what happens; it leaves the snapshot list and
// shows on /images as an image. A snapshot still saving offers no conversion and says why.
import { ImagesPage } from './pages/images-page';
import { escapeRegExp } from './pages/resource-page';
import { expect, test } from './support/fixtures';

test(
  'a tenant converts an instance snapshot into an image',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    await loginAs('alice', '/snapshots');
    await expect(page.getByRole('heading', { name: t('servers:snapshots.title') })).toBeVisible();
    const row = page
      .getByRole('row')
      .filter({ hasText: t('servers:snapshots.statusValue.ACTIVE') })
      .first();
    await expect(row.getByRole('link')).toBeVisible();
    // The first cell is the row's selection box; the name is the second.
    const name = ((await row.getByRole('cell').nth(1).textContent()) ?? '').trim();
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
    await dialog.getByRole('button', { name: t('servers:snapshots.convertOk') }).click();
    await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);

    const images = new ImagesPage(page, lang);
    // Filtered to kind "image": the converted snapshot is listed as an image now.
    await images.goto(`?kind=image&q=${encodeURIComponent(name)}`);
    await expect(images.row(name)).toBeVisible();
  },
);
