import type { Intent } from '@/components/resource-table/intent-link';
import { watchedNodeQueries } from '../api/queries';

/**
 * /bare-metal/nodes/:id ahead of the click: its chunk and the node, under the key the page
 * reads. Silent: a failed prefetch is the page's to report if opened.
 */
export const nodeDetailIntent =
  (id: string): Intent =>
  (queryClient) => {
    void import('../routes/node-detail-page').catch(() => undefined);
    void queryClient.prefetchQuery({ ...watchedNodeQueries.node(id), meta: { silent: true } });
  };
