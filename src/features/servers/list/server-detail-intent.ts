import type { Intent } from '@/components/resource-table/intent-link';
import { watchedServerQueries } from '../api/queries';

/**
 * /servers/:id ahead of the click: its chunk and the server, under the key the page reads
 * (`project` is the server's own, as serverPath puts it in the URL). Silent: a failed prefetch is
 * the page's to report if the user does open it.
 */
export const serverDetailIntent =
  (project: string, id: string): Intent =>
  (queryClient) => {
    void import('../routes/server-detail-page').catch(() => undefined);
    void queryClient.prefetchQuery({
      ...watchedServerQueries.detail(project, id),
      meta: { silent: true },
    });
  };
