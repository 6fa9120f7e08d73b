import { detailIntent } from '@/components/resource-table/intent-link';
import { watchedImageQueries } from '../api/queries';

/** /images/:id ahead of the click (the viewer's project scopes the image's key). */
export const imageDetailIntent = (scope: string, id: string) =>
  detailIntent(() => import('../routes/image-detail-page'), watchedImageQueries.detail(scope, id));
