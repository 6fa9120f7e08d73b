import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { compactQuery } from '@/api/query-params';
import { imageQuery } from '@/api/reference-queries';
import { anyTransitional, isTransitional } from '../model/status';
import { imageKeys, type ImageListParams } from './keys';

const POLL_MS = 2000;

export const imageQueries = {
  list: (scope: string, filters: ImageListParams) => {
    const params = compactQuery(filters);
    return queryOptions({
      queryKey: imageKeys.list(scope, params),
      queryFn: ({ signal }) =>
        unwrap(api.GET('/os/image/v1/v2/images', { params: { query: params }, signal })),
      // Poll only while something on the page is changing by itself.
      refetchInterval: (q) => (anyTransitional(q.state.data?.images) ? POLL_MS : false),
      placeholderData: (prev) => prev,
    });
  },
  /** The shared entry (other pages label image ids with it), polled while the image saves. */
  detail: (scope: string, id: string) =>
    queryOptions({
      ...imageQuery(scope, id),
      refetchInterval: (q) => (q.state.data && isTransitional(q.state.data) ? POLL_MS : false),
    }),
};
