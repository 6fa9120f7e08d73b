// Seeded bare-metal nodes (004 §1.12): at scale 1, 60 nodes in every provision state of ironic
// 1.34, powered on and off, some in maintenance with a reason, some failed with a last_error,
// several drivers and resource classes, each with ports and some with a bonded portgroup; each
// further scale step adds 125 nodes (--scale 40 ≈ 5,000). Drawn from a generator of its own, so
// every value seeded before it is unchanged. The documents' node, port and portgroup
// (e15691cf…, d0ff7084…, 1b7305bb…) are the first.
import { ADMIN_PROJECT, SEED_EPOCH } from '../../constants.ts';
import { createRng, type Rng } from '../../rng.ts';
import type { AzoneRec, BmNodeRec, BmPortRec, BmPortgroupRec, State } from '../../state.ts';
import { DAY_MS } from '../../time.ts';
import { CONDUCTOR, LOCKED, type ProvisionState } from './states.ts';

export const DOC_NODE = 'e15691cf-3c7e-437b-9f30-2a9fba829bd7';
export const DOC_PORT = 'd0ff7084-ab8c-40f9-9c0b-cac7065cf0a5';
export const DOC_PORTGROUP = '1b7305bb-a418-4a6a-a81e-000d14af3a4f';
/** The node and port of the bare-metal server examples (004:L15003, L15221): available. */
export const EXAMPLE_NODE = '6855617a-5724-4e0b-9458-dc9399502799';
export const EXAMPLE_PORT = 'f723ef53-d541-4975-aa2c-c06c4c43f46b';
export const EXAMPLE_PORTGROUP = 'c3da1599-4c35-4469-913c-033f0f01e145';

type Plan = {
  state: ProvisionState;
  maintenance?: string;
  power?: 'power on' | 'power off' | null;
  targetPower?: 'power on' | 'power off';
  fail?: string;
  lastError?: string;
  noAddress?: boolean;
  /** The fixed node and first-port uuids of a node the documents' examples name. */
  fixed?: [string, string];
};

const MAINTENANCE_REASONS = [
  'BMC firmware upgrade to 2.61 scheduled',
  'Disk /dev/sdb failed SMART check, waiting for replacement',
  'Waiting for replacement PSU 2',
  'Reserved for GPU burn-in test',
  'Fan 3 replacement scheduled',
  'Rack B07 power maintenance',
];

const ERRORS: Partial<Record<ProvisionState, (uuid: string) => string>> = {
  'inspect failed': (u) =>
    `Failed to inspect hardware. Reason: unable to start inspection: IPMI call failed: power status on node ${u}.`,
  'clean failed': (u) =>
    `Agent returned error for clean step {'interface': 'deploy', 'step': 'erase_devices'} on node ${u}: Error erasing block device /dev/sdb: timed out.`,
  'deploy failed': (u) => `Timeout reached while waiting for callback for node ${u}`,
  'adopt failed': (u) =>
    `Error while attempting to adopt node ${u}: Node ${u} failed deploy validation: image_source is missing.`,
  error: (u) => `Failed to tear down. Error: IPMI power off failed for node ${u}.`,
};

