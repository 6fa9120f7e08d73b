// Reliability under an unlucky platform ([Q3]): a slow create is sent once however often the user
// clicks or presses Enter, and a session that ends in the middle of a form keeps what was typed
// through the re-login.
import { LoginPage } from './pages/login-page';
import { ServerGroupsPage } from './pages/server-groups-page';
import { expect, test } from './support/fixtures';

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
