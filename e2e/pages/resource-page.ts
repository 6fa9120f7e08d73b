// The base of every page object: the page, the test's language and its strings (BasePage), and
// what all list pages share (ResourcePage): the table and its rows by name, row actions and their
// menu, drawers and dialogs, antd selects, destructive confirmations, and waiting until the page
// has loaded. Everything is found by role and label in the test's language, never by antd's CSS
// classes. The waits come from support/waits.ts.
import { expect, type Locator, type Page } from '@playwright/test';
import { tr, type Lang } from '../support/lang';
import { WAITS } from '../support/waits';

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** See `BasePage.navigate`. */
export async function navigate(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  const target = new URL(path, 'http://x');
  await expect(page).toHaveURL(
    (url) => url.pathname === target.pathname && url.search === target.search,
  );
}

export class BasePage {
  readonly page: Page;
  readonly lang: Lang;
  constructor(page: Page, lang: Lang) {
    this.page = page;
    this.lang = lang;
  }

  /** A visible string of the console in this page's language: t('images:actions.create'). */
  t(key: string, vars?: Record<string, string | number>) {
    return tr(this.lang, key, vars);
  }

  main() {
    return this.page.getByRole('main');
  }

  /**
   * Goes to `path` within the running console, the way its own links do (react-router follows
   * history changes), not by loading the page again: a `page.goto` boots the whole console (2-5 s
   * on a loaded 2-core machine) and re-tests only the boot. Use `page.goto` where a test is about a
   * fresh load (a reload, a link opened from outside, a direct URL), and to change only the query
   * of the page already shown: the list keeps its previous rows on screen while the new ones load,
   * so a test reading "the first row" right after could read the old list.
   */
  async navigate(path: string) {
    await navigate(this.page, path);
  }

  /**
   * Waits until nothing on the page is loading: the route's spinner, a table's skeleton and a
   * detail page's placeholder are the console's only `role="status"` elements.
   */
  async waitForSettled() {
    await expect(this.page.getByRole('status').filter({ visible: true })).toHaveCount(0);
  }
}

/**
 * A list page of one API area (`ns` is its i18n namespace and folder name: 'images', 'servers').
 * The conventions it relies on are the console's: the h1 is `<ns>:title.list`, actions are
 * `<ns>:actions.<verb>`, fields `<ns>:fields.<field>`, statuses `<ns>:status.<value>`, and a row
 * names its resource with a link to the detail page or a button opening a quick look.
 */
