// Users (keystone, 004 §1.18 #9): the /users page (cloud administrators). Their assignments
// to organisations are read through projectQueries.assignments.
import { queryOptions } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type S = components['schemas'];
export type User = S['User'];

export const userKeys = {
  all: rootKeys.users,
  list: () => [...rootKeys.users, 'list'] as const,
};

export const userQueries = {
  /** Every user; not paginated. */
  list: () =>
    queryOptions({
      queryKey: userKeys.list(),
      queryFn: async ({ signal }) =>
        (await unwrap(api.GET('/os/kinton/v1/v3/users-entities', { signal }))).users,
      staleTime: 60_000,
    }),
};
