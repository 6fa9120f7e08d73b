// Quota templates (004 §1.6 items 7–11, kinton `quotaMange` [sic]): named quota presets.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type S = components['schemas'];
export type QuotaTemplate = S['QuotaTemplate'];
export type QuotaTemplateCreate = S['QuotaTemplateCreate'];
export type QuotaTemplateUpdate = S['QuotaTemplateUpdate'];

export const quotaTemplateKeys = {
  all: rootKeys.quotaTemplates,
  list: () => [...rootKeys.quotaTemplates, 'list'] as const,
  detail: (uuid: string) => [...rootKeys.quotaTemplates, 'detail', uuid] as const,
};

export const quotaTemplateQueries = {
  /** Every template, sorted by name by the service; not paginated. */
  list: () =>
    queryOptions({
      queryKey: quotaTemplateKeys.list(),
      queryFn: async ({ signal }) =>
        (await unwrap(api.GET('/os/kinton/v1/quotaMange/queryAllQuotaManage', { signal }))).quotas,
    }),
  detail: (uuid: string) =>
    queryOptions({
      queryKey: quotaTemplateKeys.detail(uuid),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/kinton/v1/quotaMange/queryQuotaManageByUUID/{quotaUuid}', {
            params: { path: { quotaUuid: uuid } },
            signal,
          }),
        ),
      enabled: uuid !== '',
    }),
};

export const deleteQuotaTemplate = (uuid: string) =>
  unwrap(
    api.DELETE('/os/kinton/v1/quotaMange/deleteQuotaMange/{quotaUuid}', {
      params: { path: { quotaUuid: uuid } },
    }),
  );

export function useCreateQuotaTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: QuotaTemplateCreate) =>
      unwrap(api.POST('/os/kinton/v1/quotaMange/saveQuotaManage', { body })),
    onSettled: () => qc.invalidateQueries({ queryKey: quotaTemplateKeys.all }),
  });
}

export function useUpdateQuotaTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: QuotaTemplateUpdate) =>
      unwrap(api.PUT('/os/kinton/v1/quotaMange/modifyQuotaManage', { body })),
    onSettled: () => qc.invalidateQueries({ queryKey: quotaTemplateKeys.all }),
  });
}