/** The 60 nodes of scale 1: every state, its failures and maintenance. */
function basePlan(): Plan[] {
  const p: Plan[] = [];
  const add = (n: number, plan: Plan) => {
    for (let i = 0; i < n; i++) p.push({ ...plan });
  };
  p.push({ state: 'active', power: 'power on' }); // the documents' node
  add(3, { state: 'enroll', power: null });
  p.push({ state: 'enroll', power: null, noAddress: true });
  p.push({ state: 'verifying', power: null });
  add(5, { state: 'manageable' });
  p.push({ state: 'manageable', maintenance: MAINTENANCE_REASONS[0] });
  p.push({ state: 'inspecting' });
  p.push({ state: 'inspecting', fail: 'inspect' });
  add(2, { state: 'inspect failed' });
  p.push({ state: 'cleaning' });
  p.push({ state: 'clean wait' });
  p.push({ state: 'clean failed' });
  p.push({ state: 'clean failed', maintenance: MAINTENANCE_REASONS[1] });
  p.push({ state: 'available', fixed: [EXAMPLE_NODE, EXAMPLE_PORT] });
  add(11, { state: 'available' });
  p.push({ state: 'available', maintenance: MAINTENANCE_REASONS[2] });
  p.push({ state: 'available', maintenance: MAINTENANCE_REASONS[3] });
  p.push({ state: 'available', targetPower: 'power on' });
  p.push({ state: 'available', fail: 'deploy' });
  p.push({ state: 'deploying', power: 'power on' });
  p.push({ state: 'deploying', power: 'power on' });
  p.push({ state: 'wait call-back', power: 'power on' });
  p.push({ state: 'wait call-back', power: 'power on', fail: 'deploy' });
  add(2, { state: 'deploy failed' });
  add(10, { state: 'active', power: 'power on' });
  add(2, { state: 'active', power: 'power off' });
  p.push({ state: 'active', power: 'power on', maintenance: MAINTENANCE_REASONS[4] });
  p.push({ state: 'deleting', power: 'power on' });
  p.push({ state: 'error', maintenance: MAINTENANCE_REASONS[5] });
  p.push({ state: 'error' });
  p.push({ state: 'adopting', power: 'power on' });
  p.push({ state: 'adopt failed' });
  return p;
}

/** Nodes beyond scale 1: mostly in service, a few of everything else. */
function extraPlan(rng: Rng): Plan {
  const r = rng.next();
  if (r < 0.42) return { state: 'available' };
  if (r < 0.8) return { state: 'active', power: rng.chance(0.9) ? 'power on' : 'power off' };
  if (r < 0.9) return { state: 'manageable' };
  if (r < 0.93) return { state: 'enroll', power: null };
  if (r < 0.95) return { state: 'clean failed' };
  if (r < 0.97) return { state: 'deploy failed' };
  if (r < 0.98) return { state: 'inspect failed' };
  return { state: 'error', maintenance: rng.pick(MAINTENANCE_REASONS) };
}

