// /servers' first request, started while the page's code downloads (route-table `prefetch`): the
// servers of the page the URL names, under the key the page reads (watchedServerQueries.list).
import type { LoaderFunctionArgs } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { serverQueries } from '@/api/resources/servers';
import { getValidSession, viewerOf } from '@/api/session';
import { parseTableState } from '@/hooks/url-table-state';
import { SERVERS_TABLE, toListParams } from '../model/list-params';

export function prefetch({ request }: LoaderFunctionArgs, queryClient: QueryClient) {
  const viewer = viewerOf(getValidSession());
  if (!viewer.projectId) return;
  const state = parseTableState(new URL(request.url).searchParams, SERVERS_TABLE);
  return queryClient.prefetchQuery(
    serverQueries.list(viewer.projectId, toListParams(state, viewer)),
  );
}
