import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { imageKeys } from './keys';
import type { ImageCreate, ImageFtpCreate, ImagePatch } from '../model/types';

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

function useInvalidatingMutation<TArgs, TResult>(fn: (args: TArgs) => Promise<TResult>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => qc.invalidateQueries({ queryKey: imageKeys.all }),
  });
}

export const useCreateImage = () => useInvalidatingMutation(createImage);
export const useUpdateImage = () =>
  useInvalidatingMutation((a: { id: string; ops: ImagePatch }) => patchImage(a.id, a.ops));
export const useDeleteImage = () => useInvalidatingMutation(deleteImage);
export const useFtpImport = () => useInvalidatingMutation(importFromFtp);