const MODELS: [string, string, string, string][] = [
  ['H3C', 'UniServer R4900 G3', 'r4900', 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz'],
  [
    'F5 Technologies Co., Ltd.',
    'UIS R390X G2',
    'r390',
    'Intel(R) Xeon(R) CPU E5-2623 v4 @ 2.60GHz',
  ],
  ['Dell Inc.', 'PowerEdge R740', 'r740', 'Intel(R) Xeon(R) Silver 4214 CPU @ 2.20GHz'],
  ['HPE', 'ProLiant DL380 Gen10', 'dl380', 'Intel(R) Xeon(R) Gold 5218 CPU @ 2.30GHz'],
  ['Inspur', 'NF5280M5', 'nf5280', 'Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz'],
];

const DRIVERS: [string, string][] = [
  ['ipmi', 'ipmi'],
  ['pxe_ipmitool', 'ipmi'],
  ['redfish', 'redfish'],
  ['idrac', 'drac'],
  ['ilo', 'ilo'],
];

const CLASSES = ['baremetal.general', 'baremetal.gpu', 'baremetal.storage', 'baremetal.highmem'];

const hex2 = (n: number) => (n & 255).toString(16).padStart(2, '0');

export function seedBaremetal(
  seed: number,
  scale: number,
  azones: readonly AzoneRec[],
): Pick<
  State,
  'baremetalNodes' | 'nextBaremetalNodeId' | 'baremetalPorts' | 'baremetalPortgroups'
> {
  const rng = createRng((seed ^ 0x1b0a7e) >>> 0);
  const zone = azones.find((a) => a.resourceType === 'ironic');
  const plans = basePlan();
  const extra = Math.max(0, Math.round((scale - 1) * 125));
  for (let i = 0; i < extra; i++) plans.push(extraPlan(rng));
  const nodes: BmNodeRec[] = [];
  const ports: BmPortRec[] = [];
  const portgroups: BmPortgroupRec[] = [];
  plans.forEach((plan, i) => {
    const doc = i === 0;
    const uuid = doc ? DOC_NODE : (plan.fixed?.[0] ?? rng.uuid());
    const [maker, product, short, cpu] = doc
      ? (MODELS[1] as (typeof MODELS)[number])
      : rng.pick(MODELS);
    const [driver, kind] = doc ? (['pxe_ipmitool', 'ipmi'] as const) : rng.pick(DRIVERS);
    const rack = 16 + Math.floor(i / 250);
    const address = `172.25.${rack}.${(i % 250) + 2}`;
    const driverInfo: Record<string, string> = plan.noAddress
      ? { [`${kind}_username`]: 'admin', [`${kind}_password`]: 'admin' }
      : {
          [`${kind}_address`]: address,
          [`${kind}_username`]: 'admin',
          [`${kind}_password`]: 'Passw0rd',
        };
    if (kind === 'ipmi') Object.assign(driverInfo, { deploy_kernel: '', deploy_ramdisk: '' });
    const cls = doc ? 'baremetal.general' : rng.pick(CLASSES);
    const gpu = cls === 'baremetal.gpu';
    const mem = cls === 'baremetal.highmem' ? 524288 : rng.pick([131072, 262144, 393216]);
    const disk = cls === 'baremetal.storage' ? 48000 : rng.pick([1788, 3576, 4462]);
    const created = SEED_EPOCH - (200 - (i % 180)) * DAY_MS - (i % 7) * 3600_000;
    const name = `bm-${short}-${String(i + 1).padStart(3, '0')}`;
    const verified = plan.state !== 'enroll' && plan.state !== 'verifying';
    const inspected = verified && plan.state !== 'manageable' && plan.state !== 'inspecting';
    const properties: Record<string, string> = {
      availabilityZone: zone?.zone ?? 'iron1',
      availabilityZoneId: zone?.id ?? '',
      description: '',
      secondName: '',
      hostName: name,
    };
    if (inspected || doc)
      Object.assign(properties, {
        cpus: String(rng.pick([32, 48, 64])),
        cpu_arch: 'x86_64',
        memory_mb: String(mem),
        local_gb: String(disk),
        cpu_count: '2',
        cpu_core_count: String(rng.pick([12, 16, 20])),
        cpu_thread_count: String(rng.pick([24, 32, 40])),
        cpu_version: cpu,
        capabilities: `boot_option:local,cpu_vt:true,cpu_aes:true${gpu ? ',gpu:nvidia-t4' : ''}`,
        system_vendor_manufacturer: maker,
        system_vendor_product_name: product,
        system_vendor_serial_number: `210200A00${rng.hex(2).toUpperCase()}${String(180000 + i)}`,
      });
    const error = ERRORS[plan.state];
    const locked = LOCKED.has(plan.state);
    const deployedish = ['active', 'deploying', 'wait call-back', 'deleting', 'adopting'].includes(
      plan.state,
    );
    const node: BmNodeRec = {
      id: i + 1,
      uuid,
      name: doc ? 'bm-r390-001' : name,
      driver,
      driver_info: driverInfo,
      driver_internal_info: {},
      provision_state: plan.state,
      target_provision_state: targetOf(plan.state),
      power_state: plan.power === undefined ? 'power off' : plan.power,
      target_power_state: plan.targetPower ?? null,
      maintenance: plan.maintenance !== undefined,
      maintenance_reason: plan.maintenance ?? null,
      last_error: error ? error(uuid) : null,
      reservation: locked || plan.targetPower ? CONDUCTOR : null,
      instance_uuid: null,
      instance_info: deployedish
        ? {
            image_source: 'd003c290-daae-40de-91be-f92cba839a46',
            root_gb: String(disk),
            memory_mb: String(mem),
            local_gb: String(disk),
            vcpus: properties.cpus ?? '32',
            swap_mb: '0',
            capabilities: "{'boot_option': 'local'}",
            nova_host_id: zone?.zone ?? 'iron1',
          }
        : {},
      properties,
      extra: plan.fail ? { sim_fail: plan.fail } : {},
      resource_class: cls,
      chassis_uuid: null,
      network_interface: i % 4 === 3 ? 'neutron' : 'flat',
      interfaces: {},
      clean_step:
        plan.state === 'cleaning' || plan.state === 'clean wait'
          ? { interface: 'deploy', step: 'erase_devices_metadata', priority: 99 }
          : {},
      created,
      updated: created + 3 * DAY_MS,
      provision_updated: created + 3 * DAY_MS + i * 60_000,
      inspection_started: inspected ? created + DAY_MS : null,
      inspection_finished:
        inspected && plan.state !== 'inspecting' ? created + DAY_MS + 420_000 : null,
      seq: 0,
    };
    if (plan.state === 'active')
      node.driver_internal_info = {
        agent_url: `http://100.0.${rack}.${(i % 250) + 2}:9999`,
        root_uuid_or_disk_id: '0x00000000',
        is_whole_disk_image: true,
      };
    nodes.push(node);
    const nPorts = i % 5 === 0 ? 4 : 2;
    const mine: BmPortRec[] = [];
    for (let j = 0; j < nPorts; j++) {
      const port: BmPortRec = {
        uuid: j > 0 ? rng.uuid() : doc ? DOC_PORT : (plan.fixed?.[1] ?? rng.uuid()),
        address:
          doc && j === 0 ? '74:ea:cb:75:1c:2b' : `6c:92:bf:${hex2(i >> 8)}:${hex2(i)}:${hex2(j)}`,
        node_uuid: uuid,
        portgroup_uuid: null,
        pxe_enabled: j === 0,
        physical_network: node.network_interface === 'neutron' ? 'physnet1' : null,
        local_link_connection: {
          switch_id: `74:ea:cb:5a:${hex2(rack)}:${hex2(Math.floor(i / 48))}`,
          port_id: `Twenty-FiveGigE1/${Math.floor(j / 2) + 1}/${(i % 48) + 1}`,
          switch_info: `tor-${rack}-${Math.floor(i / 48) + 1}`,
        },
        extra: null,
        internal_info: null,
        created: created + 600_000,
        updated: null,
      };
      mine.push(port);
    }
    ports.push(...mine);
    if (i % 3 === 0) {
      const group: BmPortgroupRec = {
        uuid: doc ? DOC_PORTGROUP : rng.uuid(),
        node_uuid: uuid,
        name: doc ? null : `${name}-bond0`,
        address: doc ? null : (mine[0]?.address ?? null),
        mode: i % 2 === 0 ? 'active-backup' : '802.3ad',
        standalone_ports_supported: true,
        properties: {},
        extra: null,
        internal_info: {},
        created: created + 900_000,
        updated: null,
      };
      portgroups.push(group);
      for (const port of mine.slice(0, 2)) port.portgroup_uuid = group.uuid;
    }
    if (plan.fixed)
      // The empty bond the port-binding example names (004:L14509), on the examples' node.
      portgroups.push({
        uuid: EXAMPLE_PORTGROUP,
        node_uuid: uuid,
        name: `${name}-bond1`,
        address: null,
        mode: '802.3ad',
        standalone_ports_supported: true,
        properties: {},
        extra: null,
        internal_info: {},
        created: created + 900_000,
        updated: null,
      });
    properties.pxe_flag = mine[0]?.uuid ?? '';
  });
  return {
    baremetalNodes: nodes,
    nextBaremetalNodeId: nodes.length + 1,
    baremetalPorts: ports,
    baremetalPortgroups: portgroups,
  };
}

function targetOf(state: ProvisionState): BmNodeRec['target_provision_state'] {
  switch (state) {
    case 'verifying':
    case 'inspecting':
      return 'manageable';
    case 'cleaning':
    case 'clean wait':
    case 'deleting':
      return 'available';
    case 'deploying':
    case 'wait call-back':
    case 'adopting':
      return 'active';
    default:
      return null;
  }
}

/** The documents' bare-metal instance (004:L12437), on the documents' node. */
export const DOC_INSTANCE = '136968d8-cc4f-41d6-9adc-2524053e076e';
/** Seeded bare-metal servers per scale step (the server seed grows linearly with the scale). */
const INSTANCES_PER_SCALE = 9;

/**
 * Gives most active nodes a server (api-notes 4.2: a deployed node holds a nova instance): in the
 * administrators' project (whose quota is unlimited), on the shared network, ACTIVE or SHUTOFF as the node's
 * power. Drawn from a generator of its own; changes only what it adds.
 */
export function seedBaremetalServers(seed: number, state: State) {
  const rng = createRng((seed ^ 0x5e7a11) >>> 0);
  const zone = state.azones.find((a) => a.resourceType === 'ironic');
  const net = state.networks.find((n) => n.shared) ?? state.networks[0];
  const flavor = [...state.flavors].sort((a, b) => b.ram - a.ram)[0];
  const image = state.images.find((i) => i.status === 'active' && i.visibility === 'public');
  const admin = state.users.find((u) => u.name === 'admin');
  if (!zone || !net || !flavor || !image || !admin) return;
  const active = state.baremetalNodes.filter((n) => n.provision_state === 'active');
  const count = Math.round(INSTANCES_PER_SCALE * state.scale);
  let k = 0;
  for (const [i, n] of active.entries()) {
    if (k >= count) break;
    // Every third active node stays without a server (adopted, or its server was never made).
    if (n.uuid !== DOC_NODE && i % 3 === 2) continue;
    const user = admin;
    const project = ADMIN_PROJECT;
    const id = n.uuid === DOC_NODE ? DOC_INSTANCE : rng.uuid();
    const name = `bms-${String(k + 1).padStart(3, '0')}`;
    const on = n.power_state === 'power on';
    const when = n.provision_updated ?? n.created;
    const no = state.nextInstanceNo++;
    const gpu = n.resource_class === 'baremetal.gpu';
    state.servers.push({
      id,
      name,
      tenant_id: project,
      user_id: user.id,
      status: on ? 'ACTIVE' : 'SHUTOFF',
      vm_state: on ? 'active' : 'stopped',
      task_state: null,
      power_state: on ? 1 : 4,
      flavor_id: flavor.id,
      image_id: image.id,
      key_name: null,
      az: zone.zone,
      host: zone.zone,
      // nova's ironic driver names the node here; this simulator lists no ironic hypervisors
      // (os-hypervisors shows the virtualization hosts), so the node is found by instance_uuid.
      hypervisor_hostname: null,
      instance_name: `instance-${no.toString(16).padStart(8, '0')}`,
      metadata: {
        user_name: user.name,
        alias: n.uuid === DOC_NODE ? 'chengbm1' : name,
        description: '',
        enableAdminPass: '1',
        extraType: 'BareMetal',
        do_manage: 'false',
        zone_uuid: zone.id,
        ...(gpu ? { accessKey: 'c0h0eGZmS0RBNDVKNXNSZjJVd1ozN2NWTjNrbHR6SkZlcWw0ZmFod0E=' } : {}),
      },
      ports: [
        {
          net_id: net.id,
          ip: `172.25.${200 + Math.floor((k + 20) / 250)}.${((k + 20) % 250) + 2}`,
          mac: `fa:16:3e:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`,
        },
      ],
      security_groups: ['default'],
      config_drive: true,
      created: when - 600_000,
      updated: when,
      launched_at: when,
    });
    n.instance_uuid = id;
    n.instance_info = {
      ...n.instance_info,
      image_source: image.id,
      display_name: n.uuid === DOC_NODE ? 'chengbm1' : name,
    };
    Object.assign(n.properties, {
      tenancyId: project,
      tenancy: 'admin',
      userId: user.id,
      userName: user.name,
      imageId: image.id,
      imageName: image.name,
    });
    k++;
  }
}
