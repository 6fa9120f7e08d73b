// The overview: figures read from the API move when the platform changes, each links to the list
// filtered to it, a tenant sees its own organisation, and one failing panel fails alone.
import type { Page } from '@playwright/test';
import { SESSION_STORAGE_KEY } from '../src/api/session';
import { OverviewPage } from './pages/overview-page';
import { expect, test } from './support/fixtures';
import { WAITS } from './support/waits';

/** The signed-in page's token and project, to change the platform through its API. */
async function sessionOf(page: Page) {
  const raw = await page.evaluate((key) => sessionStorage.getItem(key), SESSION_STORAGE_KEY);
  const s: { token: string; project: { id: string } } = JSON.parse(raw ?? '{}');
  return s;
}

test(
  'stopping a server moves the stopped figure, which opens the filtered list',
  { tag: '@both' },
  async ({ page, lang, loginAs }) => {
    const ui = new OverviewPage(page, lang);
    await loginAs('admin', '/overview');
    await expect(ui.heading()).toBeVisible();
    const before = await ui.countOf(ui.serverBar('SHUTOFF'));

    // Stop one running server through nova, as another console or the CLI would.
    const { token, project } = await sessionOf(page);
    const headers = { 'x-auth-token': token };
    const list = await page.request.get(
      `/os/compute/v1/v2/${project.id}/servers/detail?all_tenants=true&status=ACTIVE&limit=1`,
      { headers },
    );
    const [server] = (await list.json()).servers as { id: string; tenant_id: string }[];
    if (!server) throw new Error('no running server in the seed');
    const stop = await page.request.post(
      `/os/compute/v1/v2/${server.tenant_id}/servers/${server.id}/action`,
      { headers, data: { 'os-stop': null } },
    );
    expect(stop.status()).toBe(202);

    // The figure follows once the server is SHUTOFF (a reload reads the API again).
    await expect(async () => {
      await page.reload();
      expect(await ui.countOf(ui.serverBar('SHUTOFF'))).toBe(before + 1);
    }).toPass({ timeout: WAITS.settle });

    await ui.serverBar('SHUTOFF').click();
    await expect(page).toHaveURL(/\/servers\?status=SHUTOFF$/);
  },
);

test(
  'a tenant sees its own servers, quota and recent changes',
  { tag: '@zh' },
  async ({ page, lang, loginAs }) => {
    const ui = new OverviewPage(page, lang);
    await loginAs('alice', '/overview');
    await expect(page.getByText(ui.t('title.tenant'))).toBeVisible();
    await expect(ui.panel('quota').getByText(ui.t('resources.cores'))).toBeVisible();
    // Recent activity links each changed server or image to its page.
    await expect(ui.panel('activity').getByRole('link').first()).toHaveAttribute(
      'href',
      /^\/(servers|images)\//,
    );
    // Platform panels are the administrator's.
    await expect(ui.panel('capacity')).toHaveCount(0);
    await ui.serverBar('ACTIVE').click();
    await expect(page).toHaveURL(/\/servers\?status=ACTIVE$/);
  },
);

test(
  'a failing panel says so and retries on its own',
  { tag: '@en' },
  async ({ page, lang, t, loginAs, sim }) => {
    const ui = new OverviewPage(page, lang);
    await loginAs('admin', '/overview');
    await expect(ui.serverBar('ACTIVE')).toBeVisible();
    // 1 try + 2 automatic retries of the hypervisor list, then the panel gives up.
    await sim.fault({
      method: 'GET',
      path: '/os-hypervisors/detail',
      status: 500,
      count: 3,
      msg: 'nova is down',
    });
    await page.reload();
    const capacity = ui.panel('capacity');
    await expect(capacity.getByText(ui.t('messages.loadFailed'))).toBeVisible();
    // The other panels are unaffected.
    await expect(ui.serverBar('ACTIVE')).toBeVisible();
    await capacity.getByRole('button', { name: t('ui:error.retry') }).click();
    await expect(capacity.getByText(ui.t('capacity.hosts'))).toBeVisible();
  },
);
