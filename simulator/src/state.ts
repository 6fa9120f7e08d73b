// The simulator's world: every resource and relation (api-notes Part 5), as plain JSON records.
// Each collection belongs to one area, which declares its default (`Area.defaults`) and seeds it.
import type { components } from '../../openapi/generated/schema.d.ts';

/** The contract's schemas: what the records are made of and what the wire mappers return. */
export type Schemas = components['schemas'];
type S = Schemas;

export type ProjectRec = S['Project'] & { label: string; cloud: boolean; cbmsFlag: boolean };
export type UserRec = S['User'] & { password: string; defaultProjectId: string | null };
export type RoleGroupRec = S['RoleGroup'];
export type UserProjectRec = { userId: string; projectId: string; groupId: string };
export type AzoneProjectRec = { azoneId: string; projectId: string };
export type AzoneRec = S['AvailabilityZone'];
export type ImageRec = S['Image'] & { blob: 'stored' | 'synthetic' | null };
export type ImageTypeRec = S['ImageType'];
/** A key pair (api-notes Part 5); `user_id` is its owner, `name` is unique per user. */
export type KeypairRec = S['Keypair'];
/** A flavor as stored; the wire form (links, OS-FLV-* keys) is built by the flavors area. */
export type FlavorRec = {
  id: string;
  name: string;
  ram: number;
  vcpus: number;
  disk: number;
  swap: number;
  ephemeral: number;
  rxtx_factor: number;
  is_public: boolean;
  disabled: boolean;
};

/** A network (the documents have no network API, api-notes I-31: seeded only). `tenant_id` owns it. */
export type NetworkRec = {
  id: string;
  name: string;
  tenant_id: string;
  shared: boolean;
  /** IPv4 CIDR, e.g. 10.11.0.0/16. */
  cidr: string;
};
/** A server's NIC on a network: its fixed IPv4 and MAC. */
export type ServerPortRec = { net_id: string; ip: string; mac: string; id?: string };
/** A port of a project bound to no server: a vNIC detached from a server (os-interface). */
export type FreePortRec = {
  id: string;
  tenant_id: string;
  net_id: string;
  ip: string;
  mac: string;
};
/** A nova instance as stored; the wire form (links, hostId, addresses) is built by the servers area. */
export type ServerRec = {
  id: string;
  name: string;
  tenant_id: string;
  user_id: string;
  status: S['ServerStatus'];
  vm_state: S['ServerVmState'];
  task_state: NonNullable<S['ServerTaskState']> | null;
  power_state: S['ServerPowerState'];
  flavor_id: string;
  image_id: string;
  key_name: string | null;
  /** Availability-zone name (`OS-EXT-AZ:availability_zone`). */
  az: string;
  host: string | null;
  hypervisor_hostname: string | null;
  instance_name: string;
  metadata: Record<string, string>;
  ports: ServerPortRec[];
  security_groups: string[];
  config_drive: boolean;
  created: number;
  updated: number;
  launched_at: number | null;
  /** nova's fault of an ERROR server ("No valid host was found…"); absent otherwise. */
  fault?: { code: number; message: string; created: number };
};
/** A project's compute quota (api-notes 4.8); -1 = unlimited. Usage is counted from the servers. */
export type ComputeQuotaRec = { instances: number; cores: number; ram: number };
/** A server group (api-notes 4.8): `members` are server ids, kept by server create and delete. */
export type ServerGroupRec = S['ServerGroup'];
/** A volume on a server: `boot` marks the system disk of a server booted from the volume. */
export type VolumeAttachmentRec = {
  server_id: string;
  device: string;
  boot: boolean;
  delete_on_termination: boolean;
};
/** A cinder volume (api-notes 4.6; no volume API in the documents, seeded, I-31). */
export type VolumeRec = {
  id: string;
  name: string;
  description: string;
  tenant_id: string;
  user_id: string;
  status: S['ComputeVolumeStatus'];
  /** GB */
  size: number;
  /** The cinder availability zone's name. */
  az: string;
  volume_type: string;
  bootable: boolean;
  /** The image a bootable volume was made from (its min_ram applies on boot), if known. */
  image_id: string | null;
  attachments: VolumeAttachmentRec[];
  created: number;
  metadata: Record<string, string>;
};
/** A security group of a project (seeded, I-31), with nova's ingress rules. */
export type SecurityGroupRec = S['ComputeSecurityGroup'];
/** A server's lease (api-notes 4.8 "Lease"); times are epoch ms, `due` is computed on read. */
export type LeaseRec = Omit<S['ResourceTenancy'], 'due' | 'tenancyDay'>;
/**
 * A hypervisor (api-notes Part 5: HvHost 1─1 Hypervisor): a CVK, KVM or ESXi host behind the
 * nova-compute service `host`, in availability zone `zone`. Usage is counted from the servers.
 */
