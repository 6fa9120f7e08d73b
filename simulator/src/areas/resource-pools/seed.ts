// Seeded CAS/VMware inventory (§1.13): for every CAS and VMware compute node, the clusters, host
// pools, hosts, storage and VMs of the manager it connects to. The node's nova host (its
// hypervisor, `cvknode191`, `esxi-01.dc01.local`) is the first host of its first cluster and runs
// the node's cloud servers as adopted VMs; the other hosts run unmanaged VMs in every power state.
// Each node has one host in maintenance mode and one powered off. A generator of its own.
import { createRng, type Rng } from '../../rng.ts';
import { serverVm } from './server-vm.ts';
import type {
  ComputeNodeRec,
  HvClusterRec,
  HvHostRec,
  HvStoreRec,
  HvVmRec,
  HypervisorRec,
  ServerRec,
} from '../../state.ts';

export type HvWorld = {
  hvClusters: HvClusterRec[];
  hvHosts: HvHostRec[];
  hvStores: HvStoreRec[];
  hvVms: HvVmRec[];
};

const MODELS = ['UIS R390X G2', 'H3C UniServer R4900 G3', 'H3C UniServer R4900 G5'];
const OS: [boolean, string, string][] = [
  [false, 'CentOS 7(64-bit)', 'centos7_64Guest'],
  [false, 'Ubuntu Linux(64-bit)', 'ubuntu64Guest'],
  [false, 'Red Hat Enterprise Linux 8(64-bit)', 'rhel8_64Guest'],
  [true, 'Microsoft Windows Server 2019(64-bit)', 'windows2019srv_64Guest'],
  [true, 'Microsoft Windows 10(64-bit)', 'windows9_64Guest'],
];
const WORDS = [
  'erp',
  'oa',
  'mail',
  'db',
  'web',
  'jenkins',
  'git',
  'ldap',
  'dns',
  'backup',
  'kafka',
  'redis',
];

const hex2 = (rng: Rng) => rng.hex(2);
const mac = (rng: Rng) => `0c:da:41:${hex2(rng)}:${hex2(rng)}:${hex2(rng)}`;
const POWER: Record<string, HvVmRec['power']> = {
  ACTIVE: 'running',
  SHUTOFF: 'stopped',
  PAUSED: 'paused',
};

