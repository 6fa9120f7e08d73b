// The e2e test fixture. Every test runs in a simulator world of its own, seeded fresh on its first
// request and dropped when the test ends, so tests never see each other's servers, faults or
// expired tokens and run in parallel. The browser names the world in a cookie (the preview proxy
// forwards it to the simulator); control calls name it in a header (support/sim.ts).
// A test also knows its language (one Playwright project per language) and signs in the way the
// console does (Keystone's token API, the session kept in the tab's sessionStorage) without
// typing into the login page, which auth.login.spec.ts tests on its own.
import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { SESSION_STORAGE_KEY, toSession } from '../../src/api/session';
import { POLL_MS_SETTING } from '../../src/hooks/polling';
import { langOf, LANGUAGE_TAGS, tr, type Lang } from './lang';
import { simControl, type SimControl } from './sim';
import { WAITS } from './waits';

export type Pace = { pollMs: number; delayScale: number };

type Fixtures = {
  /** How fast this test's pages poll and its world's transitions run (PACE unless overridden). */
  pace: Pace;
  lang: Lang;
  /** A visible string of the console in this test's language: t('images:actions.create'). */
  t: (key: string, vars?: Record<string, string | number>) => string;
  loginAs: (user: 'admin' | 'alice' | 'bob' | 'carol' | 'dave', next?: string) => Promise<Page>;
  /** This test's simulator world. */
  world: string;
  /** The simulator's test control, acting on this test's world. */
  sim: SimControl;
  /** The test's language tag: '@both', '@zh' or '@en'. */
  languageTag: string;
};

/**
 * Unique per test, project (language), --repeat-each copy and retry, so a retry starts from a
 * fresh seed too. testId is two 20-digit hex hashes: the name stays within the simulator's
 * [A-Za-z0-9_-]{1,64}.
 */
/**
 * The pace of a test's world. The console polls a resource in a transitional state every 2 s, and
 * the suite's simulator ran every transition at 0.2 of its real length (200-800 ms for a server,
 * 1-2 s for a node's provisioning or a host's maintenance). So a test waiting for BUILD -> ACTIVE,
 * a reboot or a deploy mostly waited for the page's next poll, up to 2 s each time, several
 * times per test. Now the pages poll every `pollMs` (the console's own setting,
 * src/hooks/polling.ts) and each world's transitions run at `delayScale` of their real length
 * (the simulator's per-world delay scale). A transition still passes through every intermediate
 * state and the page still sees it change by polling; a test that must see an intermediate state
 * on screen can slow its own world: `test.use({ pace: { ...PACE, delayScale: 1 } })`.
 */
export const PACE: Pace = { pollMs: 500, delayScale: 0.1 };

const worldName = (info: TestInfo) => `e2e-${info.testId}-${info.repeatEachIndex}-${info.retry}`;

type WorkerFixtures = {
  /** The browser context this worker's tests share (see `context` below). */
  workerContext: BrowserContext;
};

