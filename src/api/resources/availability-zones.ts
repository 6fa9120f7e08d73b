// Availability zones (004 §1.7, vendor `cloudos/azones`): every zone of every kind, the compute or
// storage services of the zones (and so their hosts), a compute host's storage pools, and the
// administrator's create, update and delete. An organisation's zone assignments stay in projects.ts.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

type AzoneCreate = components['schemas']['AzoneCreate'];
type AzoneUpdate = components['schemas']['AzoneUpdate'];
/** Which services: nova's for compute zones, cinder's for storage zones. */
export type ServiceTarget = 'compute' | 'block_storage';

export const availabilityZoneKeys = {
  all: rootKeys.availabilityZones,
  list: () => [...rootKeys.availabilityZones, 'list'] as const,
  services: (projectId: string, target: ServiceTarget) =>
    [...rootKeys.availabilityZones, 'services', projectId, target] as const,
  storagePools: (projectId: string, host: string) =>
    [...rootKeys.availabilityZones, 'storage-pools', projectId, host] as const,
  hosts: (projectId: string, target: ServiceTarget) =>
    [...rootKeys.availabilityZones, 'hosts', projectId, target] as const,
  detail: (id: string) => [...rootKeys.availabilityZones, 'detail', id] as const,
};

/** The organisation's compute or storage side of a zone call (os-services, os-hosts). */
const zoneCall = (projectId: string, target: ServiceTarget, signal: AbortSignal) => ({
  params: { path: { tenant_id: projectId }, header: { 'H3CloudOS-Core-Target': target } },
  signal,
});

export const availabilityZoneQueries = {
  /** Not paginated, in creation order. */
  list: () =>
    queryOptions({
      queryKey: availabilityZoneKeys.list(),
      queryFn: ({ signal }) => unwrap(api.GET('/os/compute/v1/cloudos/azones', { signal })),
    }),
  /** The services of the organisation's zones (every zone for the administrators'). */
  services: (projectId: string, target: ServiceTarget) =>
    queryOptions({
      queryKey: availabilityZoneKeys.services(projectId, target),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/os-services', zoneCall(projectId, target, signal)),
        );
        return body.services;
      },
      enabled: projectId !== '',
    }),
  /** One zone (getAzone). */
  detail: (id: string) =>
    queryOptions({
      queryKey: availabilityZoneKeys.detail(id),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/compute/v1/cloudos/azones/{azone_id}', {
            params: { path: { azone_id: id } },
            signal,
          }),
        ),
      enabled: id !== '',
    }),
  /**
   * The hosts of the organisation's compute (or storage) zones: one `{zone, host_name, service}`
   * per service; the lightest way to know which zone a host is in.
   */
  hosts: (projectId: string, target: ServiceTarget) =>
    queryOptions({
      queryKey: availabilityZoneKeys.hosts(projectId, target),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/os-hosts', zoneCall(projectId, target, signal)),
        );
        return body.services;
      },
      enabled: projectId !== '',
    }),
  /** A compute host's CVK nodes with their shared and local storage pools. */
  storagePools: (projectId: string, host: string) =>
    queryOptions({
      queryKey: availabilityZoneKeys.storagePools(projectId, host),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/hostpool/{hostName}', {
            params: { path: { tenant_id: projectId, hostName: host }, query: { all: 'yes' } },
            signal,
          }),
        );
        return body.hostpool;
      },
      enabled: projectId !== '' && host !== '',
    }),
};

export const deleteAvailabilityZone = (id: string) =>
  unwrap(
    api.DELETE('/os/compute/v1/cloudos/azones/{azone_id}', { params: { path: { azone_id: id } } }),
  );

// A zone's name and kind reach servers, volumes, assignments and pickers: refresh them all.
const invalidateZones = (qc: ReturnType<typeof useQueryClient>) =>
  Promise.all([
    qc.invalidateQueries({ queryKey: availabilityZoneKeys.all }),
    qc.invalidateQueries({ queryKey: rootKeys.projects }),
  ]);

export function useCreateAvailabilityZone() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AzoneCreate) => unwrap(api.POST('/os/compute/v1/cloudos/azones', { body })),
    onSettled: () => invalidateZones(qc),
  });
}

export function useUpdateAvailabilityZone() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AzoneUpdate) => unwrap(api.PUT('/os/compute/v1/cloudos/azones', { body })),
    onSettled: () => invalidateZones(qc),
  });
}

export { invalidateZones as invalidateAvailabilityZones };
