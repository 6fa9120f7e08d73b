// The bare-metal pages' view of the shared entries (src/api/resources/bare-metal.ts): the same
// keys, polled every 2 s while a node on screen is moving by itself.
import { queryOptions } from '@tanstack/react-query';
import { bareMetalQueries, type BmNodeListParams } from '@/api/resources/bare-metal';
import { pollWhile } from '@/hooks/polling';
import { isNodeChanging } from '../model/node';

export const watchedNodeQueries = {
  list: (params: BmNodeListParams) =>
    queryOptions({
      ...bareMetalQueries.nodeList(params),
      refetchInterval: pollWhile((page) => page.nodes.some(isNodeChanging), { whileError: true }),
      placeholderData: (prev) => prev,
    }),
  node: (id: string) =>
    queryOptions({
      ...bareMetalQueries.node(id),
      refetchInterval: pollWhile(isNodeChanging, { whileError: true }),
    }),
};
