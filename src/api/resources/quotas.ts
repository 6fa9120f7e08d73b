// Organisations' quotas and usage (keystone limits, 004 §1.18) and their update (os-quota-sets):
// what the create wizard may still create, and the /quotas page.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type S = components['schemas'];
export type AbsoluteLimits = S['AbsoluteLimits'];
export type QuotaSetsUpdate = S['QuotaSetsUpdate'];

export const quotaKeys = {
  all: rootKeys.quotas,
  list: () => [...rootKeys.quotas, 'list'] as const,
  limits: (projectId: string) => [...rootKeys.quotas, 'limits', projectId] as const,
};

export const quotaQueries = {
  /** Every organisation's limits and usage (cloud administrators), in the projects' order. */
  list: () =>
    queryOptions({
      queryKey: quotaKeys.list(),
      queryFn: async ({ signal }) => {
        const body = await unwrap(api.GET('/os/kinton/v1/keystone/all-limits', { signal }));
        return body.all_limits.map((l) => l.absolute);
      },
    }),
  limits: (projectId: string) =>
    queryOptions({
      queryKey: quotaKeys.limits(projectId),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/kinton/v1/keystone/{projectId}/limits', {
            params: { path: { projectId } },
            signal,
          }),
        );
        return body.all_limits[0]?.absolute;
      },
      enabled: projectId !== '',
    }),
};

/**
 * Writes an organisation's quota sets. `from` is the caller's organisation (the token's), `to`
 * the one whose quota changes (004:L22995).
 */
export const updateQuotaSets = (from: string, to: string, body: QuotaSetsUpdate) =>
  unwrap(
    api.PUT('/os/kinton/v1/keystone/{tenant_id}/os-quota-sets/{project_id}', {
      params: { path: { tenant_id: from, project_id: to } },
      body,
    }),
  );

export function useUpdateQuotaSets(from: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ to, body }: { to: string; body: QuotaSetsUpdate }) =>
      updateQuotaSets(from, to, body),
    onSettled: () => qc.invalidateQueries({ queryKey: quotaKeys.all }),
  });
}
