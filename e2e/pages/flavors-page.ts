import { ResourcePage } from './resource-page';

/** /flavors (admin): the flavor table, a flavor's quick look and the create drawer. */
export class FlavorsPage extends ResourcePage {
  readonly ns = 'flavors';
  readonly path = '/flavors';
  // A flavor's name cell is the button of its quick look.
  override readonly nameRole = 'button';
}
