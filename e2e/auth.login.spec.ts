// Login, roles, 403, language switch and session expiry.
import { Shell } from './pages/shell';
import { LoginPage } from './pages/login-page';
import { expect, test } from './support/fixtures';
import { WAITS } from './support/waits';

test(
  'the login form carries the documented accessible labels',
  { tag: '@en' },
  async ({ page, lang }) => {
    await page.goto('/login');
    const labels =
      lang === 'zh-CN' ? ['用户名', '密码', '登录'] : ['Username', 'Password', 'Log in'];
    await expect(page.getByLabel(labels[0] ?? '')).toBeVisible();
    await expect(page.getByLabel(labels[1] ?? '')).toBeVisible();
    await expect(page.getByRole('button', { name: labels[2], exact: true })).toBeVisible();
  },
);

test(
  'the form index.html draws is usable before the scripts, and the app takes over what was typed',
  { tag: '@both' },
  async ({ page, lang }) => {
    // The app's code (src/app/start.tsx and what it imports) is held back: the form on the screen
    // is the one the build rendered into index.html (src/features/auth/routes/login-boot.ts).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/start-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const login = new LoginPage(page, lang);
    await page.goto('/login');
    // In the test's language, with the cursor in the first field.
    await expect(login.username()).toBeFocused();
    await page.keyboard.type('alice');
    await login.password().fill('cloudos');
    await login.password().press('Enter');
    // Nothing can be sent yet: the Enter waits for the real form.
    await expect(page).toHaveURL(/\/login$/);
    release();
    // The real form takes over the values and the pending Enter, and signs in.
    await expect(page).not.toHaveURL(/\/login/);
    expect(await page.evaluate(() => sessionStorage.getItem('cloudos.session'))).toContain('alice');
  },
);

test(
  'a wrong password shows a localized error and keeps the username',
  { tag: '@zh' },
  async ({ page, lang, t }) => {
    const login = new LoginPage(page, lang);
    await login.goto();
    await login.signIn('alice', 'wrong');
    await expect(page.getByText(t('auth:messages.invalidCredentials'))).toBeVisible();
    await expect(login.username()).toHaveValue('alice');
    await expect(page).toHaveURL(/\/login/);
  },
);

// One language: the route walk (walk.spec.ts) renders every admin page for an administrator and
// the 403 page for a tenant on each of their URLs, in both languages.
test(
  'an admin sees admin pages in the menu; a tenant does not and gets 403 on their URL',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs }) => {
    const shell = new Shell(page, lang);
    await loginAs('admin', '/images');
    await expect(shell.menuItem('imageTypes')).toBeVisible();
    await expect(
      page.getByRole('button', { name: t('shell:user.menu', { name: 'admin' }) }),
    ).toBeVisible();

    // The session is the tab's (sessionStorage); the world cookie stays, so alice signs in to
    // this test's world. (Clearing the cookies here once sent her to the simulator's default
    // world, shared by every run.)
    await page.evaluate(() => sessionStorage.clear());
    await loginAs('alice', '/images');
    await expect(shell.menuItem('images')).toBeVisible();
    await expect(shell.menuItem('imageTypes')).toHaveCount(0);
    // Neither the hypervisors entry nor its (otherwise empty) infrastructure group is in the menu.
    await expect(shell.menuItem('hypervisors')).toHaveCount(0);
    await expect(shell.nav().getByText(t('shell:groups.infrastructure'))).toHaveCount(0);
    await page.goto('/image-types');
    await expect(shell.main().getByText(t('pages.forbidden.description'))).toBeVisible();
    await page.goto('/hypervisors');
    await expect(shell.main().getByText(t('pages.forbidden.description'))).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: t('hypervisors:title.list') }),
    ).toHaveCount(0);
  },
);

test(
  'switching language re-renders without reloading the page',
  { tag: '@en' },
  async ({ page, lang, t, loginAs }) => {
    await loginAs('admin', '/images');
    await expect(
      page.getByRole('heading', { level: 1, name: t('images:title.list') }),
    ).toBeVisible();
    // A marker on window survives only if the document is not reloaded.
    await page.evaluate(() => Object.assign(window, { __noReload: true }));
    const other = lang === 'zh-CN' ? 'en-US' : 'zh-CN';
    await page
      .getByRole('group', { name: t('language.label') })
      .getByRole('button', { name: other === 'zh-CN' ? '中文' : 'English' })
      .click();
    const otherTitle = other === 'zh-CN' ? '镜像' : 'Images';
    await expect(page.getByRole('heading', { level: 1, name: otherTitle })).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload),
    ).toBe(true);
    await expect(page.locator('html')).toHaveAttribute('lang', other);
  },
);

test(
  'an expired session returns to login and, after login, to the page the user was on',
  { tag: '@zh' },
  async ({ page, lang, t, loginAs, sim }) => {
    await loginAs('alice', '/images?status=active');
    await expect(
      page.getByRole('heading', { level: 1, name: t('images:title.list') }),
    ).toBeVisible();
    await sim.expireTokens();
    // The next request meets the expired token: the refresh below, or one the page sends on its
    // own first (a name lookup, the reachability check), after which the button is gone.
    const refresh = page.getByRole('button', { name: t('ui:table.refresh') });
    await expect(async () => {
      if (!page.url().includes('/login')) await refresh.click({ timeout: WAITS.attempt });
      await expect(page).toHaveURL(/\/login\?next=/, { timeout: WAITS.attempt });
    }).toPass({ timeout: WAITS.settle });
    const login = new LoginPage(page, lang);
    await login.signIn('alice');
    await expect(page).toHaveURL(/\/images\?status=active/);
  },
);
