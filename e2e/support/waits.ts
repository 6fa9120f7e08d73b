// Every wait of the e2e suite, in one place. playwright.config.ts applies the first four; the page
// objects' polling helpers use the rest. Specs pass no timeouts of their own.
//
// Sized for a loaded machine, not an idle one. Idle, an assertion resolves in well under a second
// and the slowest thing a test waits for, a server's transition, takes under a second (the
// simulator runs with --delay-scale 0.2) plus one 2 s poll of the page. But CI machines are
// shared: measured here with 2 cores at a load average of 11-12 (other jobs' lint, unit tests and
// benchmarks next to ours), single steps (a click waiting for the page, a drawer closing after
// its request) took up to 25 s and whole tests up to 2.1 min. Waits sized for idle (Playwright's
// 5 s default, the suite's former 10 s) fail there at random, so each covers the worst step seen
// with some margin; a test that really hangs still fails, only later.
export const WAITS = {
  /** One test, start to end (the longest flows take ~25 s idle, 2.1 min at load 12). */
  test: 240_000,
  /** expect(...).toBeVisible() and friends, including waiting out a server's transition. */
  expect: 30_000,
  /** click, fill, check: waiting for the element to be there, visible, enabled and still. */
  action: 30_000,
  /** page.goto / reload: the production build's chunks served by vite preview. */
  navigation: 60_000,
  /**
   * One attempt inside a retried block (expect(...).toPass): short, because the block retries
   * as a whole when, say, a polling list re-rendered under an open menu.
   */
  attempt: 5_000,
  /** A whole retried block (toPass) or expect.poll over something the page fetches. */
  settle: 60_000,
} as const;
