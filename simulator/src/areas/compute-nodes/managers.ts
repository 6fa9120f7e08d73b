// The CAS CVMs and vCenters compute nodes connect to, as the simulator imagines them: any private
// address answers (its inventory derived from the address), any other looks unreachable, and a
// password shorter than 6 characters is refused. Used by checkout/config, refresh/config and add.
import type { Schemas } from '../../state.ts';

type Cluster = Schemas['ComputeNodeCheckResult']['clusters'][number];

export const VM_TYPES: Record<number, Schemas['ComputeNode']['virtType']> = {
  1: 'VMware',
  2: 'CAS',
  3: 'HP',
  4: 'KVM',
  5: 'BareMetal',
};

const octets = (ip: string) => ip.split('.').map(Number);

function isPrivate(ip: string): boolean {
  const [a = 0, b = 0] = octets(ip);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** Why the manager cannot be used, or null when it answers and accepts the credentials. */
export function connectError(vmType: number, ip: string, password: string): string | null {
  const what = vmType === 1 ? 'vCenter' : 'CVM';
  const port = vmType === 1 ? 443 : 8080;
  if (!isPrivate(ip)) return `Failed to connect to ${what} ${ip}:${port}: connect timed out.`;
  if (password.length < 6)
    return `Authentication to ${what} ${ip} failed: incorrect user name or password.`;
  return null;
}

/** A host address of the manager's network: the manager's own with the last octet moved on. */
const near = (ip: string, step: number) => {
  const o = octets(ip);
  return `${o[0]}.${o[1]}.${o[2]}.${((o[3] ?? 0) + step) % 250 || 1}`;
};

/** The clusters the manager at `ip` manages (CAS-like managers for every vmType but VMware). */
export function clustersOf(vmType: number, ip: string): Cluster[] {
  const last = octets(ip)[3] ?? 0;
  if (vmType === 1) {
    return [
      {
        clusterId: 'domain-c13',
        clusterName: 'Qun1',
        hostServer: [{ 'host-16': near(ip, 14) }, { 'host-17': near(ip, 15) }],
        vswitches: ['vSwitch0'],
        proxySwitches: ['dvSwitch'],
      },
      {
        clusterId: 'domain-c27',
        clusterName: 'Qun2',
        hostServer: [{ 'host-31': near(ip, 21) }],
        vswitches: ['vSwitch0', 'vSwitch1'],
        proxySwitches: [],
      },
    ];
  }
  return [
    {
      clusterId: '1',
      clusterName: 'cluster1',
      hostServer: [{ [`cvknode${last}a`]: near(ip, 1) }, { [`cvknode${last}b`]: near(ip, 2) }],
      vswitches: ['vswitch0', 'vswitch1'],
      proxySwitches: [],
    },
    {
      clusterId: '2',
      clusterName: 'cluster2',
      hostServer: [{ [`cvknode${last}c`]: near(ip, 3) }],
      vswitches: ['vswitch0'],
      proxySwitches: [],
    },
  ];
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** The physical networks the manager offers for a node's `vswitch` rows. */
export function networksOf(vmType: number): { netName: string; type: string; device: string }[] {
  if (vmType === 1)
    return [
      { netName: b64('vm'), type: 'vswitch', device: 'vSwitch0' },
      { netName: b64('storage'), type: 'vswitch', device: 'vSwitch1' },
      { netName: b64('dvs'), type: 'proxySwitch', device: 'dvSwitch' },
    ];
  return [
    { netName: b64('cas'), type: 'vswitch', device: 'vxlan' },
    { netName: b64('mgmt'), type: 'vswitch', device: 'vswitch0' },
    { netName: b64('business'), type: 'vswitch', device: 'vswitch1' },
  ];
}
