// The accessibility check the route walk runs on every page: axe-core's default rules (WCAG A/AA
// and best practices, none switched off), serious and critical findings only, each reported with
// its rule, the elements it names and the route.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * What axe flags inside antd's own markup, which our code cannot change. Each entry names the
 * component and why; nothing else is excluded.
 */
const ANTD_INTERNALS = [
  // antd Table: a hidden measuring row (aria-hidden) sizes the columns; axe reports the
  // focusable cells it clones (aria-hidden-focus) although nothing in it is reachable.
  '.ant-table-measure-row',
];

export type AxeFinding = { rule: string; impact: string; help: string; targets: string[] };

/**
 * The page's serious and critical axe violations, one per rule.
 *
 * Cost matters here (the walk runs this on ~100 pages): the builder's default mode aggregates the
 * results in a fresh blank page and injects axe-core (0.5 MB of script) into every frame on every
 * call, 10-45 s a page on this loaded 2-core machine (load 20-30). Legacy mode runs axe in the page
 * itself (the console has no iframes to reach), and a page that already holds axe-core (the walk
 * moves by history, so the document stays) gets a no-op source instead of a second copy: 2-10 s a
 * page at that load.
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // Colours are measured as painted: a menu item or a link still fading to its new colour (antd
  // animates them for 0.2-0.3 s) would be judged mid-way. Endless ones (spinners) never finish.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((settled) => setTimeout(settled, 2000)),
    ]),
  );
  // And a transition that starts while axe runs (a button enabled as its data arrives, seen once
  // on /resource-specs as a contrast failure mid-fade) is switched off for the run: colours change
  // at once, so axe sees the state the page settles in.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.id = 'axe-no-motion';
    style.textContent = '*,*::before,*::after{transition:none!important;animation:none!important}';
    document.head.append(style);
  });
  const injected = await page.evaluate(() => 'axe' in window);
  // Only violations are collected (passes and incomplete results cost about as much again).
  let builder = new AxeBuilder(injected ? { page, axeSource: ';' } : { page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] });
  for (const selector of ANTD_INTERNALS) builder = builder.exclude(selector);
  const { violations } = await builder
    .analyze()
    .finally(() => page.evaluate(() => document.getElementById('axe-no-motion')?.remove()));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** One line per finding, for a failure message: route, rule, impact and the elements. */
export const formatFindings = (route: string, findings: readonly AxeFinding[]) =>
  findings.map(
    (f) =>
      `${route}: ${f.rule} (${f.impact}) ${f.help} — ${f.targets.slice(0, 5).join(', ')}${
        f.targets.length > 5 ? ` (+${f.targets.length - 5} more)` : ''
      }`,
  );
