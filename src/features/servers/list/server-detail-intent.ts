import { detailIntent } from '@/components/resource-table/intent-link';
import { watchedServerQueries } from '../api/queries';

/** /servers/:id ahead of the click (`project` is the server's own, as serverPath puts it in the URL). */
export const serverDetailIntent = (project: string, id: string) =>
  detailIntent(
    () => import('../routes/server-detail-page'),
    watchedServerQueries.detail(project, id),
  );
