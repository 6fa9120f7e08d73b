import { ResourcePage } from './resource-page';

/** /drx (admin): the policy table, its quick look, the create drawer, enable/disable/delete. */
export class DrxPage extends ResourcePage {
  readonly ns = 'drx';
  readonly path = '/drx';
  // A policy's description cell is the button of its quick look.
  override readonly nameRole = 'button';

  /** Descriptions repeat across policies: a row by a text only it has (its seed server). */
  rowWith(text: string) {
    return this.rows().filter({ hasText: text });
  }
}
