// Counts for the landing page. Keys start from the images root, so anything that invalidates
// images (rootKeys.images) refreshes these too.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { rootKeys } from '@/api/root-keys';
import type { paths } from '@contract/schema';

type ImageListQuery = NonNullable<paths['/os/image/v1/v2/images']['get']['parameters']['query']>;
export type ImageCountFilter = Pick<ImageListQuery, 'status' | 'image_type'>;

export const overviewKeys = {
  imageCount: (filter: ImageCountFilter) => [...rootKeys.images, 'count', filter] as const,
  projectCount: () => [...rootKeys.projects, 'count'] as const,
};

export const overviewQueries = {
  /** How many images match: one item is fetched, `total` counts across pages. */
  imageCount: (filter: ImageCountFilter = {}) =>
    queryOptions({
      queryKey: overviewKeys.imageCount(filter),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/image/v1/v2/images', {
            params: { query: { ...filter, limit: '1' } },
            signal,
          }),
        ),
      select: (data) => data.total ?? null,
    }),
  projectCount: () =>
    queryOptions({
      queryKey: overviewKeys.projectCount(),
      queryFn: ({ signal }) => unwrap(api.GET('/os/kinton/v1/v3/projects', { signal })),
      // Disabled projects cannot be scoped to, so they do not count as accessible.
      select: (data) => data.projects.filter((p) => p.enabled).length,
    }),
};
