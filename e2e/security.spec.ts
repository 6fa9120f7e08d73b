// Security, as the console shows it ([Q3]): markup in what tenants name things and in the
// platform's error messages is text everywhere; the token stays out of URLs, localStorage and
// logs, and logging out leaves nothing for the next user of the tab; another tenant's resources,
// reached by crafted URLs, show a not-found state and never the resource.
// The platform side of isolation (crafted requests, replayed tokens) is the simulator's tests'.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { KeypairsPage } from './pages/keypairs-page';
import { LoginPage } from './pages/login-page';
import { escapeRegExp } from './pages/resource-page';
import { ServerGroupsPage } from './pages/server-groups-page';
import { Shell } from './pages/shell';
import { apiAs, pageToken, tokenOf } from './support/api';
import { expect, test } from './support/fixtures';

// The platform keeps markup out of names (`< > " : /` are refused), so names carry what it lets
// through: template braces, HTML entities and a leading '=' (a spreadsheet formula, which the CSV
// export must defuse). Descriptions and error messages carry real markup.
const GROUP = '=xss-grp{{7+7}}&lt;img src=x onerror=alert(1)&gt;';
const IMAGE = 'xss-img{{7+7}}&amp;';
const DESCRIPTION =
  'xss-desc <img src=x onerror=alert(2)><script>alert(3)</script> javascript:alert(4)';
const MESSAGE = 'xss-msg <img src=x onerror=alert(5)> <a href="javascript:alert(6)">more</a>';

type Servers = { servers: { id: string; name: string }[] };

/** Fails the test if anything injected ever ran or became an element. */
function watchInjection(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return async () => {
    expect(dialogs, 'dialogs opened by injected script').toEqual([]);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  };
}

