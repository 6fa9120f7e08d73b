import { ResourcePage } from './resource-page';

/** /server-templates, its form drawer and confirmations, by role and label in the test's language. */
export class ServerTemplatesPage extends ResourcePage {
  readonly ns = 'server-templates';
  readonly path = '/server-templates';
  // A template's name cell is the button of its quick look.
  override readonly nameRole = 'button';
}
