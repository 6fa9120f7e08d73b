import type { Locator } from '@playwright/test';
import { ResourcePage } from './resource-page';

/** /bare-metal/nodes (admin) and a node's page: states are `bare-metal:provision.<state>`. */
export class BareMetalNodesPage extends ResourcePage {
  readonly ns = 'bare-metal';
  readonly path = '/bare-metal/nodes';

  override statusText(value: string) {
    return this.t(`bare-metal:provision.${value}`);
  }

  /** A node page's header button (a provision target, power, maintenance). */
  headerButton(key: string): Locator {
    return this.main().getByRole('button', { name: this.t(`bare-metal:${key}`), exact: true });
  }

  detailHeading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }
}
