// Bare metal (ironic 1.34 under /os/kinton/v1/v1): nodes, their ports and portgroups. The client
// middleware adds the two ironic headers; they are passed here too because the contract types
// them as required parameters.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components, paths } from '@contract/schema';
import { api, unwrap } from '../client';
import { compactQuery } from '../query-params';
import { rootKeys } from '../root-keys';

export type BmNode = components['schemas']['BmNode'];
export type BmPort = components['schemas']['BmPort'];
export type BmPortgroup = components['schemas']['BmPortgroup'];
export type BmNodeCreate = components['schemas']['BmNodeCreate'];
export type BmJsonPatch = components['schemas']['BmJsonPatch'];
export type BmPowerTarget = components['schemas']['BmPowerRequest']['target'];
export type BmProvisionRequest = components['schemas']['BmProvisionRequest'];
export type BmPortgroupMode = components['schemas']['BmPortgroupMode'];
export type BmMonitoringType =
  paths['/os/compute/v1/v1/resource/{type}']['get']['parameters']['path']['type'];
export type BmMonitoringResource = components['schemas']['BmMonitoringResource'];
export type BmMeasure = components['schemas']['BmMeasure'];
export type BmNodeListParams = NonNullable<
  paths['/os/kinton/v1/v1/nodes/detail']['get']['parameters']['query']
>;

const header = {
  'H3CloudOS-Core-Target': 'bare_metal',
  'X-OpenStack-Ironic-API-Version': '1.34',
} as const;

export const bareMetalKeys = {
  all: rootKeys.bareMetal,
  nodeLists: () => [...rootKeys.bareMetal, 'nodes', 'list'] as const,
  nodeList: (params: BmNodeListParams) => [...rootKeys.bareMetal, 'nodes', 'list', params] as const,
  node: (id: string) => [...rootKeys.bareMetal, 'nodes', 'detail', id] as const,
  ports: (nodeId: string) => [...rootKeys.bareMetal, 'nodes', 'detail', nodeId, 'ports'] as const,
  portgroups: (nodeId: string) =>
    [...rootKeys.bareMetal, 'nodes', 'detail', nodeId, 'portgroups'] as const,
  accessKey: () => [...rootKeys.bareMetal, 'access-key'] as const,
  monitoring: (type: BmMonitoringType) => [...rootKeys.bareMetal, 'monitoring', type] as const,
  measures: (metricId: string, start: string, stop: string) =>
    [...rootKeys.bareMetal, 'measures', metricId, start, stop] as const,
};

export const bareMetalQueries = {
  /** A page of nodes (ironic's `limit`/`marker`); see nodeNextCursor. */
  nodeList: (params: BmNodeListParams) => {
    const query = compactQuery(params);
    return queryOptions({
      queryKey: bareMetalKeys.nodeList(query),
      queryFn: ({ signal }) =>
        unwrap(api.GET('/os/kinton/v1/v1/nodes/detail', { params: { header, query }, signal })),
    });
  },
  node: (id: string) =>
    queryOptions({
      queryKey: bareMetalKeys.node(id),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/kinton/v1/v1/nodes/{baremetalId}', {
            params: { header, path: { baremetalId: id } },
            signal,
          }),
        ),
      enabled: id !== '',
    }),
  ports: (nodeId: string) =>
    queryOptions({
      queryKey: bareMetalKeys.ports(nodeId),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET('/os/kinton/v1/v1/nodes/{baremetalId}/ports/detail', {
              params: { header, path: { baremetalId: nodeId } },
              signal,
            }),
          )
        ).ports,
      enabled: nodeId !== '',
    }),
  portgroups: (nodeId: string) =>
    queryOptions({
      queryKey: bareMetalKeys.portgroups(nodeId),
      queryFn: async ({ signal }) =>
        (
          await unwrap(
            api.GET('/os/kinton/v1/v1/portgroups', {
              params: { header, query: { node: nodeId } },
              signal,
            }),
          )
        ).portgroups,
      enabled: nodeId !== '',
    }),
  /**
   * The nova user's AK/SK (004:L15606): a bare-metal server is created with its `accessKey` in
   * the metadata. Not behind the ironic headers (api-notes I-51).
   */
  accessKey: () =>
    queryOptions({
      queryKey: bareMetalKeys.accessKey(),
      queryFn: ({ signal }) => unwrap(api.GET('/os/compute/v1/cloudos/access/id', { signal })),
      staleTime: 5 * 60_000,
    }),
  /** Every bare-metal instance's gnocchi resources of one type (the caller's scope). */
  monitoring: (type: BmMonitoringType) =>
    queryOptions({
      queryKey: bareMetalKeys.monitoring(type),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/compute/v1/v1/resource/{type}', { params: { path: { type } }, signal }),
        ),
      staleTime: 60_000,
    }),
  /** One metric's `[time, granularity, value]` points between two UTC times. */
  measures: (metricId: string, start: string, stop: string) =>
    queryOptions({
      queryKey: bareMetalKeys.measures(metricId, start, stop),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/compute/v1/v1/metric/{metric_id}/measures', {
            params: { path: { metric_id: metricId }, query: { start, stop } },
            signal,
          }),
        ),
      enabled: metricId !== '',
      staleTime: 60_000,
    }),
};

