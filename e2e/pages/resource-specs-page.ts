import { expect, type Locator } from '@playwright/test';
import { ResourcePage, escapeRegExp } from './resource-page';

/**
 * /resource-specs (admin): a service menu, host-type tabs, and three tables (configuration,
 * single specs, combined specs), each in a region named by its title. Rows have no name link, so
 * they are found by the text they show.
 */
export class ResourceSpecsPage extends ResourcePage {
  readonly ns = 'resource-specs';
  readonly path = '/resource-specs';

  async openService(name: string) {
    await this.page.getByRole('menuitem', { name, exact: true }).click();
    await expect(this.page.getByRole('menuitem', { name, exact: true })).toHaveClass(/selected/);
    await this.waitForSettled();
  }

  region(which: 'subTypes' | 'singles' | 'combined') {
    return this.page.getByRole('region', { name: this.t(`resource-specs:title.${which}`) });
  }

  /** A body row of a region's table showing every one of `texts`. */
  specRow(which: 'subTypes' | 'singles' | 'combined', ...texts: string[]): Locator {
    let rows = this.region(which).getByRole('row');
    for (const text of texts) rows = rows.filter({ hasText: new RegExp(escapeRegExp(text)) });
    return rows;
  }

  async openAdd(which: 'Single' | 'Combined') {
    await this.page
      .getByRole('button', { name: this.t(`resource-specs:actions.add${which}`) })
      .first()
      .click();
    const drawer = this.page.getByRole('dialog', {
      name: this.t(`resource-specs:title.add${which}`),
    });
    await expect(drawer).toBeVisible();
    return drawer;
  }
}
