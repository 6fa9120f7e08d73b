import { ResourcePage } from './resource-page';

/** /keypairs, its drawers and the private-key modal, found by role and label in the test's language. */
export class KeypairsPage extends ResourcePage {
  readonly ns = 'keypairs';
  readonly path = '/keypairs';
  override readonly nameRole = 'button';

  async openImport() {
    await this.page.getByRole('button', { name: this.action('import') }).click();
    return this.dialog('keypairs:title.import');
  }
}

export const FINGERPRINT = /([0-9a-f]{2}:){15}[0-9a-f]{2}/;
