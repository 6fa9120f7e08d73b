// The route walk: every path of the console's information architecture, read from its own route
// table, visited as an administrator and as a tenant in both languages. A page that exists must
// render its heading (or, for a tenant on an admin page, the 403 page); a path not built yet must
// render the 404 page. Every page must be free of raw i18n keys, "undefined"/"NaN", console
// errors and failed requests (support/page-health.ts), and of serious or critical accessibility
// findings (axe-core, support/axe.ts). A new page is walked as soon as it is in the route table.
//
// axe runs in one language per role, the administrator's walk in Chinese and the tenant's in
// English: what it checks (roles, names present, contrast, focus) is the same markup in either
// language, and it was 30% of the walk's CPU (an admin walk: 56 CPU-s with axe, 39 without). The
// text checks, which do depend on the language, run in both.
import type { Page } from '@playwright/test';
import { APP_ROUTES, INFORMATION_ARCHITECTURE } from '../src/app/routes/route-table';
import { escapeRegExp, navigate } from './pages/resource-page';
import { axeFindings, formatFindings } from './support/axe';
import { expect, test } from './support/fixtures';
import { expectReadableText, textProblems, watchPage } from './support/page-health';

/** A real path for a parameterised route: the first row's link on the list page above it. */
async function realPath(page: Page, pattern: string): Promise<string> {
  const list = pattern.slice(0, pattern.indexOf('/:'));
  await navigate(page, list);
  const shape = new RegExp(`^${escapeRegExp(list)}/[^/?#]+$`);
  const links = page.getByRole('main').getByRole('table').getByRole('link');
  // Until the list's code has loaded the previous page is still on screen, with links of its own:
  // wait for one of the list's.
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        found = hrefs.find((href): href is string => href !== null && shape.test(href));
        return found;
      },
      { message: `a link of the shape ${pattern} on ${list}` },
    )
    .toBeDefined();
  return found ?? '';
}

for (const [user, admin] of [
  ['admin', true],
  ['alice', false],
] as const) {
  test(
    `as ${user}, every route of the information architecture renders cleanly`,
    { tag: '@both' },
    async ({ page, t, lang, loginAs }) => {
      // ~30 pages, each also checked by axe (2-10 s a page on a loaded 2-core machine): three
      // times the budget of one flow.
      test.slow();
      // /snapshots names each snapshot's source server by asking for it; a snapshot that outlived
      // its server (one is seeded) is answered 404 and shown as "deleted server". Likewise
      // /server-templates names each template's image: a seeded template outlived its image.
      const health = watchPage(
        page,
        (url, status, from) =>
          status === 404 &&
          ((from === '/snapshots' && /\/servers\/[0-9a-f-]{36}$/.test(url.pathname)) ||
            (from === '/server-templates' && /\/images\/[0-9a-f-]{36}$/.test(url.pathname))),
      );
      await loginAs(user, '/overview');
      const axeChecked = new Set<string>();
      const axeHere = lang === (admin ? 'zh-CN' : 'en-US');
      for (const { path } of INFORMATION_ARCHITECTURE) {
        await test.step(path, async () => {
          const route = APP_ROUTES.find((r) => r.path === path);
          const allowed = route !== undefined && (route.role === 'any' || admin);
          const url =
            allowed && path.includes('/:')
              ? await realPath(page, path)
              : path.replace(/:\w+/g, 'x');
          await navigate(page, url);
          // The tab's title follows the route once the router has switched to it (the previous
          // page stays up while the next one's code loads); an unknown path has the app's name.
          const app = t('app.name');
          await expect(page).toHaveTitle(route ? `${t(`shell:${route.titleKey}`)} · ${app}` : app);
          const h1 = page.getByRole('main').getByRole('heading', { level: 1 });
          const statusPages = ['notFound', 'forbidden', 'error'].map((p) => t(`pages.${p}.title`));
          if (!route) await expect(h1).toHaveText(t('pages.notFound.title'));
          else if (!allowed) await expect(h1).toHaveText(t('pages.forbidden.title'));
          else {
            await expect(h1).toBeVisible();
            await expect(h1).not.toHaveText(
              new RegExp(`^(${statusPages.map(escapeRegExp).join('|')})$`),
            );
          }
          await expect(page.getByRole('status').filter({ visible: true })).toHaveCount(0);
          await health.quiet();
          await expectReadableText(page);
          health.expectClean(url);
          // Accessibility, once the page has settled: soft, so one run lists every route's
          // serious and critical axe findings rather than stopping at the first. The 403 and 404
          // pages are one page whatever the path: checked the first time they show.
          const statusPage = !route ? 'notFound' : !allowed ? 'forbidden' : null;
          if (axeHere && (statusPage === null || !axeChecked.has(statusPage))) {
            if (statusPage) axeChecked.add(statusPage);
            expect.soft(formatFindings(url, await axeFindings(page)), `axe on ${url}`).toEqual([]);
          }
        });
      }
    },
  );
}

// The walk is only as good as its checks: each must fire on what it looks for.
test(
  "the walk's text checks catch raw keys, missing values and unfilled templates",
  { tag: '@en' },
  async () => {
    expect(
      textProblems(
        'Images 12 m1.large kvm2a01 QEMU 6.2.0 10:00:00 http://h/x.y cloudos.rolegroup.cloud a.pem',
      ),
    ).toEqual([]);
    for (const bad of [
      'servers:fields.name',
      'Title pages.forbidden.title',
      'batch.summary.succeeded',
      'fields.nmae',
      'Size: undefined GiB',
      'NaN%',
      'Invalid Date',
      'Hello {{name}}',
    ])
      expect(textProblems(bad), bad).not.toEqual([]);
  },
);

test(
  "the walk's page watch catches console errors and failed requests",
  { tag: '@zh' },
  async ({ page }) => {
    const health = watchPage(page);
    await page.goto('/login');
    await page.evaluate(() => console.error('boom'));
    await page.evaluate(() => fetch('/os/kinton/v1/v3/projects'));
    await health.quiet();
    expect(() => health.expectClean('/login')).toThrow(/console error: boom[\s\S]*401 GET/);
    health.expectClean('/login');
  },
);
