// Resource specs (004 §1.6 items 1–6, kinton "norms"): the service catalogue's services, their spec
// configurations (the sub-types a spec is made of) and the single and combined specs of each norm.
// Anyone reads; cloud administrators add and delete.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type S = components['schemas'];
export type ResourceService = S['ResourceService'];
export type NormConfig = S['NormConfig'];
export type NormSubType = S['NormSubType'];
export type Norm = S['Norm'];
export type NormBasic = S['NormBasic'];
export type NormAdvance = S['NormAdvance'];
export type NormSpecsCreate = S['NormSpecsCreate'];

export const resourceSpecKeys = {
  all: rootKeys.resourceSpecs,
  services: () => [...rootKeys.resourceSpecs, 'services'] as const,
  configs: (serviceUuid: string) => [...rootKeys.resourceSpecs, 'configs', serviceUuid] as const,
  norm: (serviceUuid: string, normUuid: string | undefined) =>
    [...rootKeys.resourceSpecs, 'norm', serviceUuid, normUuid ?? null] as const,
};

export const resourceSpecQueries = {
  /** The catalogue's services, sorted by name; a bare array, not paginated. */
  services: () =>
    queryOptions({
      queryKey: resourceSpecKeys.services(),
      queryFn: ({ signal }) =>
        unwrap(api.GET('/os/kinton/v1/cloudos/arrange/services', { signal })),
      staleTime: 5 * 60_000,
    }),
  /** A service's spec configurations: one per host type for the host service, else one. */
  configs: (serviceUuid: string) =>
    queryOptions({
      queryKey: resourceSpecKeys.configs(serviceUuid),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/kinton/v1/cloudos/resource/normConfig', {
            params: { query: { serviceUuid } },
            signal,
          }),
        ),
      enabled: serviceUuid !== '',
    }),
  /**
   * The single and combined specs of a norm: the service's one norm (`getServiceNorm`), or, for a
   * service with one norm per host type, the norm named (`getHostTypeNorm`).
   */
  norm: (serviceUuid: string, normUuid: string | undefined) =>
    queryOptions({
      queryKey: resourceSpecKeys.norm(serviceUuid, normUuid),
      queryFn: ({ signal }) =>
        normUuid === undefined
          ? unwrap(
              api.GET('/os/kinton/v1/cloudos/resource/norms/{serviceUuid}', {
                params: { path: { serviceUuid } },
                signal,
              }),
            )
          : unwrap(
              api.GET('/os/kinton/v1/cloudos/resource/norms/{serviceUuid}/{normUuid}', {
                params: { path: { serviceUuid, normUuid } },
                signal,
              }),
            ),
      enabled: serviceUuid !== '',
    }),
};

/** Add single or combined specs (200, no body): the norm is read again for their uuids. */
export function useCreateNormSpecs() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NormSpecsCreate) =>
      unwrap(api.POST('/os/kinton/v1/cloudos/resource/norms', { body })),
    onSettled: () => qc.invalidateQueries({ queryKey: resourceSpecKeys.all }),
  });
}

export const deleteNormBasic = (uuid: string) =>
  unwrap(
    api.DELETE('/os/kinton/v1/cloudos/resource/normBasic/{normUuid}', {
      params: { path: { normUuid: uuid } },
    }),
  );

export const deleteNormAdvance = (uuid: string) =>
  unwrap(
    api.DELETE('/os/kinton/v1/cloudos/resource/normAdvance/{normUuid}', {
      params: { path: { normUuid: uuid } },
    }),
  );
