// Accessibility: no serious or critical axe violations on login, the shell and the images pages.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function serious(page: Page) {
  // antd's Table renders an aria-hidden measuring row for column widths; axe flags it
  // (aria-hidden-focus) although nothing in it is reachable. Known upstream; excluded by name.
  const result = await new AxeBuilder({ page }).exclude('.ant-table-measure-row').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

test('login page', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: /^(登录|Log in)$/ })).toBeVisible();
  expect(await serious(page)).toEqual([]);
});

test('shell, images list, create drawer and image types', async ({ page, t, loginAs }) => {
  await loginAs('admin', '/images');
  await expect(page.getByRole('table')).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await page.getByRole('button', { name: t('images:actions.create') }).click();
  await expect(page.getByRole('dialog', { name: t('images:title.create') })).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await page.goto('/image-types');
  await expect(page.getByRole('table')).toBeVisible();
  expect(await serious(page)).toEqual([]);
});

test('servers list, detail, create wizard, key pairs, server groups and hypervisors', async ({
  page,
  t,
  loginAs,
}) => {
  await loginAs('admin', '/servers?status=ACTIVE');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await page.getByRole('button', { name: t('servers:actions.create') }).click();
  const wizard = page.getByRole('dialog', { name: t('servers:title.create') });
  await expect(wizard).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(wizard).toBeHidden();
  const first = page.getByRole('row').nth(1).getByRole('link').first();
  const name = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(await serious(page)).toEqual([]);
  for (const path of ['/keypairs', '/server-groups', '/hypervisors']) {
    await page.goto(path);
    await expect(page.getByRole('table')).toBeVisible();
    expect(await serious(page), path).toEqual([]);
  }
});
