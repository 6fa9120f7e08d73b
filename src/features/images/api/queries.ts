import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { compactQuery } from '@/api/query-params';
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
  detail: (scope: string, id: string) =>
    queryOptions({
      queryKey: imageKeys.detail(scope, id),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/image/v1/v2/images/{image_id}', {
            params: { path: { image_id: id } },
            signal,
          }),
        ),
      refetchInterval: (q) => (q.state.data && isTransitional(q.state.data) ? POLL_MS : false),
    }),
};
