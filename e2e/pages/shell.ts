import { BasePage } from './resource-page';

/** The signed-in frame: side menu, project switcher, language switch, user menu. */
export class Shell extends BasePage {
  nav() {
    return this.page.getByRole('navigation', { name: this.t('shell:layout.navigation') });
  }
  /** A page's entry in the side menu (a link; group headers are not). */
  menuItem(key: string) {
    return this.nav().getByRole('link', { name: this.t(`shell:nav.${key}`), exact: true });
  }
}
