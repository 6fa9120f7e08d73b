// Image types (the platform's OS catalogue, /cloudos/imagetype): the list every page that names an
// OS reads, the per-filter lookups of the image types page, and the writes.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type ImageTypeCreate = components['schemas']['ImageTypeCreate'];
type ImageTypeUpdate = components['schemas']['ImageTypeUpdate'];

export const imageTypeKeys = {
  all: rootKeys.imageTypes,
  list: () => [...rootKeys.imageTypes, 'list'] as const,
  byVirt: (virtType: string) => [...rootKeys.imageTypes, 'virt', virtType] as const,
  byOs: (osType: string) => [...rootKeys.imageTypes, 'opsys', osType] as const,
  virtTypes: () => [...rootKeys.imageTypes, 'distinct', 'virtType'] as const,
  osTypes: () => [...rootKeys.imageTypes, 'distinct', 'osType'] as const,
  detail: (id: string) => [...rootKeys.imageTypes, 'detail', id] as const,
};

export const imageTypeQueries = {
  list: () =>
    queryOptions({
      queryKey: imageTypeKeys.list(),
      queryFn: ({ signal }) => unwrap(api.GET('/os/kinton/v1/cloudos/imagetype', { signal })),
      staleTime: 5 * 60_000,
    }),
  /** §1.5 item 4: the types of one virtualization type, filtered by the platform. */
  byVirt: (virtType: string) =>
    queryOptions({
      queryKey: imageTypeKeys.byVirt(virtType),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/kinton/v1/cloudos/imagetype/virt/{virtual_type}', {
            params: { path: { virtual_type: virtType } },
            signal,
          }),
        ),
    }),
  /** §1.5 item 5: the types of one OS type. */
  byOs: (osType: string) =>
    queryOptions({
      queryKey: imageTypeKeys.byOs(osType),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/kinton/v1/cloudos/imagetype/opsys/{os_type}', {
            params: { path: { os_type: osType } },
            signal,
          }),
        ),
    }),
  /** §1.5 items 6 and 7: the values the filters offer. */
  virtTypes: () =>
    queryOptions({
      queryKey: imageTypeKeys.virtTypes(),
      queryFn: ({ signal }) =>
        unwrap(api.GET('/os/kinton/v1/cloudos/imagetype/virtType', { signal })),
    }),
  osTypes: () =>
    queryOptions({
      queryKey: imageTypeKeys.osTypes(),
      queryFn: ({ signal }) =>
        unwrap(api.GET('/os/kinton/v1/cloudos/imagetype/osType', { signal })),
    }),
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

function useImageTypeMutation<A>(fn: (a: A) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => qc.invalidateQueries({ queryKey: imageTypeKeys.all }),
  });
}

export const useCreateImageType = () => useImageTypeMutation(createImageType);
export const useUpdateImageType = () => useImageTypeMutation(updateImageType);
export const useDeleteImageType = () => useImageTypeMutation(deleteImageType);