export const test = base.extend<Fixtures, WorkerFixtures>({
  // One browser context per worker, not per test: a test's first page load then takes the
  // console's code from the context's cache, already compiled, instead of downloading and
  // compiling ~1.5 MB of JS again (measured on 16 tests: 117 -> 108 CPU-s, in a suite that is
  // CPU-bound on 2 cores). What a test could leave behind is reset: cookies (the world's name) per
  // test, the tab and with it sessionStorage (the session) per test, localStorage on the tab's
  // first document (`page` below).
  workerContext: [
    async ({ browser }, use, info) => {
      const { locale, viewport, reducedMotion, baseURL } = info.project.use;
      const context = await browser.newContext({ locale, viewport, reducedMotion, baseURL });
      context.setDefaultTimeout(WAITS.action);
      context.setDefaultNavigationTimeout(WAITS.navigation);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  // Each spec says which languages it runs in (see playwright.config.ts); an untagged test would
  // silently run in both, so it fails here instead.
  languageTag: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured first argument
    async ({}, use, info) => {
      const tags = info.tags.filter((tag) => LANGUAGE_TAGS.includes(tag));
      if (tags.length !== 1)
        throw new Error(
          `tag the test with exactly one of ${LANGUAGE_TAGS.join(', ')} (has: ${info.tags.join(' ') || 'none'})`,
        );
      await use(tags[0] ?? '');
    },
    { auto: true },
  ],
  // eslint-disable-next-line no-empty-pattern -- see above
  lang: async ({}, use, info) => use(langOf(info)),
  t: async ({ lang }, use) => use((key, vars) => tr(lang, key, vars)),
  pace: [PACE, { option: true }],
  world: async ({ pace }, use, info) => {
    const world = worldName(info);
    // The simulator serves a request naming an invalid world from the default world: refuse
    // to run a test that would silently share state.
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(world)) throw new Error(`invalid world name ${world}`);
    await simControl(world).delayScale(pace.delayScale);
    await use(world);
    await simControl(world).drop();
  },
  sim: async ({ world }, use) => use(simControl(world)),
  context: async ({ workerContext: context, world, baseURL }, use) => {
    await context.clearCookies();
    await context.addCookies([{ name: 'sim_world', value: world, url: baseURL ?? '' }]);
    await use(context);
    // Stop the pages' polling before the world is dropped: a late request would seed it again.
    await Promise.all(context.pages().map((p) => p.close()));
  },
  page: async ({ context, pace }, use) => {
    const page = await context.newPage();
    // The tab's first document starts from empty localStorage (an earlier test of this worker
    // may have chosen a language, columns or a density, or left tasks), then gets this test's
    // polling pace. A reload keeps what the test itself stored.
    await page.addInitScript(
      ([key, ms]) => {
        try {
          if (!sessionStorage.getItem('e2e.fresh')) {
            localStorage.clear();
            sessionStorage.setItem('e2e.fresh', '1');
          }
          localStorage.setItem(key, ms);
        } catch {
          // a document without storage of its own (about:blank): nothing polls there
        }
      },
      [POLL_MS_SETTING, String(pace.pollMs)] as const,
    );
    await use(page);
  },
  // Signing in through the form cost every test the login page's chunk, its render and the typing
  // (1-3 s on a loaded 2-core machine); the session it stores is the same one built here.
  loginAs: async ({ page }, use) => {
    await use(async (user, next = '/') => {
      const answer = await page.request.post('/os/kinton/v1/v3/auth/tokens', {
        data: {
          auth: {
            identity: {
              methods: ['password'],
              password: { user: { name: user, password: 'cloudos', domain: { id: 'default' } } },
            },
          },
        },
      });
      expect(answer.ok(), `login as ${user}: ${answer.status()}`).toBe(true);
      const session = toSession(answer.headers()['x-subject-token'] ?? '', await answer.json());
      if (!session) throw new Error(`login as ${user}: the token answer has no usable session`);
      // The tab's sessionStorage gets the session as the next document starts, before the app's
      // code runs. Each sign-in applies once (its id is remembered in the tab), so logging out
      // stays logged out and a later sign-in as someone else is not undone by this one.
      const id = `${user}-${Date.now()}-${Math.random()}`;
      await page.addInitScript(
        ([key, value, login]) => {
          try {
            const done: unknown = JSON.parse(sessionStorage.getItem('e2e.logins') ?? '[]');
            const list = Array.isArray(done) ? done : [];
            if (list.includes(login)) return;
            sessionStorage.setItem('e2e.logins', JSON.stringify([...list, login]));
            sessionStorage.setItem(key, value);
          } catch {
            // a document without storage of its own (about:blank): nothing to sign in
          }
        },
        [SESSION_STORAGE_KEY, JSON.stringify(session), id] as const,
      );
      await page.goto(next);
      await expect(page).not.toHaveURL(/\/login/);
      return page;
    });
  },
});

export { expect };
