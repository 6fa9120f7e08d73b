// Counts for the landing page, as selections of the shared list entries: anything that refreshes
// images or projects refreshes these too.
import { queryOptions } from '@tanstack/react-query';
import { imageQueries, type ImageListParams } from '@/api/resources/images';
import { projectQueries } from '@/api/resources/projects';

export type ImageCountFilter = Pick<ImageListParams, 'status' | 'image_type'>;

export const countQueries = {
  /** How many images match: one item is fetched, `total` counts across pages. */
  images: (scope: string, filter: ImageCountFilter = {}) =>
    queryOptions({
      ...imageQueries.list(scope, { ...filter, limit: '1' }),
      select: (page) => page.total ?? null,
    }),
  /** Disabled projects cannot be scoped to, so they do not count as accessible. */
  projects: () =>
    queryOptions({
      ...projectQueries.list(),
      select: (projects) => projects.filter((p) => p.enabled).length,
    }),
};
