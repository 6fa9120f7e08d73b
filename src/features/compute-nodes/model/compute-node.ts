// Compute nodes (004 §1.15): the add wizard's requests built from its steps, which networks a
// node may use, and the delete guard.
import type { components } from '@contract/schema';

type S = components['schemas'];
export type ComputeNode = S['ComputeNode'];
export type ComputeNodeInput = S['ComputeNodeInput'];
export type ComputeNodeCheck = S['ComputeNodeCheck'];
export type ComputeNodeConfig = S['ComputeNodeConfig'];
export type CheckResult = S['ComputeNodeCheckResult'];
export type Cluster = CheckResult['clusters'][number];
export type NetworkRow = ComputeNodeConfig['tableList'][number];
type Device = S['ComputeNodeVswitch']['device'];

export type ManagerType = 1 | 2;
export const MANAGER_TYPES: readonly ManagerType[] = [2, 1];
export const OVERLAY_MODES = [1, 2, 3] as const;
const DEVICES: readonly Device[] = ['vxlan', 'vswitch0', 'vswitch1'];

export const HOST_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/u;

/** Step 1: how to reach the CVM (CAS) or vCenter (VMware). */
export type ConnectionValues = {
  vmType: ManagerType;
  protocal: 'http' | 'https';
  hostIp: string;
  userName: string;
  password: string;
  /** VMware only. */
  switchType?: 'vswitch' | 'proxySwitch';
};

/** Step 3: the node itself. `networks` are the chosen `tableList` rows by netName. */
export type NodeValues = {
  hostName: string;
  clusterId: string;
  poolName: string;
  storageZone: string;
  vxlanOverlayMode: 1 | 2 | 3;
  initMode: string;
  networks: string[];
};

export const toCheckRequest = (c: ConnectionValues): ComputeNodeCheck => ({
  vmType: c.vmType,
  protocal: c.protocal,
  hostIp: c.hostIp.trim(),
  userName: c.userName,
  password: c.password,
  switchType: c.vmType === 1 ? (c.switchType ?? 'vswitch') : '',
});

const asDevice = (d: string): Device | undefined => DEVICES.find((x) => x === d);

/** A row can be chosen when no other node uses it and its switch is one a node may name. */
export const selectable = (row: NetworkRow) =>
  !row.isDisabled && asDevice(row.device) !== undefined;

export function toAddRequest(
  c: ConnectionValues,
  n: NodeValues,
  clusters: readonly Cluster[],
  rows: readonly NetworkRow[],
): ComputeNodeInput {
  const cluster = clusters.find((x) => x.clusterId === n.clusterId);
  const vswitch = rows.flatMap((r) => {
    const device = asDevice(r.device);
    return n.networks.includes(r.netName) && device && !r.isDisabled
      ? [{ netName: r.netName, device }]
      : [];
  });
  return {
    hostName: n.hostName.trim(),
    vmType: c.vmType,
    hostIp: c.hostIp.trim(),
    userName: c.userName,
    password: c.password,
    poolName: n.poolName.trim(),
    vxlanOverlayMode: n.vxlanOverlayMode,
    storageZone: n.storageZone,
    clusterName: cluster?.clusterName ?? '',
    clusterId: n.clusterId,
    initMode: n.initMode.trim(),
    vswitch,
    pci: null,
  };
}

/** Hosts of a cluster as `name (ip)`. */
export const clusterHosts = (c: Cluster) =>
  c.hostServer.flatMap((h) => Object.entries(h).map(([name, ip]) => `${name} (${ip})`));

/** Why a node cannot be deleted, or true. */
export const canDelete = (n: Pick<ComputeNode, 'servers'>): true | 'hasServers' =>
  n.servers > 0 ? 'hasServers' : true;

/** The settings of an existing node that may be edited (api-notes I-32: the whole node is sent). */
export type EditValues = {
  hostIp: string;
  userName: string;
  /** Blank keeps the stored password. */
  password?: string;
  poolName: string;
  storageZone: string;
  vxlanOverlayMode: 1 | 2 | 3;
  initMode: string;
};

export const toEditValues = (n: ComputeNode): EditValues => ({
  hostIp: n.hostIp,
  userName: n.userName,
  password: '',
  poolName: n.poolName,
  storageZone: n.storageZone,
  vxlanOverlayMode: n.vxlanOverlayMode,
  initMode: n.initMode,
});

/**
 * The update body: the node as it is, with the edited settings. The read-only fields the list adds
 * (`virtType`, `zone`, `hypervisors`, `servers`) are left out; `transport_url` is sent as read.
 */
export type EditableNode = ComputeNode & { vmType: ComputeNodeInput['vmType'] };

/** Why a node cannot be edited here, or true: bare-metal nodes (vmType 5) are enrolled in Ironic. */
export const canEdit = (n: ComputeNode): n is EditableNode => n.vmType !== 5;

export function toUpdateRequest(n: EditableNode, v: EditValues): ComputeNodeInput {
  return {
    hostName: n.hostName,
    vmType: n.vmType,
    hostIp: v.hostIp.trim(),
    userName: v.userName.trim(),
    password: v.password ? v.password : n.password,
    poolName: v.poolName.trim(),
    vxlanOverlayMode: v.vxlanOverlayMode,
    storageZone: v.storageZone,
    clusterName: n.clusterName,
    clusterId: n.clusterId,
    initMode: v.initMode.trim(),
    vswitch: n.vswitch.map((s) => ({ netName: s.netName, device: s.device })),
    pci: n.pci,
    transport_url: n.transport_url,
    allPass: n.allPass,
    resourceNode: n.resourceNode,
    useLocalStorage: n.useLocalStorage,
    linkClone: n.linkClone,
    mode: n.mode,
    ip: n.ip,
  };
}

/** The manager address is fixed while the node's hosts run servers (the platform answers 409). */
export const canMoveManager = (n: Pick<ComputeNode, 'servers'>): true | 'hasServersMove' =>
  n.servers > 0 ? 'hasServersMove' : true;
