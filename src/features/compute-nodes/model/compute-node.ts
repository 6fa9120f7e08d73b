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
