// DRX policies (004 §1.17, vendor drx-configuration): load-balancer auto-scaling from a seed
// server. The caller's organisation's policies (every one for a cloud administrator).
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type S = components['schemas'];

/** `DrxCreate` as the contract states it: a listener uuid and a seed server are required. */
export type DrxCreateBody = {
  extraInfos: S['DrxInput'] & {
    uuid: string;
    info_value: S['DrxValueInput'] & { instanceUuid: string };
  };
};

export const drxKeys = {
  all: rootKeys.drx,
  list: () => [...rootKeys.drx, 'list'] as const,
  detail: (uuid: string) => [...rootKeys.drx, 'detail', uuid] as const,
};

export const drxQueries = {
  /** Sorted by description then uuid; not paginated. */
  list: () =>
    queryOptions({
      queryKey: drxKeys.list(),
      queryFn: async ({ signal }) => {
        const body = await unwrap(api.GET('/os/kinton/v1/h3cloudos/drx-configuration', { signal }));
        return body.extraInfos;
      },
    }),
  /** One policy (getDrx). */
  detail: (uuid: string) =>
    queryOptions({
      queryKey: drxKeys.detail(uuid),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/kinton/v1/h3cloudos/drx-configuration/{uuid}', {
            params: { path: { uuid } },
            signal,
          }),
        );
        return body.extraInfos;
      },
      enabled: uuid !== '',
    }),
};

export const updateDrx = (uuid: string, body: S['DrxUpdate']) =>
  unwrap(
    api.PUT('/os/kinton/v1/h3cloudos/drx-configuration/{uuid}', {
      params: { path: { uuid } },
      body,
    }),
  );

export const deleteDrx = (uuid: string) =>
  unwrap(
    api.DELETE('/os/kinton/v1/h3cloudos/drx-configuration/{uuid}', { params: { path: { uuid } } }),
  );

export function useCreateDrx() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: DrxCreateBody) =>
      (
        await unwrap(
          api.POST('/os/kinton/v1/h3cloudos/drx-configuration', {
            // The generator renders the `allOf` that requires `info_value.instanceUuid` as
            // `Record<string, never>`, which no body satisfies; DrxCreateBody is that schema.
            body: body as unknown as S['DrxCreate'],
          }),
        )
      ).extraInfos,
    onSettled: () => qc.invalidateQueries({ queryKey: drxKeys.all }),
  });
}
