import { referenceKeys } from '@/api/reference-queries';
import { rootKeys } from '@/api/root-keys';

// `scope` is the token's project (the path's tenant_id); the key pairs are the token user's.
export const keypairKeys = {
  all: rootKeys.keypairs,
  list: referenceKeys.keypairs,
  details: (scope: string) => [...rootKeys.keypairs, 'detail', scope] as const,
  detail: (scope: string, name: string) => [...rootKeys.keypairs, 'detail', scope, name] as const,
};
