// The overview: its panels (regions named by their headings) and the figures in them (links).
import { expect, type Locator, type Page } from '@playwright/test';
import { tr, type Lang } from '../support/lang';
import { escapeRegExp } from './resource-page';

export class OverviewPage {
  readonly page: Page;
  readonly lang: Lang;

  constructor(page: Page, lang: Lang) {
    this.page = page;
    this.lang = lang;
  }

  t(key: string, vars?: Record<string, string | number>) {
    return tr(this.lang, `overview:${key}`, vars);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('title.page') });
  }

  panel(key: string): Locator {
    return this.page.getByRole('region', { name: this.t(`panels.${key}`) });
  }

  /** The bar of one server status: a link named "<label> <count>". */
  serverBar(status: string): Locator {
    const label = escapeRegExp(this.t(`serverStatus.${status}`));
    return this.panel('servers').getByRole('link', {
      name: new RegExp(`^${label}\\s*[\\d,]+\\+?$`),
    });
  }

  /** The count a bar shows (commas dropped; "+" kept out). */
  async countOf(bar: Locator): Promise<number> {
    await expect(bar).toBeVisible();
    const text = (await bar.innerText()).replace(/[,+]/g, '');
    const m = /(\d+)\s*$/.exec(text);
    if (!m) throw new Error(`no count in "${text}"`);
    return Number(m[1]);
  }
}
