// Toasts (antd messages) are gone after 3-8 s. Polling for one from the test runner can miss it on
// a loaded machine: the step before (a drawer closing, which happens as the toast appears) may
// itself take longer than that to be seen. So the page records every text that appears from the
// moment the test starts listening, and the test asks the page afterwards what it has shown.
import { expect, type Page } from '@playwright/test';

let counter = 0;

/**
 * Starts recording, in the page, the text of every element added from now on that matches
 * `pattern`. Call it before the action whose toast you want; `seen()` then waits until one has
 * appeared (even if it is gone again) and returns its text. Lasts until the next full page load.
 */
export async function recordTexts(page: Page, pattern: RegExp) {
  const key = `__e2eTexts${++counter}`;
  await page.evaluate(
    ({ key, source, flags }) => {
      const re = new RegExp(source, flags);
      const seen: string[] = [];
      Object.assign(window, { [key]: seen });
      new MutationObserver((records) => {
        for (const r of records)
          for (const node of r.addedNodes) {
            const text = node.textContent ?? '';
            if (re.test(text)) seen.push(text);
          }
      }).observe(document.body, { childList: true, subtree: true });
    },
    { key, source: pattern.source, flags: pattern.flags.replace('g', '') },
  );
  return {
    /** Waits until a matching text has appeared since recording started; returns the first. */
    async seen(): Promise<string> {
      const texts = () =>
        page.evaluate((k) => (Reflect.get(window, k) as string[] | undefined) ?? [], key);
      await expect
        .poll(async () => (await texts()).length, { message: `a text matching ${pattern}` })
        .toBeGreaterThan(0);
      return (await texts())[0] ?? '';
    },
  };
}