export type HypervisorRec = {
  id: string;
  zone: string;
  host: string;
  service_id: string;
  hypervisor_hostname: string;
  hypervisor_type: string;
  hypervisor_version: number;
  host_ip: string;
  vcpus: number;
  memory_mb: number;
  local_gb: number;
  status: 'enabled' | 'disabled';
  state: 'up' | 'down';
  disabled_reason: string | null;
  cpu_info: string | null;
};
/**
 * A project's quota counters beyond compute (api-notes 4.8), keyed by the limit's wire name
 * (`maxTotalVolumes`, …): `max` (-1 = unlimited) and the stored usage of the same counter.
 */
/** A nova host aggregate (§1.14): compute hosts of one zone (`availability_zone` = the zone's name). */
export type AggregateRec = Omit<S['Aggregate'], 'metadata'> & { metadata: Record<string, string> };

/** A compute node (§1.15) as stored; `virtType`, `zone` and the counts are derived on read. */
export type ComputeNodeRec = Omit<
  S['ComputeNode'],
  'virtType' | 'zone' | 'hypervisors' | 'servers'
>;

/** A DRX policy (§1.17): `uuid` is the listener id; `tenantId` the organisation that owns it. */
export type DrxRec = S['Drx'] & { tenantId: string };
/** mana_api: a physical machine of a project, by serial number (api-notes Part 5). */
export type PmRec = { snid: string; tenantId: string; model: string };
/** mana_api: a transfer order (001); `mailto` is who was notified. */
export type PmOrderRec = S['PmOrder'] & { mailto: string[] };
/** mana_api: a notice the service "sent" (refunds and orders), kept for inspection. */
export type PmMailRec = { at: string; to: string[]; subject: string };
/** mana_api: a VM of a project in a region (003). */
export type ManaVmRec = S['ManaVm'] & { tenantId: string; region: string };

/** A cluster (or CAS host pool) of the CAS/VMware manager behind compute node `node` (§1.13). */
export type HvClusterRec = { node: string; id: string; name: string; subType: 'cluster' | 'pool' };
/** A host transition under way (maintenance, power): the host's `taskState` until it settles. */
export type HvHostTask = NonNullable<S['VmwHost']['taskState']>;
/** A CAS (CVK) or VMware (ESXi) host; `id` is a CAS number or a MoRef (`host-11`). */
export type HvHostRec = {
  node: string;
  id: string;
  clusterId: string;
  name: string;
  ip: string;
  model: string;
  serial: string;
  sockets: number;
  cores: number;
  cpuMHz: number;
  memoryMB: number;
  diskMB: number;
  nics: number;
  vswitch: string[];
  powerState: S['VmwPowerState'];
  connection: S['VmwConnectionState'];
  maintenance: boolean;
  bootedAt: number;
  task: HvHostTask | null;
};
/** A CAS storage pool or VMware datastore, on the hosts `hostIds`. */
export type HvStoreRec = {
  node: string;
  id: string;
  name: string;
  path: string;
  type: string;
  totalGB: number;
  /** Used by what is not a VM disk (ISOs, templates). */
  baseUsedGB: number;
  hostIds: string[];
};
/** A hypervisor-level VM snapshot; `parent` is another snapshot's name (null at the root). */
export type HvSnapRec = {
  name: string;
  desc: string;
  created: number;
  snapMem: boolean;
  parent: string | null;
};
/**
 * A VM on a CAS/VMware host. `serverId` is the cloud server it was adopted as ('' when not
 * managed); while that server exists its power state is the server's.
 */
