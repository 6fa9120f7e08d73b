import type { Page } from '@playwright/test';
import { tr, type Lang } from '../support/lang';

/** The signed-in frame: side menu, project switcher, language switch, user menu. */
export class Shell {
  readonly page: Page;
  readonly lang: Lang;
  constructor(page: Page, lang: Lang) {
    this.page = page;
    this.lang = lang;
  }

  nav() {
    return this.page.getByRole('navigation', { name: tr(this.lang, 'shell:layout.navigation') });
  }
  /** A page's entry in the side menu (a link; group headers are not). */
  menuItem(key: string) {
    return this.nav().getByRole('link', { name: tr(this.lang, `shell:nav.${key}`), exact: true });
  }
  main() {
    return this.page.getByRole('main');
  }
}
