// VMs on mana_api (seeds 002, 003): a project's VMs of a region, paged by a 1-based inclusive
// `f`/`t` range, and the batch power actions (start, stop, hard reboot).
import { queryOptions } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

export type ManaVm = components['schemas']['ManaVm'];
type ManaVmAction = components['schemas']['ManaVmAction'];
export type ManaVmStatus = components['schemas']['ManaVmStatus'];
export type ManaPowerAction = 'start' | 'stop' | 'reboot';
/** A page as mana_api asks for it: rows f..t, 1-based and inclusive. */
export type ManaRange = { f: number; t: number };

const header = { 'Sp-Agent': 'scloudm' } as const;

export const managedVmKeys = {
  all: rootKeys.managedVms,
  list: (projectId: string, region: string, range: ManaRange) =>
    [...rootKeys.managedVms, 'list', projectId, region, range] as const,
};

/** The f/t range of a 1-based page. */
export const rangeOfPage = (page: number, pageSize: number): ManaRange => ({
  f: (page - 1) * pageSize + 1,
  t: page * pageSize,
});

export const managedVmQueries = {
  /** One page of the region's VMs and the region's total. */
  list: (projectId: string, region: string, range: ManaRange) =>
    queryOptions({
      queryKey: managedVmKeys.list(projectId, region, range),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/mana_api/vm', {
            params: { query: { tenant_id: projectId, region, ...range }, header },
            signal,
          }),
        );
        return { vms: body.vm_servers, total: body.total };
      },
      enabled: projectId !== '' && region !== '',
    }),
};

const ACTION_BODY = {
  start: { 'os-start': null },
  stop: { 'os-stop': null },
  reboot: { reboot: { type: 'HARD' } },
} as const;

/** Start, stop or hard-reboot VMs of a region; 200 with no body, 409 for a VM in a wrong state. */
export const actOnManagedVms = (
  projectId: string,
  region: string,
  ids: readonly string[],
  action: ManaPowerAction,
) =>
  unwrap(
    api.POST('/mana_api/vm_act', {
      params: { header },
      // openapi-fetch types a request body's `null` members as absent, but mana_api's actions are
      // exactly `"os-start": null` / `"os-stop": null` (002:L57–L63): the body is the schema's type.
      body: {
        tenant_id: projectId,
        region,
        servers: ids.join(','),
        ...ACTION_BODY[action],
      } satisfies ManaVmAction as never,
    }),
  );
