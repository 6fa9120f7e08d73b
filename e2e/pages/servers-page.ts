import { expect, type Locator, type Request, type Response } from '@playwright/test';
import { ResourcePage } from './resource-page';
import { WAITS } from '../support/waits';

/** A server action: `POST …/servers/:id/action` (every power and lifecycle action). */
const isServerAction = (r: Request) =>
  r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/action');

/** /servers, /servers/:id, the create wizard and the action drawers, by role and label. */
export class ServersPage extends ResourcePage {
  readonly ns = 'servers';
  readonly path = '/servers';

  /** The header's "more" menu on the detail page. */
  async headerMenuItem(verb: string) {
    await this.page.getByRole('button', { name: this.t('ui:actions.more') }).click();
    return this.page.getByRole('menuitem', { name: new RegExp(`^${this.action(verb)}`) });
  }

  /**
   * Opens the dialog of a header-menu action. The detail page polls a changing server and
   * re-renders under the open menu, which can swallow the click (seen under load: the dialog never
   * opened), so the open is retried until the dialog shows, as ResourcePage.openFromMenu does for
   * rows. An open that landed shows the dialog, so nothing is opened twice.
   */
  async openFromHeaderMenu(verb: string, dialog: Locator) {
    await expect(async () => {
      if (!(await dialog.isVisible())) {
        await this.page.keyboard.press('Escape');
        await (await this.headerMenuItem(verb)).click({ timeout: WAITS.attempt });
      }
      await expect(dialog).toBeVisible({ timeout: WAITS.attempt });
    }).toPass({ timeout: WAITS.settle });
    return dialog;
  }

  /**
   * Runs a header-menu action that has no confirm dialog (resume, unshelve). A click swallowed by
   * a re-render sends nothing, so the click is repeated until its request has gone out, and only
   * then: an action is never sent twice.
   */
  async runFromHeaderMenu(verb: string) {
    await this.untilActionSent(async () => {
      await this.page.keyboard.press('Escape');
      await (await this.headerMenuItem(verb)).click({ timeout: WAITS.attempt });
    });
  }

  /** The same for an action the header shows as its own button (start). */
  async runFromHeaderButton(verb: string) {
    await this.untilActionSent(() => this.headerButton(verb).click({ timeout: WAITS.attempt }));
  }

  /**
   * Opens the confirm dialog of an action the header shows as its own button (stop), clicking
   * again only while the dialog has not opened (a click swallowed by a re-render).
   */
  async openFromHeaderButton(verb: string, dialog: Locator) {
    await expect(async () => {
      if (!(await dialog.isVisible()))
        await this.headerButton(verb).click({ timeout: WAITS.attempt });
      await expect(dialog).toBeVisible({ timeout: WAITS.attempt });
    }).toPass({ timeout: WAITS.settle });
    return dialog;
  }

  private async untilActionSent(click: () => Promise<void>) {
    let posted = false;
    const seen = (r: Request) => {
      if (isServerAction(r)) posted = true;
    };
    this.page.on('request', seen);
    try {
      await expect(async () => {
        if (!posted) await click();
        await expect.poll(() => posted, { timeout: WAITS.attempt }).toBe(true);
      }).toPass({ timeout: WAITS.settle });
    } finally {
      this.page.off('request', seen);
    }
  }

  /** Opens the create wizard from the list; returns it with its step buttons. */
  async openCreateWizard() {
    const wizard = await this.openCreate();
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

  /**
   * Opens the detail page of the list's first server (sign in on a filtered list first, e.g.
   * `/servers?status=ACTIVE` for a running one) and gives its name.
   */
  async openFirstDetail() {
    const name = await this.nameOf(this.firstRow());
    await this.openDetail(name);
    return name;
  }

  /** A button of the detail page header (the first actions are buttons, the rest in "more"). */
  headerButton(verb: string) {
    return this.page.getByRole('button', { name: this.action(verb), exact: true });
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
      await expect.poll(() => settled, { timeout: WAITS.settle }).toBe(true);
    } finally {
      this.page.off('response', seen);
    }
  }
}