/** ironic's cursor: the next page starts after the last node, when the page has a `next` URL. */
export const nodeNextCursor = (
  page: { nodes: readonly { uuid: string }[]; next?: string } | undefined,
): string | undefined => (page?.next ? page.nodes.at(-1)?.uuid : undefined);

const node = (id: string) => ({ header, path: { baremetalId: id } });

export const setNodePower = (id: string, target: BmPowerTarget) =>
  unwrap(
    api.PUT('/os/kinton/v1/v1/nodes/{baremetalId}/states/power', {
      params: node(id),
      body: { target },
    }),
  );

export const setNodeProvision = (id: string, body: BmProvisionRequest) =>
  unwrap(
    api.PUT('/os/kinton/v1/v1/nodes/{baremetalId}/states/provision', { params: node(id), body }),
  );

export const setNodeMaintenance = (id: string, reason: string) =>
  unwrap(
    api.PUT('/os/kinton/v1/v1/nodes/{baremetalId}/maintenance', {
      params: node(id),
      body: reason ? { reason } : {},
    }),
  );

export const clearNodeMaintenance = (id: string) =>
  unwrap(api.DELETE('/os/kinton/v1/v1/nodes/{baremetalId}/maintenance', { params: node(id) }));

export const deleteNode = (id: string) =>
  unwrap(api.DELETE('/os/kinton/v1/v1/nodes/{baremetalId}', { params: node(id) }));

export const updateNode = (id: string, body: BmJsonPatch) =>
  unwrap(api.PATCH('/os/kinton/v1/v1/nodes/{baremetalId}', { params: node(id), body }));

export const createNode = (body: BmNodeCreate) =>
  unwrap(api.POST('/os/kinton/v1/v1/nodes', { params: { header }, body }));

export const createPort = (nodeId: string, address: string) =>
  unwrap(
    api.POST('/os/kinton/v1/v1/ports', {
      params: { header },
      body: { node_uuid: nodeId, address },
    }),
  );

export const deletePort = (id: string) =>
  unwrap(
    api.DELETE('/os/kinton/v1/v1/ports/{portId}', { params: { header, path: { portId: id } } }),
  );

/** Puts a port into a portgroup, or (null) takes it out. */
export const bindPort = (id: string, portgroup: string | null) =>
  unwrap(
    api.PATCH('/os/kinton/v1/v1/ports/{portId}', {
      params: { header, path: { portId: id } },
      body:
        portgroup === null
          ? [{ op: 'remove', path: '/portgroup_uuid' }]
          : [{ op: 'add', path: '/portgroup_uuid', value: portgroup }],
    }),
  );

export const createPortgroup = (nodeId: string, name: string, mode: BmPortgroupMode) =>
  unwrap(
    api.POST('/os/kinton/v1/v1/portgroups', {
      params: { header },
      body: { node_uuid: nodeId, name, mode },
    }),
  );

export const deletePortgroup = (id: string) =>
  unwrap(
    api.DELETE('/os/kinton/v1/v1/portgroups/{portgroupId}', {
      params: { header, path: { portgroupId: id } },
    }),
  );

/** Enroll: the node, then one port per MAC. Ports that fail are reported, the node stays. */
export async function enrollNode(body: BmNodeCreate, macs: readonly string[]) {
  const created = await createNode(body);
  const failed: { mac: string; error: unknown }[] = [];
  for (const mac of macs) {
    try {
      await createPort(created.uuid, mac);
    } catch (error) {
      failed.push({ mac, error });
    }
  }
  return { node: created, failed };
}

/** A write to bare metal, refreshing every bare-metal entry once it settles (not awaited). */
function useBareMetalMutation<A, R>(fn: (args: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => void qc.invalidateQueries({ queryKey: bareMetalKeys.all }),
  });
}

export const useEnrollNode = () =>
  useBareMetalMutation((a: { body: BmNodeCreate; macs: readonly string[] }) =>
    enrollNode(a.body, a.macs),
  );
export const useUpdateNode = () =>
  useBareMetalMutation((a: { id: string; patch: BmJsonPatch }) => updateNode(a.id, a.patch));
export const useSetMaintenance = () =>
  useBareMetalMutation((a: { id: string; reason: string }) => setNodeMaintenance(a.id, a.reason));
export const useCreatePort = () =>
  useBareMetalMutation((a: { nodeId: string; address: string }) => createPort(a.nodeId, a.address));
export const useBindPort = () =>
  useBareMetalMutation((a: { id: string; portgroup: string | null }) =>
    bindPort(a.id, a.portgroup),
  );
export const useCreatePortgroup = () =>
  useBareMetalMutation((a: { nodeId: string; name: string; mode: BmPortgroupMode }) =>
    createPortgroup(a.nodeId, a.name, a.mode),
  );
