import { expect, type Locator, type Page, type Request, type Response } from '@playwright/test';
import { tr, type Lang } from '../support/lang';

/** A server action: `POST …/servers/:id/action` (every power and lifecycle action). */
const isServerAction = (r: Request) =>
  r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/action');

/** /servers, /servers/:id, the create wizard and the action drawers, by role and label. */
export class ServersPage {
  readonly page: Page;
  readonly lang: Lang;
  constructor(page: Page, lang: Lang) {
    this.page = page;
    this.lang = lang;
  }

  t(key: string, vars?: Record<string, string | number>) {
    return tr(this.lang, key, vars);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('servers:title.list') });
  }

  table() {
    return this.page.getByRole('table').first();
  }

  row(name: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The first row in the list (after the header). */
  firstRow(): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link') })
      .first();
  }

  async nameOf(row: Locator) {
    return (await row.getByRole('link').first().innerText()).trim();
  }

  status(label: string) {
    return this.t(`servers:status.${label}`);
  }

  /** Opens a row's "more" menu and returns the menu item of an action. */
  async menuItem(name: string, action: string) {
    await this.row(name)
      .getByRole('button', { name: this.t('ui:actions.moreFor', { name }) })
      .click();
    return this.page.getByRole('menuitem', {
      name: new RegExp(`^${this.t(`servers:actions.${action}`)}`),
    });
  }

  /**
   * Opens a drawer from a row's menu. The list may re-render under the open menu while it polls
   * (a server elsewhere on the page is changing), so the open is retried until the drawer shows.
   */
  async openFromMenu(name: string, action: string, drawer: Locator) {
    await expect(async () => {
      if (!(await drawer.isVisible())) {
        await this.page.keyboard.press('Escape');
        await (await this.menuItem(name, action)).click({ timeout: 2_000 });
      }
      await expect(drawer).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    return drawer;
  }

  /** The header's "more" menu on the detail page. */
  async headerMenuItem(action: string) {
    await this.page.getByRole('button', { name: this.t('ui:actions.more') }).click();
    return this.page.getByRole('menuitem', {
      name: new RegExp(`^${this.t(`servers:actions.${action}`)}`),
    });
  }

  drawer(titleKey: string, vars?: Record<string, string | number>) {
    return this.page.getByRole('dialog', { name: this.t(titleKey, vars) });
  }

  /** A select found by its label (required fields prefix an asterisk to the name). */
  select(scope: Locator, label: string) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return scope.getByRole('combobox', { name: new RegExp(`^\\*? ?${escaped}$`) });
  }

  /** Types into an antd Select to narrow its options and picks the first match. */
  async choose(scope: Locator, label: string, text: string) {
    const box = this.select(scope, label);
    await box.click();
    await box.fill(text);
    await this.page.keyboard.press('Enter');
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
      if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click({ timeout: 2_000 });
      await this.page
        .getByTitle(option, { exact: true })
        .filter({ visible: true })
        .last()
        .click({ timeout: 2_000 });
      await expect(chosen).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  }

  async confirm(dialog: Locator, actionLabel: string) {
    const code = dialog.locator('code').first();
    if (await code.count()) {
      await dialog.getByRole('textbox').fill((await code.innerText()).trim());
    }
    await dialog.getByRole('button', { name: actionLabel }).click();
  }

  async expectStatus(scope: Locator, status: string) {
    await expect(scope.getByText(this.status(status), { exact: true }).first()).toBeVisible({
      timeout: 20_000,
    });
  }

  /** Opens the create wizard from the list; returns it with its step buttons. */
  async openCreateWizard() {
    await this.page.getByRole('button', { name: this.t('servers:actions.create') }).click();
    const wizard = this.drawer('servers:title.create');
    await expect(wizard).toBeVisible();
    return {
      wizard,
      next: wizard.getByRole('button', { name: this.t('servers:create.next') }),
      back: wizard.getByRole('button', { name: this.t('servers:create.back') }),
    };
  }

  /** From the list, opens the detail page of the server `name` (the name's link in its row). */
  async openDetail(name: string) {
    await this.row(name).getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** A button of the detail page header (the first actions are buttons, the rest in "more"). */
  headerButton(action: string) {
    return this.page.getByRole('button', {
      name: this.t(`servers:actions.${action}`),
      exact: true,
    });
  }

  /**
   * Records the body of every server action (`POST …/servers/:id/action`) the page sends from
   * now on, to tell apart actions that look the same on screen (soft or hard reboot, resize or
   * live resize) and to check that a refused form sent nothing.
   */
  recordActions(): unknown[] {
    const bodies: unknown[] = [];
    this.page.on('request', (r) => {
      if (isServerAction(r)) bodies.push(r.postDataJSON());
    });
    return bodies;
  }

  /**
   * Runs `act` (which sends a server action) and waits until the page has fetched the server
   * back in `status` with no task running, after the action was accepted. For actions that end
   * in the status they started from (hard reboot: ACTIVE → ACTIVE), where the status on screen
   * cannot tell "done" from "not started yet".
   */
  async settleAfter(act: () => Promise<void>, status: string) {
    let posted = false;
    let settled = false;
    const seen = async (r: Response) => {
      if (isServerAction(r.request()) && r.ok()) posted = true;
      else if (
        posted &&
        r.request().method() === 'GET' &&
        /\/servers\/[^/]+$/.test(new URL(r.url()).pathname)
      ) {
        const body = (await r.json().catch(() => null)) as {
          server?: { status?: string; 'OS-EXT-STS:task_state'?: string | null };
        } | null;
        if (body?.server?.status === status && !body.server['OS-EXT-STS:task_state'])
          settled = true;
      }
    };
    this.page.on('response', seen);
    try {
      await act();
      await expect.poll(() => settled, { timeout: 20_000 }).toBe(true);
    } finally {
      this.page.off('response', seen);
    }
  }
}
