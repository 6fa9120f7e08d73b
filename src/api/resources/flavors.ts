// Flavors (nova): the catalogue for pickers and filters, and one flavor by id for labelling the
// flavor ids a page shows (servers carry only `flavor.id`); the administrator's flavors page
// reads the same list, a flavor's extra specs, and creates flavors (there is no delete).
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

export const flavorKeys = {
  all: rootKeys.flavors,
  list: (projectId: string) => [...rootKeys.flavors, 'list', projectId] as const,
  names: (projectId: string) => [...rootKeys.flavors, 'names', projectId] as const,
  detail: (projectId: string, id: string) =>
    [...rootKeys.flavors, 'detail', projectId, id] as const,
  extraSpecs: (projectId: string, id: string) =>
    [...rootKeys.flavors, 'detail', projectId, id, 'extra-specs'] as const,
};

type FlavorCreate = components['schemas']['FlavorCreate'];

export const flavorQueries = {
  /** Every flavor the caller may use with its sizes (not paginated): pickers, the flavors page. */
  list: (projectId: string) =>
    queryOptions({
      queryKey: flavorKeys.list(projectId),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/flavors/detail', {
            params: { path: { tenant_id: projectId } },
            signal,
          }),
        );
        return body.flavors;
      },
      staleTime: 5 * 60_000,
      enabled: projectId !== '',
    }),
  /**
   * Every flavor's id and name only (listFlavors, without `/detail`): what a filter needs, at a
   * fraction of the detail list's size.
   */
  names: (projectId: string) =>
    queryOptions({
      queryKey: flavorKeys.names(projectId),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/flavors', {
            params: { path: { tenant_id: projectId } },
            signal,
          }),
        );
        return body.flavors;
      },
      staleTime: 5 * 60_000,
      enabled: projectId !== '',
    }),
  /** One flavor: the name and size of a flavor id on screen. */
  detail: (projectId: string, id: string) =>
    queryOptions({
      queryKey: flavorKeys.detail(projectId, id),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/flavors/{flavor_id}', {
            params: { path: { tenant_id: projectId, flavor_id: id } },
            signal,
          }),
        );
        return body.flavor;
      },
      staleTime: 5 * 60_000,
      enabled: projectId !== '' && id !== '',
    }),
  /** A flavor's extra specs (key → value); the platform's flavors usually have none. */
  extraSpecs: (projectId: string, id: string) =>
    queryOptions({
      queryKey: flavorKeys.extraSpecs(projectId, id),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/flavors/{flavor_id}/os-extra_specs', {
            params: { path: { tenant_id: projectId, flavor_id: id } },
            signal,
          }),
        );
        return body.extra_specs;
      },
      enabled: projectId !== '' && id !== '',
    }),
};

/** Cloud administrators only (403 otherwise); a used id or name is 409. */
export function useCreateFlavor(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: FlavorCreate) => {
      const res = await unwrap(
        api.POST('/os/compute/v1/v2/{tenant_id}/flavors', {
          params: { path: { tenant_id: projectId } },
          body,
        }),
      );
      return res.flavor;
    },
    onSettled: () => qc.invalidateQueries({ queryKey: flavorKeys.all }),
  });
}
