import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { imageTypesQuery, referenceKeys } from '@/api/reference-queries';
import { rootKeys } from '@/api/root-keys';
import type { ImageTypeCreate, ImageTypeUpdate } from '../model/image-type';

// The full list is shared reference data (src/api/reference-queries.ts); this feature adds the
// detail view and the writes, and invalidates the shared root after each write.
export const imageTypeKeys = {
  all: rootKeys.imageTypes,
  list: referenceKeys.imageTypes,
  detail: (id: string) => [...rootKeys.imageTypes, 'detail', id] as const,
};

export const imageTypeQueries = {
  list: imageTypesQuery,
  detail: (id: string) =>
    queryOptions({
      queryKey: imageTypeKeys.detail(id),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/kinton/v1/cloudos/imagetype/uuid/{image_type_id}', {
            params: { path: { image_type_id: id } },
            signal,
          }),
        ),
    }),
};

export const createImageType = (body: ImageTypeCreate) =>
  unwrap(api.POST('/os/kinton/v1/cloudos/imagetype', { body }));
export const updateImageType = (body: ImageTypeUpdate) =>
  unwrap(api.PUT('/os/kinton/v1/cloudos/imagetype', { body }));
export const deleteImageType = (id: string) =>
  unwrap(
    api.DELETE('/os/kinton/v1/cloudos/imagetype/uuid/{image_type_id}', {
      params: { path: { image_type_id: id } },
    }),
  );

function useWrite<A>(fn: (a: A) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => qc.invalidateQueries({ queryKey: imageTypeKeys.all }),
  });
}

export const useCreateImageType = () => useWrite(createImageType);
export const useUpdateImageType = () => useWrite(updateImageType);
export const useDeleteImageType = () => useWrite(deleteImageType);
