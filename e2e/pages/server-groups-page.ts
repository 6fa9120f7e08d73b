import type { Locator } from '@playwright/test';
import { ResourcePage } from './resource-page';

/** /server-groups, its create drawer and confirmations, found by role and label in the test's language. */
export class ServerGroupsPage extends ResourcePage {
  readonly ns = 'server-groups';
  readonly path = '/server-groups';
  // A group's name cell is the button of its quick look.
  override readonly nameRole = 'button';

  policy(scope: Locator, policy: 'affinity' | 'anti-affinity') {
    return scope.getByRole('radio', {
      name: this.t(`server-groups:policy.${policy}`),
      exact: true,
    });
  }
}
