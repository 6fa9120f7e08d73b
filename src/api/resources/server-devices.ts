// What is plugged into a server — its volumes and vNICs (004 §1.9 items 7–12, 28) — and the
// instance snapshots taken of servers (004 §1.8). Attaching or detaching refreshes the server
// (its addresses and volumes_attached) and the project's volumes.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

export type VolumeAttachment = components['schemas']['VolumeAttachment'];
export type AttachableVolume = components['schemas']['AttachableVolume'];
export type InterfaceAttachment = components['schemas']['InterfaceAttachment'];
export type InstanceSnapshot = components['schemas']['InstanceSnapshot'];

export const serverDeviceKeys = {
  volumes: (p: string, s: string) => [...rootKeys.serverDevices, 'volumes', p, s] as const,
  attachable: (p: string, s: string, name: string) =>
    [...rootKeys.serverDevices, 'attachable', p, s, name] as const,
  interfaces: (p: string, s: string) => [...rootKeys.serverDevices, 'interfaces', p, s] as const,
};
export const snapshotKeys = {
  all: rootKeys.snapshots,
  list: (p: string) => [...rootKeys.snapshots, 'list', p] as const,
};

const path = (tenant_id: string, server_id: string) => ({
  params: { path: { tenant_id, server_id } },
});

/** The attachable-volume picker shows at most this many matches (the server pages them). */
export const ATTACHABLE_PAGE = 50;

export const serverDeviceQueries = {
  volumes: (projectId: string, serverId: string) =>
    queryOptions({
      queryKey: serverDeviceKeys.volumes(projectId, serverId),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET('/os/compute/v1/v2/{tenant_id}/servers/{server_id}/os-volume_attachments', {
              ...path(projectId, serverId),
              signal,
            }),
          )
        ).volumeAttachments,
    }),
  attachable: (projectId: string, serverId: string, name: string) =>
    queryOptions({
      queryKey: serverDeviceKeys.attachable(projectId, serverId, name),
      queryFn: async ({ signal }) =>
        unwrap(
          api.POST('/os/compute/v1/v2/{tenant_id}/servers/{server_id}/os-volume_toLoad', {
            ...path(projectId, serverId),
            body: {
              paging: true,
              startIndex: 0,
              length: ATTACHABLE_PAGE,
              order: 'diskName',
              ascendingOrder: 'asc',
              ...(name ? { filterMap: { diskName: name } } : {}),
            },
            signal,
          }),
        ),
    }),
  interfaces: (projectId: string, serverId: string) =>
    queryOptions({
      queryKey: serverDeviceKeys.interfaces(projectId, serverId),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET('/os/compute/v1/v2/{tenant_id}/servers/{server_id}/os-interface', {
              ...path(projectId, serverId),
              signal,
            }),
          )
        ).interfaceAttachments,
    }),
};

export const snapshotQueries = {
  list: (projectId: string) =>
    queryOptions({
      queryKey: snapshotKeys.list(projectId),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET('/os/compute/v1/v2/{tenant_id}/images/detail', {
              params: { path: { tenant_id: projectId } },
              signal,
            }),
          )
        ).images,
      enabled: projectId !== '',
    }),
};

type Target = { projectId: string; serverId: string };

function useRefresh() {
  const qc = useQueryClient();
  return (serverId: string) =>
    Promise.all([
      qc.invalidateQueries({ queryKey: rootKeys.serverDevices }),
      qc.invalidateQueries({ queryKey: rootKeys.volumes }),
      qc.invalidateQueries({
        queryKey: [...rootKeys.servers],
        predicate: (q) => q.queryKey.includes(serverId),
      }),
    ]);
}

export function useAttachVolume() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ projectId, serverId, volumeId }: Target & { volumeId: string }) =>
      unwrap(
        api.POST('/os/compute/v1/v2/{tenant_id}/servers/{server_id}/os-volume_attachments', {
          ...path(projectId, serverId),
          body: { volumeAttachment: { volumeId } },
        }),
      ),
    onSettled: (_d, _e, v) => refresh(v.serverId),
  });
}

export function useDetachVolume() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ projectId, serverId, volumeId }: Target & { volumeId: string }) =>
      unwrap(
        api.DELETE(
          '/os/compute/v1/v2/{tenant_id}/servers/{server_id}/os-volume_attachments/{volume_id}',
          { params: { path: { tenant_id: projectId, server_id: serverId, volume_id: volumeId } } },
        ),
      ),
    onSettled: (_d, _e, v) => refresh(v.serverId),
  });
}

export function useAttachInterface() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ projectId, serverId, netId }: Target & { netId: string }) =>
      unwrap(
        api.POST('/os/compute/v1/v2/{tenant_id}/servers/{server_id}/h3c-os-interface', {
          ...path(projectId, serverId),
          body: { interfaceAttachment: { net_id: netId, enable_gateway: 'false' } },
        }),
      ),
    onSettled: (_d, _e, v) => refresh(v.serverId),
  });
}

export function useDetachInterface() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ projectId, serverId, portId }: Target & { portId: string }) =>
      unwrap(
        api.DELETE('/os/compute/v1/v2/{tenant_id}/servers/{server_id}/os-interface/{port_id}', {
          params: { path: { tenant_id: projectId, server_id: serverId, port_id: portId } },
        }),
      ),
    onSettled: (_d, _e, v) => refresh(v.serverId),
  });
}

export function useDeleteSnapshot() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, id }: { projectId: string; id: string }) =>
      unwrap(
        api.DELETE('/os/compute/v1/v2/{tenant_id}/images/{snapshot_id}', {
          params: { path: { tenant_id: projectId, snapshot_id: id } },
        }),
      ),
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: rootKeys.snapshots }),
        qc.invalidateQueries({ queryKey: rootKeys.images }),
      ]),
  });
}
