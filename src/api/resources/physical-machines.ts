// Physical machines on mana_api (seeds 000, 001): transfer orders between projects (list by type,
// create, accept or reject) and refunds (return machines to the administrator) with a result per
// serial number. Every call is in the token's project; the client middleware adds `Sp-Agent`.
import { queryOptions } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type S = components['schemas'];
export type PmOrder = S['PmOrder'];
export type PmRefundItem = S['PmRefundItem'];
/** 0 awaiting me, 1 accepted, 2 rejected, 3 initiated by me, 4 all (001:L63). */
export type PmOrderType = '0' | '1' | '2' | '3' | '4';

// The contract marks Sp-Agent required; the middleware sets it too (HEADER_RULES in client.ts).
const header = { 'Sp-Agent': 'scloudm' } as const;

export const pmOrderKeys = {
  all: rootKeys.physicalMachines,
  orders: () => [...rootKeys.physicalMachines, 'orders'] as const,
  list: (projectId: string, type: PmOrderType) =>
    [...rootKeys.physicalMachines, 'orders', projectId, type] as const,
};

export const pmOrderQueries = {
  /** Newest first; not paginated. */
  list: (projectId: string, type: PmOrderType) =>
    queryOptions({
      queryKey: pmOrderKeys.list(projectId, type),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET('/mana_api/pm_order/{tenant_id}', {
              params: { path: { tenant_id: projectId }, query: { type }, header },
              signal,
            }),
          )
        ).orders,
      enabled: projectId !== '',
    }),
};

export const createPmOrder = (projectId: string, body: S['PmOrderCreate']) =>
  unwrap(
    api.POST('/mana_api/pm_order/{tenant_id}', {
      params: { path: { tenant_id: projectId }, header },
      body,
    }),
  );

/** Accept (1) or reject (0) orders; the service refuses the whole request if one is invalid. */
export const decidePmOrders = (projectId: string, orderIds: readonly number[], accept: 0 | 1) =>
  unwrap(
    api.PUT('/mana_api/pm_order/{tenant_id}', {
      params: { path: { tenant_id: projectId }, header },
      body: { order_ids: orderIds.join(','), accept },
    }),
  );

/** One result per serial number (200 returned, 404 not this project's, 409 in a pending order). */
export const refundPhysicalMachines = async (projectId: string, snids: readonly string[]) =>
  (
    await unwrap(
      api.POST('/mana_api/pm_refund/{tenant_id}', {
        params: { path: { tenant_id: projectId }, header },
        body: { snids: snids.join(',') },
      }),
    )
  ).detail;
