import { detailIntent } from '@/components/resource-table/intent-link';
import { watchedNodeQueries } from '../api/queries';

/** /bare-metal/nodes/:id ahead of the click. */
export const nodeDetailIntent = (id: string) =>
  detailIntent(() => import('../routes/node-detail-page'), watchedNodeQueries.node(id));
