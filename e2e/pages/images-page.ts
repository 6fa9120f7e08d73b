import { ResourcePage } from './resource-page';

/** /images and its drawers, found by role and label in the test's language. */
export class ImagesPage extends ResourcePage {
  readonly ns = 'images';
  readonly path = '/images';
}