export type HvVmRec = {
  node: string;
  id: string;
  name: string;
  hostId: string;
  clusterId: string;
  storeId: string;
  power: 'running' | 'stopped' | 'paused';
  cpu: number;
  memoryMB: number;
  diskGB: number;
  usedGB: number;
  windows: boolean;
  osDesc: string;
  guestId: string;
  ip: string;
  mac: string;
  serverId: string;
  migrating: boolean;
  snapshots: HvSnapRec[];
  currentSnap: string | null;
};

/**
 * A whole-VM snapshot of a server (004 §1.10 #7–12); `parent` is another snapshot's name (null at
 * a root). `mode` "1" internal / "2" external; `auto` marks one a snapshot policy took.
 */
export type VmSnapRec = {
  name: string;
  desc: string | null;
  created: number;
  snapMem: boolean;
  mode: '1' | '2';
  noStop: boolean;
  parent: string | null;
  status: S['VirtualSnapshotStatus'];
  auto: boolean;
};
/** The snapshot tree of one server; `current` is the snapshot the VM runs from (null = none). */
export type VmSnapTreeRec = { serverId: string; current: string | null; snaps: VmSnapRec[] };
/** A snapshot policy (004 §1.10 #1–5); `servers` are the bound servers' ids. */
export type SnapPolicyRec = Omit<S['SnapshotPolicy'], 'labelZones' | 'snapStrategyVm'> & {
  servers: string[];
};

/** A resource service of the catalogue (§1.6 item 1). */
export type ResourceServiceRec = S['ResourceService'];
/** A spec configuration (§1.6 item 2): the sub-types a norm's specs are made of. */
export type NormConfigRec = S['NormConfig'];
/** A single spec: one value of one sub-type. */
export type NormBasicRec = { uuid: string; subNormUuid: string; value: number | string };
/** A combined spec: one value per sub-type, each an existing single spec. */
export type NormAdvanceRec = {
  uuid: string;
  subNorms: { uuid: string; value: number | string }[];
  initPrice: number;
  unitPrice: number;
};
/** A norm (§1.6 item 3): `uuid` = its configuration's `normUuid`; the wire form is derived. */
export type NormRec = {
  uuid: string;
  serviceUuid: string;
  normName: string;
  description: string;
  models: string[];
  basics: NormBasicRec[];
  advances: NormAdvanceRec[];
};
/** An ironic node (§1.12, api-notes 4.2); times are epoch ms, the wire form is built on read. */
export type BmNodeRec = {
  /** Enrolment order (ironic's internal id): the default sort of the list. */
  id: number;
  uuid: string;
  name: string | null;
  driver: string;
  driver_info: Record<string, string>;
  driver_internal_info: Record<string, string | boolean>;
  provision_state: S['BmProvisionState'];
  target_provision_state: 'manageable' | 'available' | 'active' | null;
  power_state: 'power on' | 'power off' | null;
  target_power_state: NonNullable<S['BmPowerRequest']['target']> | null;
  maintenance: boolean;
  maintenance_reason: string | null;
  last_error: string | null;
  reservation: string | null;
  instance_uuid: string | null;
  instance_info: Record<string, unknown>;
  properties: Record<string, string>;
  extra: Record<string, unknown>;
  resource_class: string | null;
  chassis_uuid: string | null;
  network_interface: string;
  interfaces: Record<string, string | null>;
  clean_step: Record<string, unknown>;
  created: number;
  updated: number | null;
  provision_updated: number | null;
  inspection_started: number | null;
  inspection_finished: number | null;
  /** Moves on every transition started, so a superseded task (after an abort) does nothing. */
  seq: number;
};
/** An ironic port: a NIC of a node, by MAC (unique). */
export type BmPortRec = {
  uuid: string;
  address: string;
  node_uuid: string;
  portgroup_uuid: string | null;
  pxe_enabled: boolean;
  physical_network: string | null;
  local_link_connection: S['BmLocalLinkConnection'];
  extra: Record<string, unknown> | null;
  internal_info: Record<string, unknown> | null;
  created: number;
  updated: number | null;
};
/** An ironic portgroup (a bond) of a node. */
export type BmPortgroupRec = {
  uuid: string;
  node_uuid: string;
  name: string | null;
  address: string | null;
  mode: S['BmPortgroupMode'];
  standalone_ports_supported: boolean;
  properties: Record<string, unknown>;
  extra: Record<string, unknown> | null;
  internal_info: Record<string, unknown>;
  created: number;
  updated: number | null;
};

