// Reliability under an unlucky platform ([Q3]): a slow create is sent once however often the user
// clicks or presses Enter; a session that ends in the middle of a form keeps what was typed
// through the re-login; a 5xx burst on a list shows a localized error with retry; a create beyond
// the client's timeout fails once, localized, with the form kept; and an unreachable platform
// shows one banner, signs nobody out and the page comes back by itself.
import { REQUEST_TIMEOUT_MS } from '../src/api/client';
import { KeypairsPage } from './pages/keypairs-page';
import { LoginPage } from './pages/login-page';
import { ServerGroupsPage } from './pages/server-groups-page';
import { expect, test } from './support/fixtures';
import { WAITS } from './support/waits';

const CREATE_GROUP = /\/os-server-groups$/;

test(
  'a slow create is sent once, however often the user clicks or presses Enter',
  { tag: '@zh' },
  async ({ page, lang, loginAs, sim }) => {
    const ui = new ServerGroupsPage(page, lang);
    await loginAs('alice', '/server-groups');
    await expect(ui.heading()).toBeVisible();
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && CREATE_GROUP.test(new URL(r.url()).pathname))
        posts.push(r.url());
    });

    const create = await ui.openCreate();
    const name = ui.field(create, 'name');
    await name.fill('e2e-once');
    // Every answer now takes 2 s: the clicks and the Enter below all land while the first
    // create is in flight.
    await sim.latency(2000);
    const submit = create.getByRole('button', { name: ui.t('ui:form.submit') });
    await submit.click();
    await submit.click({ force: true });
    await name.press('Enter');
    await expect(create).toBeHidden();
    await sim.latency(0);
    await expect(ui.row('e2e-once')).toHaveCount(1);
    expect(posts).toHaveLength(1);
  },
);

test(
  'a session that ends in the middle of a form keeps what was typed through the re-login',
  { tag: '@en' },
  async ({ page, lang, loginAs, sim }) => {
    const ui = new ServerGroupsPage(page, lang);
    await loginAs('alice', '/server-groups');
    await expect(ui.heading()).toBeVisible();
    const create = await ui.openCreate();
    await ui.field(create, 'name').fill('e2e-kept');
    await ui.policy(create, 'affinity').check();

    await sim.expireTokens();
    await ui.submit(create);
    await expect(page).toHaveURL(/\/login\?next=/);
    await new LoginPage(page, lang).signIn('alice');

    // Back on the page, the same form open again, with its values.
    await expect(ui.heading()).toBeVisible();
    await expect(create).toBeVisible();
    await expect(ui.field(create, 'name')).toHaveValue('e2e-kept');
    await expect(ui.policy(create, 'affinity')).toBeChecked();
    await ui.submit(create);
    await expect(create).toBeHidden();
    await expect(ui.row('e2e-kept')).toHaveCount(1);
  },
);

// A fault on every API call of the world: the platform's gateway answering 502 as the production
// server's proxy does when the platform is down (the count outlasts any test).
const PLATFORM_DOWN = { path: '^/(os|mana_api|cloudos|v1|v3)/', status: 502, count: 100_000 };

test(
  'a burst of 5xx on a list shows a localized error with retry, and the list comes back',
  { tag: '@en' },
  async ({ page, lang, loginAs, sim }) => {
    const ui = new ServerGroupsPage(page, lang);
    // The first load and both of react-query's retries fail (query-client.ts: two retries).
    await sim.fault({
      path: '/os-server-groups(\\?|$)',
      method: 'GET',
      status: 500,
      count: 3,
      msg: 'nova-api is restarting',
    });
    await loginAs('alice', '/server-groups');
    await expect(ui.heading()).toBeVisible();
    const failed = ui
      .main()
      .getByRole('alert')
      .filter({
        hasText: ui.t('ui:error.loadTitle', { resource: ui.t('server-groups:title.resource') }),
      });
    await expect(failed).toContainText('nova-api is restarting');
    // A clear state, not a blank page or a spinner that never ends.
    await ui.waitForSettled();
    await failed.getByRole('button', { name: ui.t('ui:error.retry') }).click();
    await expect(failed).toBeHidden();
    await expect(ui.firstRow()).toBeVisible();
    await ui.waitForSettled();
  },
);

test(
  'a create the platform does not answer in time fails once, localized, and keeps the form',
  { tag: '@zh' },
  async ({ page, lang, loginAs, sim }) => {
    const ui = new ServerGroupsPage(page, lang);
    // A fake clock (running at real speed) lets the test bring the client's 30 s timeout forward.
    await page.clock.install();
    await loginAs('alice', '/server-groups');
    await expect(ui.heading()).toBeVisible();
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && CREATE_GROUP.test(new URL(r.url()).pathname))
        posts.push(r.url());
    });
    const create = await ui.openCreate();
    await ui.field(create, 'name').fill('e2e-slow');
    await ui.policy(create, 'anti-affinity').check();

    await sim.latency(3000);
    const sent = page.waitForRequest(
      (r) => r.method() === 'POST' && CREATE_GROUP.test(new URL(r.url()).pathname),
    );
    await ui.submit(create);
    await sent;
    await page.clock.fastForward(REQUEST_TIMEOUT_MS);
    await expect(create.getByRole('alert')).toContainText(ui.t('ui:error.timeout'));
    await sim.latency(0);
    // The form is still open with what was typed, and nothing was sent again.
    await expect(ui.field(create, 'name')).toHaveValue('e2e-slow');
    await expect(ui.policy(create, 'anti-affinity')).toBeChecked();
    expect(posts).toHaveLength(1);
    // The platform carried the create out after all (as the message warns): once.
    await page.keyboard.press('Escape');
    await expect(async () => {
      await page.reload();
      await expect(ui.row('e2e-slow')).toHaveCount(1, { timeout: WAITS.attempt });
    }).toPass({ timeout: WAITS.settle });
    expect(posts).toHaveLength(1);
  },
);

test(
  'an unreachable platform shows one clear banner, signs nobody out, and the page comes back by itself',
  { tag: '@en' },
  async ({ page, lang, loginAs, sim }) => {
    const groups = new ServerGroupsPage(page, lang);
    const keypairs = new KeypairsPage(page, lang);
    await loginAs('alice', '/server-groups');
    await expect(groups.firstRow()).toBeVisible();

    await sim.fault(PLATFORM_DOWN);
    // Mid-session: the user opens another page (a full load, the console's own files still come).
    await page.goto('/keypairs');
    const banner = page
      .getByRole('alert')
      .filter({ hasText: groups.t('shell:platform.unreachable') });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(groups.t('shell:platform.unreachableHint'));
    await expect(keypairs.heading()).toBeVisible();
    await keypairs.waitForSettled();
    await expect(page).toHaveURL(/\/keypairs$/);

    // The platform is back: no click, no reload; the banner's recheck brings the list.
    await sim.clearFaults();
    await expect(banner).toBeHidden();
    await expect(keypairs.firstRow()).toBeVisible();
    await expect(page).toHaveURL(/\/keypairs$/);
  },
);
