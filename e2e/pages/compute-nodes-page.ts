import { ResourcePage } from './resource-page';

/** /compute-nodes (admin): the node table, the add wizard and delete. */
export class ComputeNodesPage extends ResourcePage {
  readonly ns = 'compute-nodes';
  readonly path = '/compute-nodes';

  /** A node row by its host name (the name cell is plain text). */
  override row(name: string) {
    return this.table().getByRole('row').filter({ hasText: name });
  }
}
