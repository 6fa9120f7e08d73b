// Server templates (004 §1.11, kinton): presets of the server create flow. The token decides what
// the list holds (its organisation's templates; every one for a cloud administrator), so the
// token's project is in every key. The templates page and the create wizard read the same entries.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type S = components['schemas'];
export type ServerTemplate = S['ServerTemplate'];
export type ServerTemplateCreate = S['ServerTemplateCreate'];
export type ServerTemplateUpdate = S['ServerTemplateUpdate'];

export const serverTemplateKeys = {
  all: rootKeys.serverTemplates,
  list: (scope: string) => [...rootKeys.serverTemplates, 'list', scope] as const,
  detail: (scope: string, uuid: string) =>
    [...rootKeys.serverTemplates, 'detail', scope, uuid] as const,
};

const PATH = '/os/kinton/v1/cloudos/server/templates';
const ITEM = '/os/kinton/v1/cloudos/server/templates/{template_id}';

export const serverTemplateQueries = {
  /** Not paginated; sorted by name by the service. */
  list: (scope: string) =>
    queryOptions({
      queryKey: serverTemplateKeys.list(scope),
      queryFn: ({ signal }) => unwrap(api.GET(PATH, { signal })),
      enabled: scope !== '',
    }),
  detail: (scope: string, uuid: string) =>
    queryOptions({
      queryKey: serverTemplateKeys.detail(scope, uuid),
      queryFn: ({ signal }) =>
        unwrap(api.GET(ITEM, { params: { path: { template_id: uuid } }, signal })),
      enabled: scope !== '' && uuid !== '',
    }),
};

export const deleteServerTemplate = (uuid: string) =>
  unwrap(api.DELETE(ITEM, { params: { path: { template_id: uuid } } }));

export function useCreateServerTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ServerTemplateCreate) => unwrap(api.POST(PATH, { body })),
    onSettled: () => qc.invalidateQueries({ queryKey: serverTemplateKeys.all }),
  });
}

export function useUpdateServerTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ServerTemplateUpdate) => unwrap(api.PUT(PATH, { body })),
    onSettled: () => qc.invalidateQueries({ queryKey: serverTemplateKeys.all }),
  });
}