export abstract class ResourcePage extends BasePage {
  abstract readonly ns: string;
  abstract readonly path: string;
  /** How a row shows its resource's name: a link (to a detail page) or a button (quick look). */
  readonly nameRole: 'link' | 'button' = 'link';

  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t(`${this.ns}:title.list`) });
  }

  async goto(query = '') {
    await this.page.goto(`${this.path}${query}`);
    await expect(this.heading()).toBeVisible();
    await this.waitForSettled();
  }

  /**
   * `BasePage.navigate`, and when `path` is this page, until it shows: the console keeps the
   * previous page on screen while the next one's code loads, so "the first row" read right after
   * the URL changed could be the previous page's (a follow-the-stop test opened a server instead
   * of a bare-metal node that way).
   */
  override async navigate(path: string) {
    await super.navigate(path);
    if (new URL(path, 'http://x').pathname === this.path) {
      await expect(this.heading()).toBeVisible();
      await this.waitForSettled();
    }
  }

  action(verb: string) {
    return this.t(`${this.ns}:actions.${verb}`);
  }

  statusText(value: string) {
    return this.t(`${this.ns}:status.${value}`);
  }

  table() {
    return this.page.getByRole('table').first();
  }

  /** The body rows: those naming a resource (the header row has no name link or button). */
  rows(): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole(this.nameRole) });
  }

  row(name: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole(this.nameRole, { name, exact: true }) });
  }

  firstRow(): Locator {
    return this.rows().first();
  }

  async nameOf(row: Locator) {
    return (await row.getByRole(this.nameRole).first().innerText()).trim();
  }

  /** Opens a row's "more" menu and returns the item of `verb` (a disabled item adds its reason). */
  async menuItem(name: string, verb: string) {
    await this.row(name)
      .getByRole('button', { name: this.t('ui:actions.moreFor', { name }) })
      .click();
    return this.page.getByRole('menuitem', {
      name: new RegExp(`^${escapeRegExp(this.action(verb))}`),
    });
  }

  /** Runs a row action, whether the row shows it as a button or in its "more" menu. */
  async rowAction(name: string, verb: string) {
    const inline = this.row(name).getByRole('button', { name: this.action(verb) });
    if (await inline.count()) await inline.click();
    else await (await this.menuItem(name, verb)).click();
  }

  /**
   * Opens a drawer from a row's menu. The list may re-render under the open menu while it polls
   * (a resource elsewhere on the page is changing), so the open is retried until the drawer shows.
   */
  async openFromMenu(name: string, verb: string, drawer: Locator) {
    await expect(async () => {
      if (!(await drawer.isVisible())) {
        await this.page.keyboard.press('Escape');
        await (await this.menuItem(name, verb)).click({ timeout: WAITS.attempt });
      }
      await expect(drawer).toBeVisible({ timeout: WAITS.attempt });
    }).toPass({ timeout: WAITS.settle });
    return drawer;
  }

  /** A drawer or modal by its title. */
  dialog(titleKey: string, vars?: Record<string, string | number>) {
    return this.page.getByRole('dialog', { name: this.t(titleKey, vars) });
  }

  /** A confirmation dialog, by a text it shows (they have no title of their own). */
  confirmDialog(textKey: string, vars?: Record<string, string | number>) {
    return this.page.getByRole('dialog').filter({ hasText: this.t(textKey, vars) });
  }

  /** The page's create button, then its create drawer. */
  async openCreate() {
    await this.page
      .getByRole('button', { name: this.action('create') })
      .first()
      .click();
    const drawer = this.dialog(`${this.ns}:title.create`);
    await expect(drawer).toBeVisible();
    return drawer;
  }

  /** A form field by the label `<ns>:fields.<field>`. */
  field(scope: Locator, field: string) {
    return scope.getByLabel(this.t(`${this.ns}:fields.${field}`), { exact: true });
  }

  async submit(form: Locator) {
    await form.getByRole('button', { name: this.t('ui:form.submit') }).click();
  }

  /** An antd Select by its label (a required field prefixes an asterisk to the name). */
  select(scope: Locator | Page, label: string) {
    return scope.getByRole('combobox', { name: new RegExp(`^\\*? ?${escapeRegExp(label)}$`) });
  }

  /**
   * Types into an antd Select with search to narrow its options; Enter picks the first match.
   * The select moves its active option onto the first match in an effect after the list has
   * filtered; on a loaded machine Enter can come first and hit the stale active option (a
   * disabled one, or none), so Enter waits until the active option is a match. A re-render of
   * the page behind (a polled list) can also close the dropdown after the typing (seen under
   * load: no active option for 30 s), so the block reopens it and types again until it holds.
   */
  async choose(scope: Locator | Page, label: string, text: string) {
    const box = this.select(scope, label);
    const match = new RegExp(escapeRegExp(text), 'i');
    const active = () =>
      box.evaluate((input) => {
        const id = input.getAttribute('aria-activedescendant');
        const option = id ? document.getElementById(id) : null;
        return option
          ? `${option.getAttribute('aria-label') ?? ''} ${option.textContent ?? ''}`
          : '';
      });
    await expect(async () => {
      if ((await box.getAttribute('aria-expanded')) !== 'true')
        await box.click({ timeout: WAITS.attempt });
      if ((await box.inputValue()) !== text) await box.fill(text, { timeout: WAITS.attempt });
      await expect
        .poll(active, {
          message: `an option matching "${text}" to be active in ${label}`,
          timeout: WAITS.attempt,
        })
        .toMatch(match);
    }).toPass({ timeout: WAITS.settle });
    await box.press('Enter');
  }

  /**
   * Picks an option of a select without a search box (its input is read-only, so `choose` cannot
   * type): opens it and clicks the option, found by its title in the dropdown (appended to the
   * page last). The page behind a drawer may scroll while the dropdown opens, moving the option
   * under the pointer, so this is retried until the select shows the option as its value.
   */
  async pick(scope: Locator, label: string, option: string) {
    const box = this.select(scope, label);
    // The dropdown is outside `scope`; inside it, only the chosen value carries the title.
    const chosen = scope.getByTitle(option, { exact: true });
    await expect(async () => {
      if ((await box.getAttribute('aria-expanded')) !== 'true')
        await box.click({ timeout: WAITS.attempt });
      await this.page
        .getByTitle(option, { exact: true })
        .filter({ visible: true })
        .last()
        .click({ timeout: WAITS.attempt });
      await expect(chosen).toBeVisible({ timeout: WAITS.attempt });
    }).toPass({ timeout: WAITS.settle });
  }

  /**
   * Confirms a dialog: a destructive one asks to type what it shows (a name or a count), a plain
   * one only to press the action's button. A click that lands closes the dialog (the action runs
   * behind it), so the click is repeated only while the dialog is still open: one swallowed by a
   * re-render (seen under load, the dialog left open with the name typed) is sent again, a landed
   * one never twice.
   */
  async confirm(dialog: Locator, actionLabel: string) {
    await expect(dialog).toBeVisible();
    const code = dialog.locator('code').first();
    if (await code.count()) await dialog.getByRole('textbox').fill((await code.innerText()).trim());
    const button = dialog.getByRole('button', { name: actionLabel });
    await expect(async () => {
      if (await button.isVisible()) await button.click({ timeout: WAITS.attempt });
      await expect(dialog).toBeHidden({ timeout: WAITS.attempt });
    }).toPass({ timeout: WAITS.settle });
  }

  /** The bar over the table that acts on the selected rows. */
  bulkBar() {
    return this.page.getByRole('toolbar', { name: this.t('ui:bulk.toolbar') });
  }

  async bulkAction(verb: string) {
    await this.bulkBar()
      .getByRole('button', { name: new RegExp(escapeRegExp(this.action(verb))) })
      .click();
  }

  /** Waits until `scope` (a row, the detail page) shows the status `value`. */
  async expectStatus(scope: Locator, value: string) {
    await expect(scope.getByText(this.statusText(value), { exact: true }).first()).toBeVisible();
  }
}
