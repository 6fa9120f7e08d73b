// /bare-metal/nodes' first request, started while the page's code downloads (route-table
// `prefetch`): the nodes of the page the URL names, under the key the page reads
// (watchedNodeQueries.list). Only for an administrator, the only one the page is for.
import type { LoaderFunctionArgs } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { bareMetalQueries } from '@/api/resources/bare-metal';
import { getValidSession, viewerOf } from '@/api/session';
import { parseTableState } from '@/hooks/url-table-state';
import { NODES_TABLE, toNodeListParams } from '../model/list-params';

export function prefetch({ request }: LoaderFunctionArgs, queryClient: QueryClient) {
  const viewer = viewerOf(getValidSession());
  if (!viewer.projectId || !viewer.isAdmin) return;
  const state = parseTableState(new URL(request.url).searchParams, NODES_TABLE);
  return queryClient.prefetchQuery(bareMetalQueries.nodeList(toNodeListParams(state)));
}
