import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { ServerGroupCreate } from '../model/server-group';
import { serverGroupKeys } from './keys';

/** The group belongs to the token's project and user (nova v2.1: no tenant in the path). */
export async function createServerGroup(body: ServerGroupCreate) {
  const res = await unwrap(api.POST('/os/compute/v1/v2.1/os-server-groups', { body }));
  return res.server_group;
}

export const deleteServerGroup = (id: string) =>
  unwrap(api.DELETE('/os/compute/v1/v2.1/os-server-groups/{id}', { params: { path: { id } } }));

export function useCreateServerGroup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createServerGroup,
    // The root key: the server wizard's group picker lists them too.
    onSettled: () => qc.invalidateQueries({ queryKey: serverGroupKeys.all }),
  });
}