test(
  'markup in names and in the platform’s messages is shown as text everywhere',
  { tag: '@zh' },
  async ({ page, lang, loginAs, sim }) => {
    const clean = watchInjection(page);
    const alice = await tokenOf(page.request, 'alice');
    const as = apiAs(page.request, alice);
    await as.post('/os/compute/v1/v2.1/os-server-groups', {
      server_group: { name: GROUP, policies: ['affinity'] },
    });
    const { images } = (await as.get('/os/image/v1/v2/images?limit=100')) as {
      images: { id: string; owner: string; image_type?: string }[];
    };
    const image = images.find((i) => i.owner === alice.projectId && i.image_type === 'image');
    if (!image) throw new Error('alice has no image of her own in the seed');
    const patched = await page.request.patch(`/os/image/v1/v2/images/${image.id}`, {
      headers: {
        'x-auth-token': alice.token,
        'content-type': 'application/openstack-images-v2.1-json-patch',
      },
      data: JSON.stringify([
        { op: 'replace', path: '/name', value: IMAGE },
        { op: 'replace', path: '/description', value: DESCRIPTION },
      ]),
    });
    expect(patched.status(), await patched.text()).toBe(200);

    // The table and the quick look.
    const groups = new ServerGroupsPage(page, lang);
    await loginAs('alice', '/server-groups');
    await expect(groups.row(GROUP)).toHaveCount(1);
    await groups.row(GROUP).getByRole('button', { name: GROUP, exact: true }).click();
    await expect(page.getByRole('dialog', { name: GROUP })).toBeVisible();
    await page.keyboard.press('Escape');

    // The CSV export: the name as written, defused as a formula.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: groups.t('ui:table.export') }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    expect(csv).toContain(`'${GROUP}`);
    expect(csv).not.toMatch(/(^|,)=xss-grp/m);

    // The image's page: its name in the heading, its description among the details.
    await page.goto(`/images/${image.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(IMAGE);
    await expect(page.getByText(DESCRIPTION, { exact: true })).toBeVisible();

    // The platform's error message, on the page and in the notification.
    await sim.fault({ path: '/os-server-groups(\\?|$)', method: 'GET', status: 400, msg: MESSAGE });
    await page.goto('/server-groups');
    await expect(page.getByText(MESSAGE, { exact: true })).not.toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: MESSAGE })).not.toHaveCount(0);

    await clean();
  },
);

test(
  'the token stays out of URLs, storage and logs, and the next user of the tab sees nothing of the last',
  { tag: '@en' },
  async ({ page, lang }) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    const logs: string[] = [];
    page.on('console', (m) => logs.push(m.text()));
    page.on('pageerror', (e) => logs.push(`${e.message}\n${e.stack ?? ''}`));
    const login = new LoginPage(page, lang);
    const shell = new Shell(page, lang);
    const groups = new ServerGroupsPage(page, lang);
    const keypairs = new KeypairsPage(page, lang);
    // Moving by the side menu keeps the document (and whatever is in its memory). The previous
    // page stays on screen while the next one's code loads: its rows are not the next page's, so
    // the next page counts as open once its own heading shows (a shuffled run read the server
    // groups' rows as key pairs).
    const open = async (key: 'serverGroups' | 'keypairs') => {
      const link = shell.menuItem(key);
      if (!(await link.isVisible()))
        await shell.nav().getByText(shell.t('shell:groups.compute')).click();
      await link.click();
      await expect((key === 'keypairs' ? keypairs : groups).heading()).toBeVisible();
    };

    // What only alice may see: her names that bob's lists do not also hold.
    const bobWho = await tokenOf(page.request, 'bob');
    const bob = apiAs(page.request, bobWho);
    const bobGroups = (await bob.get('/os/compute/v1/v2.1/os-server-groups')) as {
      server_groups: { name: string }[];
    };
    const bobKeys = (await bob.get(`/os/compute/v1/v2/${bobWho.projectId}/os-keypairs`)) as {
      keypairs: { keypair: { name: string } }[];
    };
    const bobNames = new Set([
      ...bobGroups.server_groups.map((g) => g.name),
      ...bobKeys.keypairs.map((k) => k.keypair.name),
    ]);

    await login.goto();
    await login.signIn('alice');
    await expect(page).not.toHaveURL(/\/login/);
    await open('serverGroups');
    await expect(groups.firstRow()).toBeVisible();
    const namesOn = async (ui: ServerGroupsPage | KeypairsPage) => {
      const rows = await ui.rows().all();
      return Promise.all(rows.map((row) => ui.nameOf(row)));
    };
    const aliceNames = await namesOn(groups);
    await open('keypairs');
    await expect(keypairs.firstRow()).toBeVisible();
    aliceNames.push(...(await namesOn(keypairs)));
    const onlyAlice = aliceNames.map((n) => n.trim()).filter((n) => n && !bobNames.has(n));
    expect(onlyAlice.length).toBeGreaterThan(0);

    // The token: in sessionStorage only, never in a URL, localStorage or a log line.
    const token = await pageToken(page);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(token);
    expect(urls.filter((u) => u.includes(token))).toEqual([]);
    expect(logs.filter((l) => l.includes(token))).toEqual([]);

    // Log out; from here on, record any of alice's names the page ever shows. The same document
    // goes on (no reload), so anything left in memory would show.
    await page
      .getByRole('button', {
        name: new RegExp(`^${escapeRegExp(shell.t('shell:user.menu', { name: '' }))}`),
      })
      .click();
    await page.getByRole('menuitem', { name: shell.t('shell:user.logout') }).click();
    await expect(login.submit()).toBeVisible();
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(token);
    await page.evaluate((names) => {
      const seen = new Set<string>();
      Object.assign(window, { e2eSeen: seen, e2eSameDocument: true });
      const look = () => {
        const text = document.body.innerText;
        for (const name of names) if (text.includes(name)) seen.add(name);
      };
      new MutationObserver(look).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    }, onlyAlice);

    await login.signIn('bob');
    await expect(page).not.toHaveURL(/\/login/);
    await open('serverGroups');
    await expect(groups.heading()).toBeVisible();
    await groups.waitForSettled();
    await open('keypairs');
    await expect(keypairs.row('bob-workstation')).toBeVisible();
    const after = await page.evaluate(() => {
      const w = window as unknown as { e2eSeen?: Set<string>; e2eSameDocument?: boolean };
      return { seen: [...(w.e2eSeen ?? [])], same: w.e2eSameDocument === true };
    });
    expect(after.same, 'bob signed in within the same document').toBe(true);
    expect(after.seen, "alice's names shown to bob").toEqual([]);
    expect(urls.filter((u) => u.includes(token))).toEqual([]);
    expect(logs.filter((l) => l.includes(token))).toEqual([]);
  },
);

test(
  'another tenant’s server, reached by a crafted URL, shows not-found and never the server',
  { tag: '@zh' },
  async ({ page, loginAs, t }) => {
    const bob = await tokenOf(page.request, 'bob');
    const list = (await apiAs(page.request, bob).get(
      `/os/compute/v1/v2/${bob.projectId}/servers/detail?limit=1`,
    )) as Servers;
    const target = list.servers[0];
    if (!target) throw new Error('bob has no server in the seed');
    const notFound = page.getByRole('alert').filter({ hasText: t('servers:messages.notFound') });

    // The plain URL (alice's project) and the shape that names bob's project.
    await loginAs('alice', `/servers/${target.id}`);
    await expect(notFound).toBeVisible();
    await expect(page.getByText(target.name)).toHaveCount(0);
    await page.goto(`/servers/${target.id}?project=${bob.projectId}`);
    await expect(notFound).toBeVisible();
    await expect(page.getByText(target.name)).toHaveCount(0);
  },
);
