// The images pages' view of the shared entries (src/api/resources/images.ts): the same keys,
// polled while an image on screen is changing by itself.
import { queryOptions } from '@tanstack/react-query';
import { imageQueries, type ImageListParams } from '@/api/resources/images';
import { pollWhile } from '@/hooks/polling';
import { anyTransitional, isTransitional } from '../model/status';

export const watchedImageQueries = {
  list: (scope: string, filters: ImageListParams) =>
    queryOptions({
      ...imageQueries.list(scope, filters),
      refetchInterval: pollWhile((page) => anyTransitional(page.images), { whileError: true }),
      placeholderData: (prev) => prev,
    }),
  detail: (scope: string, id: string) =>
    queryOptions({
      ...imageQueries.detail(scope, id),
      refetchInterval: pollWhile(isTransitional, { whileError: true }),
    }),
};
