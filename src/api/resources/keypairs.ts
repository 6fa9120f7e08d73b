// Key pairs (nova): the token user's. The key pairs page and the wizard's picker read one entry.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type KeypairCreate = components['schemas']['KeypairCreate'];

// `scope` is the token's project (the path's tenant_id); the key pairs are the token user's.
export const keypairKeys = {
  all: rootKeys.keypairs,
  list: (scope: string) => [...rootKeys.keypairs, 'list', scope] as const,
  details: (scope: string) => [...rootKeys.keypairs, 'detail', scope] as const,
  detail: (scope: string, name: string) => [...rootKeys.keypairs, 'detail', scope, name] as const,
};

export const keypairQueries = {
  /** nova wraps each entry in `{keypair: …}`, unwrapped here. */
  list: (scope: string) =>
    queryOptions({
      queryKey: keypairKeys.list(scope),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/os-keypairs', {
            params: { path: { tenant_id: scope } },
            signal,
          }),
        );
        return body.keypairs.map((x) => x.keypair);
      },
      enabled: scope !== '',
    }),
  detail: (scope: string, name: string) =>
    queryOptions({
      queryKey: keypairKeys.detail(scope, name),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/keypairs/{keypair_name}', {
            params: { path: { tenant_id: scope, keypair_name: name } },
            signal,
          }),
        );
        return body.keypair;
      },
      enabled: scope !== '' && name !== '',
      // A key pair never changes; only deletion ends it.
      staleTime: 5 * 60_000,
    }),
};

/** Create (no public key: the platform generates one and returns the private key once) or import. */
export async function createKeypair(scope: string, body: KeypairCreate) {
  const res = await unwrap(
    api.POST('/os/compute/v1/v2/{tenant_id}/os-keypairs', {
      params: { path: { tenant_id: scope } },
      body,
    }),
  );
  return res.keypair;
}

export const deleteKeypair = (scope: string, name: string) =>
  unwrap(
    api.DELETE('/os/compute/v1/v2/{tenant_id}/keypairs/{keypair_name}', {
      params: { path: { tenant_id: scope, keypair_name: name } },
    }),
  );

export function useCreateKeypair(scope: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: KeypairCreate) => createKeypair(scope, body),
    onSettled: () => qc.invalidateQueries({ queryKey: keypairKeys.all }),
  });
}