export type ProjectLimitsRec = {
  max: Record<string, number>;
  used: Record<string, number>;
  network_addresses: { cidr: string; ip_pools: { start_ip: string; end_ip: string }[] }[];
  /**
   * Quota-set values no read reports (`network.router`, `file_share.shares`, ...), keyed
   * `<block>.<field>`; written and echoed by os-quota-sets (004 §1.18 #3/#6). Absent = -1.
   */
  sets?: Record<string, number>;
};
/** A quota template (004 §1.6 items 7–11): a named preset, the vendor's field names. */
export type QuotaTemplateRec = S['QuotaTemplate'];
/** A server template (§1.11); `metadata.projectId` owns it, its image and flavor may be gone. */
export type ServerTemplateRec = S['ServerTemplate'];

export type TokenRec = {
  id: string;
  userId: string;
  projectId: string;
  methods: string[];
  issuedAt: number;
  expiresAt: number;
};

export type Task = {
  id: number;
  at: number;
  kind: string;
  ref: string;
  data?: Record<string, unknown>;
};

export type State = {
  version: 1;
  seed: number;
  scale: number;
  projects: ProjectRec[];
  users: UserRec[];
  roleGroups: RoleGroupRec[];
  userProjects: UserProjectRec[];
  azones: AzoneRec[];
  azoneProjects: AzoneProjectRec[];
  images: ImageRec[];
  imageTypes: ImageTypeRec[];
  keypairs: KeypairRec[];
  nextKeypairId: number;
  flavors: FlavorRec[];
  networks: NetworkRec[];
  servers: ServerRec[];
  nextInstanceNo: number;
  computeQuotas: Record<string, ComputeQuotaRec>;
  serverGroups: ServerGroupRec[];
  volumes: VolumeRec[];
  freePorts: FreePortRec[];
  securityGroups: SecurityGroupRec[];
  leases: LeaseRec[];
  hypervisors: HypervisorRec[];
  aggregates: AggregateRec[];
  nextAggregateId: number;
  computeNodes: ComputeNodeRec[];
  drx: DrxRec[];
  vmSnapTrees: VmSnapTreeRec[];
  snapPolicies: SnapPolicyRec[];
  nextSnapPolicyId: number;
  pms: PmRec[];
  pmOrders: PmOrderRec[];
  nextPmOrderId: number;
  pmMails: PmMailRec[];
  manaVms: ManaVmRec[];
  hvClusters: HvClusterRec[];
  hvHosts: HvHostRec[];
  hvStores: HvStoreRec[];
  hvVms: HvVmRec[];
  resourceServices: ResourceServiceRec[];
  normConfigs: NormConfigRec[];
  norms: NormRec[];
  projectLimits: Record<string, ProjectLimitsRec>;
  quotaTemplates: QuotaTemplateRec[];
  serverTemplates: ServerTemplateRec[];
  baremetalNodes: BmNodeRec[];
  nextBaremetalNodeId: number;
  baremetalPorts: BmPortRec[];
  baremetalPortgroups: BmPortgroupRec[];
  tokens: Record<string, TokenRec>;
  tasks: Task[];
  nextTaskId: number;
};
