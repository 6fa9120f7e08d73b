import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { KeypairCreate } from '../model/keypair';
import { keypairKeys } from './keys';

/** Create (no public key: the platform generates one and returns the private key once) or import. */
export async function createKeypair(projectId: string, body: KeypairCreate) {
  const res = await unwrap(
    api.POST('/os/compute/v1/v2/{tenant_id}/os-keypairs', {
      params: { path: { tenant_id: projectId } },
      body,
    }),
  );
  return res.keypair;
}

export const deleteKeypair = (projectId: string, name: string) =>
  unwrap(
    api.DELETE('/os/compute/v1/v2/{tenant_id}/keypairs/{keypair_name}', {
      params: { path: { tenant_id: projectId, keypair_name: name } },
    }),
  );

export function useCreateKeypair(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: KeypairCreate) => createKeypair(projectId, body),
    onSettled: () => qc.invalidateQueries({ queryKey: keypairKeys.all }),
  });
}
