import type { paths } from '@contract/schema';
import { referenceKeys } from '@/api/reference-queries';
import { rootKeys } from '@/api/root-keys';

/** The list's query parameters, as the contract types them (limit is a string of digits). */
export type ImageListParams = NonNullable<
  paths['/os/image/v1/v2/images']['get']['parameters']['query']
>;

// `scope` is the token's project: what a tenant sees depends on it, so it is part of every key.
export const imageKeys = {
  all: rootKeys.images,
  lists: () => [...rootKeys.images, 'list'] as const,
  list: (scope: string, params: ImageListParams) =>
    [...rootKeys.images, 'list', scope, params] as const,
  details: () => [...rootKeys.images, 'detail'] as const,
  detail: referenceKeys.image,
};
