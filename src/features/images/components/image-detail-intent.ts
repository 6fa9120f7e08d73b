import type { Intent } from '@/components/resource-table/intent-link';
import { watchedImageQueries } from '../api/queries';

/**
 * /images/:id ahead of the click: its chunk and the image, under the key the page reads (the
 * viewer's project scopes it). Silent: a failed prefetch is the page's to report if opened.
 */
export const imageDetailIntent =
  (scope: string, id: string): Intent =>
  (queryClient) => {
    void import('../routes/image-detail-page').catch(() => undefined);
    void queryClient.prefetchQuery({
      ...watchedImageQueries.detail(scope, id),
      meta: { silent: true },
    });
  };
