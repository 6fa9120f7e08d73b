import { ResourcePage } from './resource-page';

/** /aggregates (admin): aggregates, their member hosts in the quick look, create/edit, delete. */
export class AggregatesPage extends ResourcePage {
  readonly ns = 'aggregates';
  readonly path = '/aggregates';
  // An aggregate's name cell is the button of its quick look.
  override readonly nameRole = 'button';
}
