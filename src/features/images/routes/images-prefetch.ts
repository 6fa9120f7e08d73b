// /images' first request, started while the page's code downloads (route-table `prefetch`): the
// images of the page the URL names, under the key the page reads (watchedImageQueries.list).
import type { LoaderFunctionArgs } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { imageQueries } from '@/api/resources/images';
import { getValidSession, viewerOf } from '@/api/session';
import { parseTableState } from '@/hooks/url-table-state';
import { IMAGES_TABLE, toListParams } from '../model/list-params';

export function prefetch({ request }: LoaderFunctionArgs, queryClient: QueryClient) {
  const viewer = viewerOf(getValidSession());
  if (!viewer.projectId) return;
  const state = parseTableState(new URL(request.url).searchParams, IMAGES_TABLE);
  return queryClient.prefetchQuery(
    imageQueries.list(viewer.projectId, toListParams(state, viewer)),
  );
}
