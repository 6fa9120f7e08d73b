import { ResourcePage } from './resource-page';

/** /availability-zones (admin): zones, a zone's services and pools, create/edit drawer, delete. */
export class AvailabilityZonesPage extends ResourcePage {
  readonly ns = 'availability-zones';
  readonly path = '/availability-zones';
  // A zone's alias cell is the button of its quick look.
  override readonly nameRole = 'button';
}
