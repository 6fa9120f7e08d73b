// Images (glance v2): the one module that reads and writes /os/image/v1/v2/images. Every page that
// lists, counts or names images uses these keys, so one cache entry serves them all.
import { queryOptions, useMutation, useQueryClient, type Register } from '@tanstack/react-query';
import type { components, paths } from '@contract/schema';
import { api, unwrap } from '../client';
import { compactQuery } from '../query-params';
import { rootKeys } from '../root-keys';

/** The list's query parameters, as the contract types them (limit is a string of digits). */
export type ImageListParams = NonNullable<
  paths['/os/image/v1/v2/images']['get']['parameters']['query']
>;
type ImageCreate = components['schemas']['ImageCreate'];
type ImagePatch = components['schemas']['ImagePatch'];
type ImageFtpCreate = components['schemas']['ImageFtpCreate'];

// `scope` is the token's project: what a tenant sees depends on it, so it is part of every key.
export const imageKeys = {
  all: rootKeys.images,
  lists: () => [...rootKeys.images, 'list'] as const,
  list: (scope: string, params: ImageListParams) =>
    [...rootKeys.images, 'list', scope, params] as const,
  details: () => [...rootKeys.images, 'detail'] as const,
  detail: (scope: string, id: string) => [...rootKeys.images, 'detail', scope, id] as const,
};

export const imageQueries = {
  /**
   * A page of images (`limit`/`marker`), or every image the project sees without `limit` (the
   * wizard's choices). Counting is this list with `limit: '1'` and `total`.
   */
  list: (scope: string, filters: ImageListParams) => {
    const params = compactQuery(filters);
    return queryOptions({
      queryKey: imageKeys.list(scope, params),
      queryFn: ({ signal }) =>
        unwrap(api.GET('/os/image/v1/v2/images', { params: { query: params }, signal })),
    });
  },
  /** Every image the project sees, in one request (glance returns all without `limit`). */
  all: (scope: string) =>
    queryOptions({
      ...imageQueries.list(scope, {}),
      select: (page) => page.images,
      staleTime: 60_000,
    }),
  /** One image (glance's show): its page, and the name of an image id another page shows. */
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
      staleTime: 60_000,
      enabled: id !== '',
    }),
};

/** glance's cursor: the next page starts after the last image, when `next` says there is one. */
export const imageNextCursor = (
  page: { images: readonly { id: string }[]; next?: string } | undefined,
): string | undefined => (page?.next ? page.images.at(-1)?.id : undefined);

const PATCH_TYPE = 'application/openstack-images-v2.1-json-patch';

export const createImage = (body: ImageCreate) =>
  unwrap(api.POST('/os/image/v1/v2/images', { body }));

export const deleteImage = (id: string) =>
  unwrap(api.DELETE('/os/image/v1/v2/images/{image_id}', { params: { path: { image_id: id } } }));

export const patchImage = (id: string, ops: ImagePatch) =>
  unwrap(
    api.PATCH('/os/image/v1/v2/images/{image_id}', {
      params: { path: { image_id: id } },
      body: ops,
      headers: { 'Content-Type': PATCH_TYPE, Accept: 'application/json' },
    }),
  );

export const importFromFtp = (body: { glance: ImageFtpCreate }) =>
  unwrap(api.POST('/os/image/v1/cloudos/images/ftp', { body }));

function useImageMutation<TArgs, TResult>(
  fn: (args: TArgs) => Promise<TResult>,
  meta?: Register['mutationMeta'],
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta,
    onSettled: () => qc.invalidateQueries({ queryKey: imageKeys.all }),
  });
}

// The task centre follows a created record (queued) and an FTP import (until active or killed).
export const useCreateImage = () =>
  useImageMutation(createImage, { task: { kind: 'imageCreate' } });
export const useUpdateImage = () =>
  useImageMutation((a: { id: string; ops: ImagePatch }) => patchImage(a.id, a.ops));
export const useDeleteImage = () => useImageMutation(deleteImage);
export const useFtpImport = () =>
  useImageMutation(importFromFtp, { task: { kind: 'imageImport' } });

/**
 * An instance snapshot becomes an ordinary image (004 §1.3, `/image_type` → `image`, 004:L942):
 * it leaves the instance-snapshot list and joins the image list, so both are refreshed.
 */
export const convertSnapshotToImage = (id: string) =>
  patchImage(id, [{ op: 'replace', path: '/image_type', value: 'image' }]);

export function useConvertSnapshot() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: convertSnapshotToImage,
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: imageKeys.all }),
        qc.invalidateQueries({ queryKey: rootKeys.snapshots }),
      ]),
  });
}