export function seedResourcePools(
  seed: number,
  scale: number,
  nodes: readonly ComputeNodeRec[],
  hypervisors: readonly HypervisorRec[],
  servers: readonly ServerRec[],
  flavorOf: (id: string) => { vcpus: number; ram: number; disk: number } | undefined,
): HvWorld {
  const rng = createRng(seed * 31 + 413);
  const w: HvWorld = { hvClusters: [], hvHosts: [], hvStores: [], hvVms: [] };
  // The cloud's compute nodes already grow with --scale; hosts per node and VMs per host grow
  // sub-linearly, so the pools' VMs grow about as fast as the rest of the cloud (at 40: ~80,000)
  // instead of with the cube of the scale (5 million, and an out-of-memory seed). Scale 1 is
  // unchanged: 6 hosts of 5 VMs per node.
  const perHost = Math.max(3, Math.round(5 * scale ** 0.4));
  let nodeNo = 0;
  for (const node of nodes) {
    if (node.vmType !== 1 && node.vmType !== 2) continue;
    nodeNo += 1;
    const vmw = node.vmType === 1;
    const hyper = hypervisors.find((h) => h.host === node.hostName);
    const mainName = hyper ? hyper.hypervisor_hostname.replace(/\(.*\)$/, '') : `host-${nodeNo}`;
    const ipBase = `172.25.${16 + nodeNo}`;
    let mor = 10 + nodeNo * 100;
    const next = (prefix: string) => (vmw ? `${prefix}-${mor++}` : String(mor++));
    // Clusters: the node's own, a second one, and (CAS) a host pool without a cluster.
    const clusters: HvClusterRec[] = [
      {
        node: node.hostName,
        id: vmw ? node.clusterId : '1',
        name: node.clusterName,
        subType: 'cluster',
      },
      {
        node: node.hostName,
        id: vmw ? `domain-c${mor++}` : '2',
        name: vmw ? 'Cluster-Backup' : 'cluster-backup',
        subType: 'cluster',
      },
    ];
    if (!vmw) clusters.push({ node: node.hostName, id: '3', name: node.poolName, subType: 'pool' });
    w.hvClusters.push(...clusters);
    // Hosts: 3 in the first cluster, 2 in the second, 1 standalone (CAS); more with --scale (at 10,
    // 6 + 4 + 2 hosts of 13 VMs; at 40, 9 + 6 + 3 hosts of 22).
    const k = Math.max(1, Math.round(Math.sqrt(scale) / 2));
    const layout: [HvClusterRec, number][] = clusters.map((c, i) => [
      c,
      (i === 0 ? 3 : i === 1 ? 2 : 1) * k,
    ]);
    const hosts: HvHostRec[] = [];
    let hostNo = 0;
    for (const [c, count] of layout) {
      for (let i = 0; i < count; i++) {
        hostNo += 1;
        const ip = `${ipBase}.${10 + hostNo}`;
        const name =
          hostNo === 1 ? mainName : vmw ? ip : `cvknode${nodeNo}${String(hostNo).padStart(2, '0')}`;
        const big = rng.chance(0.5);
        hosts.push({
          node: node.hostName,
          id: vmw ? `host-${mor++}` : String(hostNo),
          clusterId: c.id,
          name,
          ip,
          model: rng.pick(MODELS),
          serial: `210200A00DN17900${rng.int(1000, 9999)}`,
          sockets: 2,
          cores: big ? 16 : 8,
          cpuMHz: big ? 2600 : 2200,
          memoryMB: big ? 524_288 : 262_144,
          diskMB: big ? 3_840_000 : 1_920_000,
          nics: big ? 8 : 4,
          vswitch: vmw ? ['vSwitch0', 'vSwitch1'] : ['vswitch0', 'vswitch1'],
          powerState: 'POWERED_ON',
          connection: 'CONNECTED',
          maintenance: false,
          bootedAt: Date.UTC(2026, 9, rng.int(1, 28)),
          task: null,
        });
      }
    }
    // One host of the first cluster in maintenance; the last host powered off (and in maintenance,
    // as an administrator leaves a host before switching it off).
    const maint = hosts[2];
    if (maint) maint.maintenance = true;
    const off = hosts[hosts.length - 1];
    if (off) {
      off.maintenance = true;
      off.powerState = 'POWERED_OFF';
      off.connection = 'NOT_RESPONDING';
    }
    w.hvHosts.push(...hosts);
    // Storage: a shared pool per cluster, a local one per host, and (CAS) an ISO pool per host.
    const stores: HvStoreRec[] = [];
    for (const c of clusters) {
      const members = hosts.filter((h) => h.clusterId === c.id).map((h) => h.id);
      stores.push({
        node: node.hostName,
        id: vmw ? next('datastore') : `shared${c.id}`,
        name: vmw ? `${c.name}-vsan` : `iscsishared${c.id}`,
        path: vmw ? `/vmfs/volumes/${c.name}-vsan` : `/vms/iscsishared${c.id}`,
        type: vmw ? 'vsan' : 'iscsi',
        totalGB: 20_480,
        baseUsedGB: rng.int(600, 2400),
        hostIds: members,
      });
    }
    for (const h of hosts) {
      stores.push({
        node: node.hostName,
        id: vmw ? next('datastore') : `defaultpool-${h.id}`,
        name: vmw ? `datastore1 (${h.id})` : 'defaultpool',
        path: vmw ? `/vmfs/volumes/datastore1-${h.id}` : '/vms/images',
        type: vmw ? 'VMFS' : 'dir',
        totalGB: Math.round(h.diskMB / 1024),
        baseUsedGB: rng.int(40, 200),
        hostIds: [h.id],
      });
      if (!vmw)
        stores.push({
          node: node.hostName,
          id: `isopool-${h.id}`,
          name: 'isopool',
          path: '/vms/isos',
          type: 'dir',
          totalGB: 1191,
          baseUsedGB: rng.int(30, 90),
          hostIds: [h.id],
        });
    }
    w.hvStores.push(...stores);
    const shared = (h: HvHostRec) =>
      stores.find((s) => s.hostIds.length > 1 && s.hostIds.includes(h.id)) ??
      stores.find((s) => s.hostIds.includes(h.id));
    const addVm = (
      h: HvHostRec,
      v: Partial<HvVmRec> & Pick<HvVmRec, 'name' | 'power' | 'cpu' | 'memoryMB' | 'diskGB'>,
    ) => {
      const [windows, osDesc, guestId] = rng.pick(OS);
      const store = shared(h);
      const vm: HvVmRec = {
        node: node.hostName,
        id: vmw ? `vm-${mor++}` : String(600 + w.hvVms.length),
        hostId: h.id,
        clusterId: h.clusterId,
        storeId: store?.id ?? '',
        usedGB: Math.round(v.diskGB * (0.2 + rng.next() * 0.6) * 100) / 100,
        windows,
        osDesc,
        guestId,
        ip: `10.${20 + nodeNo}.${rng.int(1, 250)}.${rng.int(2, 250)}`,
        mac: mac(rng),
        serverId: '',
        migrating: false,
        snapshots: [],
        currentSnap: null,
        ...v,
      };
      w.hvVms.push(vm);
      return vm;
    };
    // The node's cloud servers, adopted, on its nova host.
    const main = hosts[0];
    if (main && hyper) {
      for (const s of servers) {
        if (s.hypervisor_hostname !== hyper.hypervisor_hostname || s.status === 'SHELVED_OFFLOADED')
          continue;
        const f = flavorOf(s.flavor_id);
        addVm(main, {
          name: s.instance_name,
          power: POWER[s.status] ?? 'running',
          cpu: f?.vcpus ?? 1,
          memoryMB: f?.ram ?? 1024,
          diskGB: Math.max(f?.disk ?? 20, 20),
          serverId: s.id,
          ip: s.ports[0]?.ip ?? '',
          mac: s.ports[0]?.mac ?? mac(rng),
        });
      }
    }
    // Unmanaged VMs on every host; none runs on a host in maintenance or powered off.
    for (const h of hosts) {
      const n = h === main ? Math.ceil(perHost / 2) : perHost;
      for (let i = 0; i < n; i++) {
        const down = h.maintenance || h.powerState !== 'POWERED_ON';
        const roll = rng.next();
        const cpu = rng.pick([1, 2, 4, 8]);
        const vm = addVm(h, {
          name: `${rng.pick(WORDS)}-${h.name.replace(/\W/g, '').slice(-4)}-${String(i + 1).padStart(2, '0')}`,
          power: down ? 'stopped' : roll < 0.65 ? 'running' : roll < 0.9 ? 'stopped' : 'paused',
          cpu,
          memoryMB: cpu * rng.pick([1024, 2048, 4096]),
          diskGB: rng.pick([40, 80, 100, 200]),
        });
        if (i === 0 && vm.power === 'running') {
          vm.snapshots = [
            {
              name: 'base',
              desc: 'after install',
              created: Date.UTC(2026, 10, 2, 3, 10),
              snapMem: false,
              parent: null,
            },
            {
              name: 'patched',
              desc: 'monthly patches',
              created: Date.UTC(2026, 10, 20, 8, 45),
              snapMem: true,
              parent: 'base',
            },
          ];
          vm.currentSnap = 'patched';
        }
      }
    }
    // The node's own host carries its cloud servers: sized so they fit with a quarter to spare
    // (whole 256 GiB steps), as a planned host would be; no generator draw.
    if (main) {
      const need =
        w.hvVms
          .filter((v) => v.node === node.hostName && v.hostId === main.id && v.power !== 'stopped')
          .reduce((a, v) => a + v.memoryMB, 0) + 8192;
      const step = 262_144;
      main.memoryMB = Math.max(main.memoryMB, Math.ceil((need * 4) / 3 / step) * step);
    }
  }
  // The node's other cloud servers (on its other hypervisors), as a server created there later
  // would be placed: after every generated VM, so the generator's draws stay as they were.
  for (const node of nodes) {
    if (node.vmType !== 1 && node.vmType !== 2) continue;
    const mine = (r: { node: string }) => r.node === node.hostName;
    const vms = w.hvVms.filter(mine);
    const input = {
      node: node.hostName,
      vmware: node.vmType === 1,
      hosts: w.hvHosts.filter(mine),
      stores: w.hvStores.filter(mine),
      vms,
      imageName: '',
    };
    const placed = new Set(vms.map((v) => v.serverId));
    for (const s of servers) {
      if (s.host !== node.hostName || placed.has(s.id)) continue;
      const vm = serverVm(s, { ...input, flavor: flavorOf(s.flavor_id) });
      if (!vm) continue;
      vms.push(vm);
      w.hvVms.push(vm);
    }
  }
  return w;
}
