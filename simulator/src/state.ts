// The simulator's world: every resource and relation (api-notes Part 5), as plain JSON so it can be
// persisted to one file. Areas add their collections here as they arrive.
import type { components } from '../../src/api/generated/schema.d.ts';

type S = components['schemas'];

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
export type ServerPortRec = { net_id: string; ip: string; mac: string };
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
};
/** A project's compute quota (api-notes 4.8); -1 = unlimited. Usage is counted from the servers. */
export type ComputeQuotaRec = { instances: number; cores: number; ram: number };

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
  tokens: Record<string, TokenRec>;
  tasks: Task[];
  nextTaskId: number;
};

export const CLOUD_ADMIN_GROUP = 'baae5505-cc96-4cf1-ad5a-a87285af90ae';
export const ADMIN_PROJECT = '9052ae85792143ff955c35c52e8e41bd';
export const ADMIN_USER = '1df71957d770436493a84f24d9344853';
