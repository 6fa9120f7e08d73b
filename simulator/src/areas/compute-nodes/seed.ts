// Seeded compute nodes: one per compute host of the seeded zones (CAS, VMware, KVM), a bare-metal
// one for the ironic zone, and nodes just added that wait in no zone for a host aggregate (with
// their hypervisors); `--scale` adds more of those. Drawn from no generator.
import type { AzoneRec, ComputeNodeRec, HypervisorRec } from '../../state.ts';
import { hypervisorRecord } from '../hypervisors/hosts.ts';
import { clusterOf } from '../hypervisors/storage-pools.ts';
import { clustersOf } from './managers.ts';

const VM_TYPE: Record<string, ComputeNodeRec['vmType']> = { VMware: 1, CAS: 2, HP: 3, KVM: 4 };

const base = (): Omit<
  ComputeNodeRec,
  'hostName' | 'vmType' | 'hostIp' | 'clusterName' | 'clusterId' | 'poolName'
> => ({
  userName: 'admin',
  password: 'Cloud@s2026',
  vxlanOverlayMode: 3,
  storageZone: 'cinder191',
  initMode: 'vmware_api',
  vswitch: [{ netName: 'Y2Fz', device: 'vxlan' }],
  pci: null,
  transport_url: 'rabbit://openstack:cloudos@rabbitmq-service',
  allPass: 'cloudos',
  resourceNode: 'host',
  useLocalStorage: true,
  linkClone: false,
  mode: 'expand',
  ip: '172.25.80.30',
});

export function seedComputeNodes(
  azones: readonly AzoneRec[],
  hypervisors: readonly HypervisorRec[],
  scale: number,
): { computeNodes: ComputeNodeRec[]; hypervisors: HypervisorRec[] } {
  const nodes: ComputeNodeRec[] = [];
  const seen = new Set<string>();
  for (const h of hypervisors) {
    if (seen.has(h.host)) continue;
    seen.add(h.host);
    const virt = azones.find((a) => a.zone === h.zone)?.virtType ?? 'CAS';
    const vmType = VM_TYPE[virt] ?? 2;
    const cvm = /\(CVM([\d.]+)\)/.exec(h.hypervisor_hostname)?.[1];
    const [cluster, pool] = clusterOf(h.zone);
    nodes.push({
      ...base(),
      hostName: h.host,
      vmType,
      hostIp: cvm ?? (vmType === 1 ? '10.125.30.10' : h.host_ip),
      poolName: pool,
      clusterName: cluster,
      clusterId: vmType === 1 ? 'domain-c8' : String(nodes.length + 1),
      vxlanOverlayMode: vmType === 1 ? 3 : 1,
      ...(vmType === 4
        ? { initMode: 'libvirt', vswitch: [{ netName: 'a3Zt', device: 'vswitch0' }] }
        : {}),
    });
  }
  const iron = azones.find((a) => a.resourceType === 'ironic');
  if (iron)
    nodes.push({
      ...base(),
      hostName: 'ironic-compute01',
      vmType: 5,
      hostIp: '10.125.40.10',
      poolName: 'baremetal',
      clusterName: 'ironic',
      clusterId: 'ironic',
      initMode: 'ironic',
      vswitch: [],
    });
  // Nodes just added: their hosts are in no zone (nova's default zone) until a host aggregate takes them.
  const extra: HypervisorRec[] = [];
  const pending: [string, 1 | 2, string][] = [
    ['compcas77newrc', 2, '10.125.27.10'],
    ['compvmw02dc02rc', 1, '10.125.30.20'],
  ];
  for (let i = 1; i <= Math.max(0, Math.round((scale - 1) * 5)); i++)
    pending.push([
      `compcas-x${String(i).padStart(4, '0')}`,
      2,
      `10.126.${Math.floor(i / 200)}.${(i % 200) + 10}`,
    ]);
  let id = Math.max(0, ...hypervisors.map((h) => Number(h.id) || 0));
  let service = Math.max(9, ...hypervisors.map((h) => Number(h.service_id) || 0));
  for (const [hostName, vmType, hostIp] of pending) {
    const cluster = clustersOf(vmType, hostIp)[0];
    if (!cluster) continue;
    nodes.push({
      ...base(),
      hostName,
      vmType,
      hostIp,
      poolName: vmType === 1 ? 'vCenter-DC02' : 'hostpool03',
      clusterName: cluster.clusterName,
      clusterId: cluster.clusterId,
    });
    service++;
    for (const entry of cluster.hostServer) {
      for (const [name, ip] of Object.entries(entry)) {
        id++;
        extra.push(
          hypervisorRecord(
            {
              id: String(id),
              zone: 'nova',
              host: hostName,
              service_id: String(service),
              hypervisor_hostname: `${name}(${vmType === 1 ? 'vCenter' : 'CVM'}${hostIp})`,
              host_ip: ip,
              vcpus: 64,
              memory_mb: 515654,
              local_gb: 3375,
            },
            vmType === 1 ? 'VMware' : 'CAS',
          ),
        );
      }
    }
  }
  return { computeNodes: nodes, hypervisors: extra };
}
