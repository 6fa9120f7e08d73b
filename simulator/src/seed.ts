// Deterministic seed data: a small but real-looking private cloud. Every value derives from the
// seed, so two machines (and two test runs) see the same world. `scale` multiplies the counts.
import { createRng, type Rng } from './rng.ts';
import { novaTime, sshEd25519Blob, sshFingerprint, sshRsaBlob } from './areas/keypairs.ts';
import {
  ADMIN_PROJECT,
  ADMIN_USER,
  CLOUD_ADMIN_GROUP,
  type AzoneRec,
  type FlavorRec,
  type ImageRec,
  type ImageTypeRec,
  type KeypairRec,
  type ComputeQuotaRec,
  type HypervisorRec,
  type ProjectLimitsRec,
  type NetworkRec,
  type ProjectRec,
  type ServerRec,
  type State,
  type UserRec,
} from './state.ts';

/** Seed timestamps count back from here, not from "now", so the data is reproducible. */
export const SEED_EPOCH = Date.parse('2026-11-01T08:00:00.000Z');

export const DEMO_PASSWORD = 'cloudos';
export const DEMO_ACCOUNTS = [
  { user: 'admin', password: DEMO_PASSWORD, role: 'cloud administrator (every project)' },
  { user: 'alice', password: DEMO_PASSWORD, role: 'tenant of chengdu' },
  { user: 'bob', password: DEMO_PASSWORD, role: 'tenant of mianyang' },
  { user: 'carol', password: DEMO_PASSWORD, role: 'tenant of chengdu and 研发中心' },
] as const;

export const GROUP_ORG_ADMIN = '5e0f6c1e-6a0b-4c7e-9a53-2f3f7c4c1a01';
export const GROUP_MEMBER = '5e0f6c1e-6a0b-4c7e-9a53-2f3f7c4c1a02';

const links = (id: string) => ({
  self: `http://api-kinton-service.default.svc.cloudos:9000/v3/projects/${id}`,
});

function project(
  id: string,
  name: string,
  parent: string,
  extra: Partial<ProjectRec> = {},
): ProjectRec {
  return {
    id,
    name,
    description: '',
    enabled: true,
    status: 'project.status.normal',
    is_domain: false,
    parent_id: parent,
    type: 'PUBLIC',
    domain_id: 'default',
    checkedOrg: false,
    links: links(id),
    label: name,
    cloud: false,
    cbmsFlag: true,
    ...extra,
  };
}

function identity(rng: Rng) {
  const p = {
    admin: ADMIN_PROJECT,
    chengdu: '66b6b770-d079-44a8-8cd9-3348bb185f60',
    mianyang: rng.hex(32),
    rd: rng.hex(32),
    finance: rng.hex(32),
    lab: rng.hex(32),
  };
  const projects: ProjectRec[] = [
    project(p.admin, 'admin', 'default', {
      label: 'sichuansheng',
      cloud: true,
      description: 'Cloud administrators',
    }),
    project(p.chengdu, 'chengdu', p.admin, { description: '成都分公司' }),
    project(p.mianyang, 'mianyang', p.admin, { description: '绵阳分公司' }),
    project(p.rd, '研发中心', p.chengdu, { description: 'R&D centre' }),
    project(p.finance, '财务部', p.admin, { description: 'Finance' }),
    project(p.lab, 'lab-archive', p.admin, {
      enabled: false,
      status: 'project.status.disabled',
      description: 'Retired test lab',
    }),
  ];
  const user = (
    id: string,
    name: string,
    display: string,
    defaultProjectId: string,
    enabled = true,
  ): UserRec => ({
    id,
    name,
    enabled,
    domain_id: 'default',
    display_name: display,
    password: DEMO_PASSWORD,
    defaultProjectId,
  });
  const u = {
    alice: rng.hex(32),
    bob: rng.hex(32),
    carol: rng.hex(32),
    dave: rng.hex(32),
    erin: rng.hex(32),
  };
  const users: UserRec[] = [
    user(ADMIN_USER, 'admin', 'admin', p.admin),
    user(u.alice, 'alice', 'Alice Wang', p.chengdu),
    user(u.bob, 'bob', 'Bob Li', p.mianyang),
    user(u.carol, 'carol', 'Carol Zhang', p.chengdu),
    user(u.dave, 'dave', 'Dave Chen', p.finance),
    user(u.erin, 'erin', 'Erin Zhao (left)', p.rd, false),
  ];
  const roleGroups = [
    {
      uuid: CLOUD_ADMIN_GROUP,
      name: 'cloudos.rolegroup.cloud',
      enabled: true,
      description: 'cloudos.rolegroup.cloud.desc',
      role_uuid: '9e8abc4d-2436-4a3d-b728-bf2bf9cbfa36',
    },
    {
      uuid: GROUP_ORG_ADMIN,
      name: 'cloudos.rolegroup.organization',
      enabled: true,
      description: 'cloudos.rolegroup.organization.desc',
      role_uuid: '2b0c3b8e-0b7f-4f2e-9a0c-5d9c1f4b7e11',
    },
    {
      uuid: GROUP_MEMBER,
      name: 'cloudos.rolegroup.member',
      enabled: true,
      description: 'cloudos.rolegroup.member.desc',
      role_uuid: '2b0c3b8e-0b7f-4f2e-9a0c-5d9c1f4b7e12',
    },
  ];
  const userProjects = [
    { userId: ADMIN_USER, projectId: p.admin, groupId: CLOUD_ADMIN_GROUP },
    { userId: u.alice, projectId: p.chengdu, groupId: GROUP_ORG_ADMIN },
    { userId: u.bob, projectId: p.mianyang, groupId: GROUP_ORG_ADMIN },
    { userId: u.carol, projectId: p.chengdu, groupId: GROUP_MEMBER },
    { userId: u.carol, projectId: p.rd, groupId: GROUP_ORG_ADMIN },
    { userId: u.dave, projectId: p.finance, groupId: GROUP_MEMBER },
    { userId: u.erin, projectId: p.rd, groupId: GROUP_MEMBER },
  ];
  const az = (
    id: string,
    zone: string,
    labelName: string,
    virtType: string,
    resourceType: string,
  ): AzoneRec => ({
    id,
    labelName,
    description: '',
    zone,
    virtType,
    resourceType,
    deleted: 0,
  });
  const azones = [
    az('7ec57105-33bc-43df-b750-dbc2438a5339', 'cas191p1c1', 'cas191p1c1', 'CAS', 'nova'),
    az(rng.uuid(), 'cinder191', 'cinder191', 'CAS', 'cinder'),
    az(rng.uuid(), 'caz19', 'caz19', 'CAS', 'nova'),
    az(rng.uuid(), 'vmw_dc01', 'VMware-DC01', 'VMware', 'nova'),
    az(rng.uuid(), 'kvm_pool2', 'KVM-Pool-2', 'KVM', 'nova'),
    az(rng.uuid(), 'iron1', 'iron1', 'BareMetal', 'ironic'),
  ];
  const azIds = azones.map((a) => a.id);
  const azoneProjects = [
    ...azIds.map((azoneId) => ({ azoneId, projectId: p.admin })),
    { azoneId: azIds[0] ?? '', projectId: p.chengdu },
    { azoneId: azIds[1] ?? '', projectId: p.chengdu },
    { azoneId: azIds[2] ?? '', projectId: p.mianyang },
    { azoneId: azIds[3] ?? '', projectId: p.mianyang },
    { azoneId: azIds[0] ?? '', projectId: p.rd },
    { azoneId: azIds[4] ?? '', projectId: p.rd },
    { azoneId: azIds[2] ?? '', projectId: p.finance },
  ];
  return { projects, users, roleGroups, userProjects, azones, azoneProjects, p };
}

type OsTemplate = {
  name: string;
  virt: ImageRec['virt_type'];
  format: NonNullable<ImageRec['disk_format']>;
  cas?: string;
  vmware?: string;
  minDisk: number;
  minRam: number;
  gib: [number, number];
};

const OS_TEMPLATES: OsTemplate[] = [
  {
    name: 'CentOS-7.9-x86_64',
    virt: 'CAS',
    format: 'qcow2',
    cas: 'linux|CentOS 7(64-bit)',
    minDisk: 20,
    minRam: 1024,
    gib: [0.9, 1.4],
  },
  {
    name: 'ubuntu-22.04-server',
    virt: 'CAS',
    format: 'iso',
    cas: 'linux|Ubuntu Linux(64-bit)',
    minDisk: 20,
    minRam: 2048,
    gib: [1.4, 1.9],
  },
  {
    name: 'ubuntu-24.04-cloudimg',
    virt: 'KVM',
    format: 'qcow2',
    cas: 'linux|Ubuntu Linux(64-bit)',
    minDisk: 10,
    minRam: 1024,
    gib: [0.5, 0.7],
  },
  {
    name: 'Rocky-9.4-GenericCloud',
    virt: 'KVM',
    format: 'qcow2',
    cas: 'linux|Red Hat Enterprise Linux 9(64-bit)',
    minDisk: 10,
    minRam: 1024,
    gib: [0.8, 1.1],
  },
  {
    name: 'openEuler-22.03-LTS',
    virt: 'CAS',
    format: 'qcow2',
    cas: 'linux|openEuler 22.03(64-bit)',
    minDisk: 40,
    minRam: 2048,
    gib: [1.1, 1.6],
  },
  {
    name: 'Kylin-V10-SP3-arm',
    virt: 'CAS',
    format: 'iso',
    cas: 'linux|Kylin Linux Advanced Server V10(64-bit)',
    minDisk: 50,
    minRam: 4096,
    gib: [3.9, 4.4],
  },
  {
    name: 'Windows-Server-2019-DC',
    virt: 'VMware',
    format: 'vmdk',
    vmware: 'windows9Server64Guest',
    minDisk: 60,
    minRam: 4096,
    gib: [9.5, 12],
  },
  {
    name: 'Windows-Server-2022-Std',
    virt: 'VMware',
    format: 'vmdk',
    vmware: 'windows2019srvNext_64Guest',
    minDisk: 60,
    minRam: 4096,
    gib: [10, 13],
  },
  {
    name: 'rhel-8.10-vmware',
    virt: 'VMware',
    format: 'vmdk',
    vmware: 'rhel8_64Guest',
    minDisk: 40,
    minRam: 2048,
    gib: [1.8, 2.4],
  },
  {
    name: 'Windows-10-LTSC',
    virt: 'CAS',
    format: 'iso',
    cas: 'windows|Microsoft Windows 10(64-bit)',
    minDisk: 60,
    minRam: 4096,
    gib: [4.5, 5.2],
  },
  {
    name: 'debian-12-genericcloud',
    virt: 'Xen',
    format: 'raw',
    cas: 'linux|Debian GNU/Linux 12(64-bit)',
    minDisk: 8,
    minRam: 512,
    gib: [2, 2],
  },
  {
    name: 'baremetal-centos7-deploy',
    virt: 'BareMetal',
    format: 'raw',
    cas: 'linux|CentOS 7(64-bit)',
    minDisk: 100,
    minRam: 8192,
    gib: [3, 3.5],
  },
  {
    name: 'aix-7.2-powervm',
    virt: 'PowerVM',
    format: 'raw',
    cas: 'aix|AIX 7.2',
    minDisk: 40,
    minRam: 4096,
    gib: [6, 7],
  },
  {
    name: 'cirros-0.6.2',
    virt: 'KVM',
    format: 'qcow2',
    cas: 'linux|Other Linux(64-bit)',
    minDisk: 1,
    minRam: 64,
    gib: [0.02, 0.02],
  },
  {
    name: 'win2008r2-legacy',
    virt: 'CAS',
    format: 'vhd',
    cas: 'windows|Microsoft Windows Server 2008 R2(64-bit)',
    minDisk: 40,
    minRam: 2048,
    gib: [7, 8],
  },
];

const GIB = 1024 ** 3;
const iso = (ms: number) => new Date(ms).toISOString();

export function imageRecord(
  fields: Omit<Partial<ImageRec>, 'id'> & { id: string; name: string; owner: string },
  now: number,
): ImageRec {
  const id = fields.id;
  return {
    status: 'queued',
    size: null,
    virtual_size: null,
    visibility: 'private',
    description: '',
    disk_format: null,
    container_format: 'bare',
    virt_type: null,
    min_cpu: '1',
    min_ram: 1,
    min_disk: 1,
    user_name: null,
    created_at: iso(now),
    updated_at: iso(now),
    checksum: null,
    cas_ostype: null,
    vmware_ostype: null,
    sysdisk_type: null,
    hw_vif_model: 'virtio',
    disk_bus: 'virtio',
    vmware_password: null,
    'os-region-name': '',
    file: `/v2/images/${id}/file`,
    self: `/v2/images/${id}`,
    schema: '/v2/schemas/image',
    tags: [],
    protected: false,
    image_type: 'image',
    instance_uuid: null,
    blob: null,
    ...fields,
  };
}

function images(rng: Rng, p: ReturnType<typeof identity>['p'], scale: number): ImageRec[] {
  const out: ImageRec[] = [];
  const owners = [p.admin, p.admin, p.admin, p.chengdu, p.mianyang, p.rd, p.finance];
  const userFor: Record<string, string> = {
    [p.admin]: 'admin',
    [p.chengdu]: 'alice',
    [p.mianyang]: 'bob',
    [p.rd]: 'carol',
    [p.finance]: 'dave',
  };
  const rounds = Math.max(1, scale);
  for (let round = 0; round < rounds; round++) {
    for (const [i, t] of OS_TEMPLATES.entries()) {
      const owner = round === 0 && i < 9 ? p.admin : rng.pick(owners);
      const created = SEED_EPOCH - rng.int(2, 700) * 86400_000 - rng.int(0, 86399) * 1000;
      const size = Math.round(
        (rng.int(Math.round(t.gib[0] * 100), Math.round(t.gib[1] * 100)) * GIB) / 100,
      );
      const suffix = round === 0 ? '' : `-r${round}`;
      out.push(
        imageRecord(
          {
            id: rng.uuid(),
            name: `${t.name}${suffix}`,
            owner,
            status: 'active',
            size,
            virtual_size: t.format === 'qcow2' ? size * rng.int(3, 8) : null,
            visibility: owner === p.admin ? 'public' : rng.chance(0.2) ? 'public' : 'private',
            description: rng.chance(0.5) ? `${t.name} golden image` : '',
            disk_format: t.format,
            virt_type: t.virt,
            min_cpu: String(t.minRam >= 4096 ? 2 : 1),
            min_ram: t.minRam,
            min_disk: t.minDisk,
            user_name: userFor[owner] ?? 'admin',
            created_at: iso(created),
            updated_at: iso(created + rng.int(60, 3600) * 1000),
            checksum: rng.hex(32),
            cas_ostype: t.cas ?? null,
            vmware_ostype: t.vmware ?? null,
            sysdisk_type: t.virt === 'VMware' ? rng.pick(['thin', 'thick'] as const) : null,
            protected: owner === p.admin && rng.chance(0.3),
            blob: 'synthetic',
          },
          created,
        ),
      );
    }
  }
  // Every state a console must render: a snapshot, a queued record, a failed import, a
  // deactivated image and one still saving (it finishes shortly after the simulator starts).
  const extra = (
    name: string,
    owner: string,
    status: ImageRec['status'],
    more: Partial<ImageRec> = {},
  ) => {
    const created = SEED_EPOCH - rng.int(0, 30) * 86400_000;
    out.push(
      imageRecord(
        {
          ...more,
          id: rng.uuid(),
          name,
          owner,
          status,
          disk_format: 'qcow2',
          virt_type: 'CAS',
          cas_ostype: 'linux|CentOS 7(64-bit)',
          min_disk: 20,
          min_ram: 1024,
          user_name: userFor[owner] ?? 'admin',
          created_at: iso(created),
          updated_at: iso(created),
        },
        created,
      ),
    );
  };
  extra('web01-snap-20261020', p.chengdu, 'active', {
    image_type: 'snapshot',
    size: 3 * GIB,
    checksum: rng.hex(32),
    instance_uuid: rng.uuid(),
    blob: 'synthetic',
  });
  extra('db-master-snap-weekly', p.mianyang, 'active', {
    image_type: 'snapshot',
    size: 12 * GIB,
    checksum: rng.hex(32),
    instance_uuid: rng.uuid(),
    blob: 'synthetic',
  });
  extra('centos-custom-pending', p.chengdu, 'queued');
  extra('ftp-import-failed', p.rd, 'killed', { description: 'md5 mismatch during FTP import' });
  extra('ubuntu-18.04-eol', p.admin, 'deactivated', {
    visibility: 'public',
    size: 1 * GIB,
    checksum: rng.hex(32),
    blob: 'synthetic',
  });
  extra('kylin-v10-uploading', p.admin, 'saving', { visibility: 'public', size: null });
  return out;
}

export function seedState(seed: number, scale: number): State {
  const rng = createRng(seed);
  const id = identity(rng);
  // Drawn in this order (the order of the fields below), so older seed data stays unchanged.
  const imgs = images(rng, id.p, scale);
  const types = imageTypes(rng);
  const keys = keypairs(rng, id.users);
  const flavs = flavors(rng);
  const nets = networks(rng, id.p);
  const world = servers(rng, scale, {
    ...id,
    images: imgs,
    keypairs: keys,
    flavors: flavs,
    networks: nets,
  });
  return {
    version: 1,
    seed,
    scale,
    projects: id.projects,
    users: id.users,
    roleGroups: id.roleGroups,
    userProjects: id.userProjects,
    azones: id.azones,
    azoneProjects: id.azoneProjects,
    images: imgs,
    imageTypes: types,
    // Drawn after everything above so adding them left the older seed data unchanged.
    keypairs: keys,
    nextKeypairId: KEYPAIRS.length + 1,
    flavors: flavs,
    networks: nets,
    servers: world.servers,
    nextInstanceNo: world.servers.length + 1,
    computeQuotas: world.quotas,
    // Drawn from no rng, so adding them left every other seed value unchanged.
    hypervisors: seedHypervisors(world.servers, flavs, id.azones),
    projectLimits: seedProjectLimits(id.p, nets),
    ...serverSurroundings(seed, { ...id, images: imgs, servers: world.servers }),
    tokens: {},
    tasks: [],
    nextTaskId: 1,
  };
}

// [virtType, osType, operatingSystem, imageTypeName, addType]
const IMAGE_TYPES: [string, string, string, string, 0 | 1][] = [
  ['CAS', 'Linux', 'linux|Asianux 4(32-bit)', 'Asianux Server 4 (32 bit)', 0],
  ['CAS', 'Linux', 'linux|Asianux 4(64-bit)', 'Asianux Server 4 (64 bit)', 0],
  ['CAS', 'Linux', 'linux|CentOS 7(64-bit)', 'CentOS 7 (64 bit)', 0],
  ['CAS', 'Linux', 'linux|CentOS 8(64-bit)', 'CentOS 8 (64 bit)', 0],
  ['CAS', 'Linux', 'linux|Ubuntu Linux(64-bit)', 'Ubuntu Linux (64 bit)', 0],
  [
    'CAS',
    'Linux',
    'linux|Red Hat Enterprise Linux 7(64-bit)',
    'Red Hat Enterprise Linux 7 (64 bit)',
    0,
  ],
  [
    'CAS',
    'Linux',
    'linux|Red Hat Enterprise Linux 9(64-bit)',
    'Red Hat Enterprise Linux 9 (64 bit)',
    0,
  ],
  [
    'CAS',
    'Linux',
    'linux|SUSE Linux Enterprise Server 15(64-bit)',
    'SUSE Linux Enterprise Server 15 (64 bit)',
    0,
  ],
  ['CAS', 'Linux', 'linux|openEuler 22.03(64-bit)', 'openEuler 22.03 LTS (64 bit)', 0],
  [
    'CAS',
    'Linux',
    'linux|Kylin Linux Advanced Server V10(64-bit)',
    'Kylin Linux Advanced Server V10 (64 bit)',
    0,
  ],
  ['CAS', 'Linux', 'linux|Debian GNU/Linux 12(64-bit)', 'Debian GNU/Linux 12 (64 bit)', 0],
  ['CAS', 'Linux', 'linux|Other Linux(64-bit)', 'Other Linux (64 bit)', 0],
  ['CAS', 'Windows', 'windows|Microsoft Windows 7(32-bit)', 'Microsoft Windows 7 (32 bit)', 0],
  ['CAS', 'Windows', 'windows|Microsoft Windows 10(64-bit)', 'Microsoft Windows 10 (64 bit)', 0],
  [
    'CAS',
    'Windows',
    'windows|Microsoft Windows Server 2008 R2(64-bit)',
    'Microsoft Windows Server 2008 R2 (64 bit)',
    0,
  ],
  [
    'CAS',
    'Windows',
    'windows|Microsoft Windows Server 2016(64-bit)',
    'Microsoft Windows Server 2016 (64 bit)',
    0,
  ],
  [
    'CAS',
    'Windows',
    'windows|Microsoft Windows Server 2019(64-bit)',
    'Microsoft Windows Server 2019 (64 bit)',
    0,
  ],
  ['CAS', 'Linux', 'linux|UnionTech OS Server 20(64-bit)', 'UOS Server 20 (64 bit)', 1],
  ['VMware', 'Linux', 'ubuntu64Guest', 'Ubuntu Linux (64-bit)', 0],
  ['VMware', 'Linux', 'centos7_64Guest', 'CentOS 7 (64-bit)', 0],
  ['VMware', 'Linux', 'rhel7_64Guest', 'Red Hat Enterprise Linux 7 (64-bit)', 0],
  ['VMware', 'Linux', 'rhel8_64Guest', 'Red Hat Enterprise Linux 8 (64-bit)', 0],
  ['VMware', 'Linux', 'sles15_64Guest', 'SUSE Linux Enterprise 15 (64-bit)', 0],
  ['VMware', 'Linux', 'debian11_64Guest', 'Debian GNU/Linux 11 (64-bit)', 0],
  ['VMware', 'Linux', 'otherLinux64Guest', 'Other Linux (64-bit)', 0],
  ['VMware', 'Windows', 'windows9_64Guest', 'Microsoft Windows 10 (64-bit)', 0],
  ['VMware', 'Windows', 'windows9Server64Guest', 'Microsoft Windows Server 2016 (64-bit)', 0],
  ['VMware', 'Windows', 'windows2019srvNext_64Guest', 'Microsoft Windows Server 2022 (64-bit)', 0],
  ['VMware', 'Windows', 'win31Guest', 'Microsoft Windows 3.1', 1],
  ['KVM', 'Linux', 'linux|Ubuntu Linux(64-bit)', 'Ubuntu Linux (64 bit)', 0],
  ['KVM', 'Linux', 'linux|Red Hat Enterprise Linux 9(64-bit)', 'Rocky / RHEL 9 (64 bit)', 0],
  ['KVM', 'Linux', 'linux|Other Linux(64-bit)', 'Other Linux (64 bit)', 0],
  ['Xen', 'Linux', 'linux|Debian GNU/Linux 12(64-bit)', 'Debian GNU/Linux 12 (64 bit)', 0],
  ['Xen', 'Linux', 'Debian GNU/Linux 4 (64 bit)', 'Asianux Server 4 (64 bit)', 1],
  ['BareMetal', 'Linux', 'linux|CentOS 7(64-bit)', 'CentOS 7 bare metal (64 bit)', 0],
  ['PowerVM', 'AIX', 'aix|AIX 7.2', 'IBM AIX 7.2', 0],
];

function imageTypes(rng: Rng): ImageTypeRec[] {
  return IMAGE_TYPES.map(([virtType, osType, operatingSystem, imageTypeName, addType], i) => ({
    uuid: i === 0 ? '321451c1-be59-47b9-b1dd-d345a8ecfc76' : rng.uuid(),
    imageTypeName,
    description: addType === 1 ? 'Added by the platform team' : '',
    virtType,
    osType,
    operatingSystem,
    addType,
    updateTime: addType === 1 ? iso(SEED_EPOCH - rng.int(1, 200) * 86400_000) : null,
  }));
}

// [user, name, algorithm, comment]
const KEYPAIRS: [string, string, 'rsa' | 'ed25519', string][] = [
  ['admin', 'ops-bastion', 'rsa', 'ops@bastion-01'],
  ['admin', 'admin-laptop', 'ed25519', 'admin@cloudos-mgmt'],
  ['alice', 'alice-mbp', 'ed25519', 'alice@alice-mbp.local'],
  ['alice', 'chengdu-deploy', 'rsa', 'jenkins@ci-chengdu'],
  ['bob', 'bob-workstation', 'rsa', 'bob@mianyang-ws07'],
  ['carol', 'carol-rd', 'ed25519', 'carol@rd-dev-12'],
  ['carol', 'rd-gitlab-runner', 'rsa', 'gitlab-runner@rd-ci'],
];

/** Real-looking, reproducible public keys: the blobs are well formed, the key bits are random. */
function keypairs(rng: Rng, users: UserRec[]): KeypairRec[] {
  const bytes = (n: number) => Buffer.from(rng.hex(n * 2), 'hex');
  return KEYPAIRS.map(([userName, name, algo, comment], i) => {
    const user = users.find((u) => u.name === userName);
    if (!user) throw new Error(`seed: no user ${userName}`);
    let blob: Buffer;
    if (algo === 'rsa') {
      const n = bytes(256);
      n[0] = (n[0] ?? 0) | 0x80;
      blob = sshRsaBlob(Buffer.from([1, 0, 1]), n);
    } else {
      blob = sshEd25519Blob(bytes(32));
    }
    const prefix = algo === 'rsa' ? 'ssh-rsa' : 'ssh-ed25519';
    return {
      id: i + 1,
      name,
      type: 'ssh',
      public_key: `${prefix} ${blob.toString('base64')} ${comment}`,
      fingerprint: sshFingerprint(blob),
      user_id: user.id,
      created_at: novaTime(SEED_EPOCH - rng.int(2, 300) * 86400_000 - rng.int(0, 86399_999)),
      updated_at: null,
      deleted: false,
      deleted_at: null,
    };
  });
}

// [name, vcpus, ram MB, disk GB, public, disabled, ephemeral GB, swap MB]
const FLAVORS: [string, number, number, number, boolean, boolean, number, number][] = [
  ['m1.tiny', 1, 512, 1, true, false, 0, 0],
  ['m1.small', 1, 2048, 20, true, false, 0, 0],
  ['m1.medium', 2, 4096, 40, true, false, 0, 0],
  ['m1.large', 4, 8192, 80, true, false, 0, 0],
  ['m1.xlarge', 8, 16384, 160, true, false, 0, 0],
  ['HP_4*16*60', 4, 16384, 60, true, false, 0, 0],
  ['HP_2*4*40', 2, 4096, 40, true, false, 0, 0],
  ['HP_8*32*100', 8, 32768, 100, true, false, 0, 0],
  ['HP_16*64*200', 16, 65536, 200, true, false, 0, 0],
  ['c2.large', 4, 4096, 40, true, false, 0, 0],
  ['r2.large', 2, 16384, 40, true, false, 0, 0],
  ['db.8c64g', 8, 65536, 200, false, false, 100, 4096],
  ['gpu.8c32g.t4', 8, 32768, 100, false, false, 0, 0],
  ['m0.nano-legacy', 1, 256, 1, true, true, 0, 0],
  ['win.4c8g-2016', 4, 8192, 60, false, true, 0, 2048],
];

function flavors(rng: Rng): FlavorRec[] {
  return FLAVORS.map(([name, vcpus, ram, disk, isPublic, disabled, ephemeral, swap]) => ({
    // The documents' HP_4*16*60 keeps its documented id (004:L20650).
    id: name === 'HP_4*16*60' ? '00974fcf-6cde-4647-a3b9-8fa9faedb061' : rng.uuid(),
    name,
    ram,
    vcpus,
    disk,
    swap,
    ephemeral,
    rxtx_factor: 1.0,
    is_public: isPublic,
    disabled,
  }));
}

// Networks: the documents have no network API (api-notes I-31), so servers boot on these.
// [project key, name, shared, cidr]
const NETWORKS: [string, string, boolean, string][] = [
  ['admin', 'public-net', true, '172.25.0.0/16'],
  ['admin', 'mgmt-net', false, '10.10.0.0/16'],
  ['chengdu', 'chengdu-biz', false, '10.11.0.0/16'],
  ['chengdu', 'chengdu-db', false, '10.12.0.0/16'],
  ['mianyang', 'mianyang-net', false, '10.20.0.0/16'],
  ['rd', 'rd-dev', false, '10.30.0.0/16'],
  ['finance', 'finance-net', false, '10.40.0.0/16'],
  ['lab', 'lab-net', false, '10.50.0.0/16'],
];

function networks(rng: Rng, p: ReturnType<typeof identity>['p']): NetworkRec[] {
  return NETWORKS.map(([key, name, shared, cidr]) => ({
    id: rng.uuid(),
    name,
    tenant_id: p[key as keyof typeof p],
    shared,
    cidr,
  }));
}

/** Compute nodes (nova-compute hosts) and their hypervisors, per availability zone. */
export const ZONE_HOSTS: Record<string, [string, string][]> = {
  cas191p1c1: [
    ['compcas5mbw87y2rc', 'cvknode191(CVM10.125.26.11)'],
    ['compcas31qzy7d3rc', 'cvknode192(CVM10.125.26.12)'],
  ],
  caz19: [
    ['cpn-host11rc', 'cvknode193(CVM10.125.26.13)'],
    ['cpn-host12rc', 'cvknode194(CVM10.125.26.14)'],
  ],
  vmw_dc01: [['compvmw01dc01rc', 'esxi-01.dc01.local']],
  kvm_pool2: [
    ['compkvm2a01', 'kvm2a01'],
    ['compkvm2a02', 'kvm2a02'],
  ],
};

export const ipToInt = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
export const intToIp = (n: number) =>
  [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');

/** status → [vm_state, power_state] (api-notes 4.1). */
export const STATUS_STATES: Record<
  ServerRec['status'],
  [ServerRec['vm_state'], ServerRec['power_state']]
> = {
  BUILD: ['building', 0],
  ACTIVE: ['active', 1],
  SHUTOFF: ['stopped', 4],
  SUSPENDED: ['suspended', 7],
  PAUSED: ['paused', 3],
  REBOOT: ['active', 1],
  HARD_REBOOT: ['active', 1],
  RESIZE: ['active', 1],
  VERIFY_RESIZE: ['resized', 1],
  SHELVED: ['shelved', 4],
  SHELVED_OFFLOADED: ['shelved_offloaded', 4],
  ERROR: ['error', 0],
  DELETED: ['deleted', 0],
};

const TRANSIENT_TASK: Partial<Record<ServerRec['status'], ServerRec['task_state']>> = {
  BUILD: 'spawning',
  REBOOT: 'rebooting',
  HARD_REBOOT: 'rebooting_hard',
  RESIZE: 'resize_prep',
};

// [status, weight]
const SEED_STATUSES: [ServerRec['status'], number][] = [
  ['ACTIVE', 50],
  ['SHUTOFF', 14],
  ['SUSPENDED', 4],
  ['PAUSED', 3],
  ['SHELVED', 2],
  ['SHELVED_OFFLOADED', 5],
  ['ERROR', 4],
  ['BUILD', 3],
  ['REBOOT', 1],
  ['HARD_REBOOT', 1],
  ['RESIZE', 2],
];

const SERVER_WORDS = [
  'web',
  'api',
  'db',
  'cache',
  'mq',
  'etl',
  'jenkins',
  'gitlab',
  'k8s-node',
  'bastion',
  'ftp',
  'report',
];

function servers(
  rng: Rng,
  scale: number,
  w: ReturnType<typeof identity> & {
    images: ImageRec[];
    keypairs: KeypairRec[];
    flavors: FlavorRec[];
    networks: NetworkRec[];
  },
): { servers: ServerRec[]; quotas: Record<string, ComputeQuotaRec> } {
  const { p } = w;
  const counts: [string, number][] = [
    [p.admin, 40],
    [p.chengdu, 70],
    [p.mianyang, 50],
    [p.rd, 50],
    [p.finance, 30],
    [p.lab, 8],
  ];
  const totalWeight = SEED_STATUSES.reduce((n, [, wgt]) => n + wgt, 0);
  const pickStatus = () => {
    let r = rng.int(1, totalWeight);
    for (const [status, wgt] of SEED_STATUSES) if ((r -= wgt) <= 0) return status;
    return 'ACTIVE';
  };
  const flavors = w.flavors.filter((f) => f.is_public && !f.disabled);
  const nextIp: Record<string, number> = {};
  const out: ServerRec[] = [];
  let no = 1;
  for (const [project, n] of counts) {
    const users = w.userProjects.filter((up) => up.projectId === project).map((up) => up.userId);
    if (users.length === 0) users.push(ADMIN_USER);
    const zones = w.azoneProjects
      .filter((ap) => ap.projectId === project)
      .map((ap) => w.azones.find((a) => a.id === ap.azoneId))
      .filter((a): a is AzoneRec => a?.resourceType === 'nova');
    const imgs = w.images.filter(
      (i) => i.status === 'active' && (i.visibility === 'public' || i.owner === project),
    );
    const nets = w.networks.filter((x) => x.tenant_id === project || x.shared);
    for (let i = 0; i < n * Math.max(1, scale); i++) {
      const image = rng.pick(imgs);
      const fits = flavors.filter((f) => f.ram >= image.min_ram && f.disk >= image.min_disk);
      const flavor = rng.pick(fits.length ? fits : flavors);
      const zone =
        project === p.lab
          ? rng.pick(w.azones.filter((a) => a.resourceType === 'nova'))
          : rng.pick(zones);
      const [host, hyper] = rng.pick(ZONE_HOSTS[zone.zone] ?? [[`comp-${zone.zone}`, zone.zone]]);
      const userId = rng.pick(users);
      const keys = w.keypairs.filter((k) => k.user_id === userId);
      const status: ServerRec['status'] = project === p.lab ? 'SHUTOFF' : pickStatus();
      const created = SEED_EPOCH - rng.int(1, 400) * 86400_000 - rng.int(0, 86399) * 1000;
      const net = rng.pick(nets);
      const base = ipToInt(net.cidr.split('/')[0] ?? '0.0.0.0');
      nextIp[net.id] = (nextIp[net.id] ?? 1) + 1;
      const word = rng.pick(SERVER_WORDS);
      const name = `${word}-${String(i + 1).padStart(2, '0')}`;
      const [vm, power] = STATUS_STATES[status];
      const offloaded = status === 'SHELVED_OFFLOADED';
      const rec: ServerRec = {
        id: rng.uuid(),
        name,
        tenant_id: project,
        user_id: userId,
        status,
        vm_state: vm,
        task_state: TRANSIENT_TASK[status] ?? null,
        power_state: power,
        flavor_id: flavor.id,
        image_id: image.id,
        key_name: keys.length && rng.chance(0.6) ? rng.pick(keys).name : null,
        az: zone.zone,
        host: offloaded ? null : host,
        hypervisor_hostname: offloaded ? null : hyper,
        instance_name: `instance-${(no++).toString(16).padStart(8, '0')}`,
        metadata: {
          user_name: w.users.find((u) => u.id === userId)?.name ?? 'admin',
          alias: rng.chance(0.4) ? `${word}服务器${i + 1}` : name,
          description: rng.chance(0.3) ? `${word} tier` : '',
          zone_uuid: zone.id,
          enableAdminPass: rng.chance(0.7) ? '1' : '0',
        },
        ports: [
          {
            net_id: net.id,
            ip: intToIp(base + (nextIp[net.id] ?? 2)),
            mac: `fa:16:3e:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`,
          },
        ],
        security_groups: ['default'],
        config_drive: rng.chance(0.5),
        created,
        updated: status === 'BUILD' ? created : created + rng.int(60, 3 * 86400) * 1000,
        launched_at:
          status === 'BUILD' || (status === 'ERROR' && rng.chance(0.5))
            ? null
            : created + rng.int(20, 120) * 1000,
      };
      if (status === 'BUILD') {
        // A build is minutes old, not months.
        rec.created = SEED_EPOCH - rng.int(10, 120) * 1000;
        rec.updated = rec.created;
      }
      out.push(rec);
    }
  }
  const quotas: Record<string, ComputeQuotaRec> = {};
  for (const [project] of counts) {
    const mine = out.filter((x) => x.tenant_id === project);
    const used = { instances: mine.length, cores: 0, ram: 0 };
    for (const x of mine) {
      const f = w.flavors.find((fl) => fl.id === x.flavor_id);
      used.cores += f?.vcpus ?? 0;
      used.ram += f?.ram ?? 0;
    }
    quotas[project] =
      project === p.admin
        ? { instances: -1, cores: -1, ram: -1 }
        : project === p.finance
          ? // Nearly full, so the console (and the tests) can meet "Quota exceeded".
            { instances: used.instances + 3, cores: used.cores + 8, ram: used.ram + 16384 }
          : {
              instances: Math.ceil(used.instances * 1.5) + 10,
              cores: Math.ceil(used.cores * 1.5) + 20,
              ram: Math.ceil(used.ram * 1.5) + 40960,
            };
  }
  return { servers: out, quotas };
}

// ─── Servers' surroundings: security groups, volumes, server groups and leases ───────────────
// Drawn from their own generator (derived from the seed) so they neither shift nor depend on the
// data drawn before them.

/** The resource-service id of 主机 (servers), the `serUuid` of a server's lease (004:L10462). */
export const SERVER_SERVICE_ID = '17037211-2c0c-4703-98e8-81d0202a46e7';

/** The e-mail shown on a lease: the documents' example has `admin@test.com` for admin. */
export const leaseEmail = (userName: string) => `${userName}@test.com`;

type SgRule = [
  protocol: 'tcp' | 'udp' | 'icmp' | null,
  from: number | null,
  to: number | null,
  cidr: string | null,
];
// [name, description, rules]; `default` admits its own members (a null cidr names the group).
const SECURITY_GROUPS: [string, string, SgRule[]][] = [
  ['default', 'default', [[null, null, null, null]]],
  [
    'web',
    'HTTP and HTTPS from anywhere',
    [
      ['tcp', 80, 80, '0.0.0.0/0'],
      ['tcp', 443, 443, '0.0.0.0/0'],
    ],
  ],
  [
    'ssh-admin',
    'SSH and ping from the office',
    [
      ['tcp', 22, 22, '10.0.0.0/8'],
      ['icmp', -1, -1, '10.0.0.0/8'],
    ],
  ],
  [
    'db-internal',
    'MySQL and Redis inside the VPC',
    [
      ['tcp', 3306, 3306, '10.0.0.0/8'],
      ['tcp', 6379, 6379, '10.0.0.0/8'],
    ],
  ],
];

const VOLUME_TYPES = ['SSD', 'SAS', 'SATA'];

type SeedVolume = State['volumes'][number];
type SeedSecurityGroup = State['securityGroups'][number];
type SeedServerGroup = State['serverGroups'][number];
type SeedLease = State['leases'][number];

export function serverSurroundings(
  seed: number,
  w: ReturnType<typeof identity> & { images: ImageRec[]; servers: ServerRec[] },
): Pick<State, 'securityGroups' | 'volumes' | 'serverGroups' | 'leases'> {
  const rng = createRng(seed ^ 0x5e7e5);
  const securityGroups: SeedSecurityGroup[] = [];
  const volumes: SeedVolume[] = [];
  const serverGroups: SeedServerGroup[] = [];
  const leases: SeedLease[] = [];
  const day = 86400_000;
  let due = 0;
  for (const project of w.projects) {
    const pid = project.id;
    const mine = w.servers.filter((s) => s.tenant_id === pid);
    const users = w.userProjects.filter((up) => up.projectId === pid).map((up) => up.userId);
    if (users.length === 0) users.push(ADMIN_USER);
    const userName = (id: string) => w.users.find((u) => u.id === id)?.name ?? 'admin';

    // Security groups: `default` and most of the others.
    const chosen = SECURITY_GROUPS.filter(([name]) => name === 'default' || rng.chance(0.75));
    for (const [name, description, rules] of chosen) {
      const id = rng.uuid();
      securityGroups.push({
        id,
        name,
        description,
        tenant_id: pid,
        rules: rules.map(([proto, from, to, cidr]) => ({
          id: rng.uuid(),
          parent_group_id: id,
          ip_protocol: proto,
          from_port: from,
          to_port: to,
          ip_range: cidr ? { cidr } : {},
          group: cidr ? {} : { name, tenant_id: pid },
        })),
      });
    }

    // Volumes: bootable system disks (available, for boot from volume), data disks attached to
    // servers (in-use), spare data disks (available) and a failed one (error).
    const cinder = w.azoneProjects
      .filter((ap) => ap.projectId === pid)
      .map((ap) => w.azones.find((a) => a.id === ap.azoneId))
      .find((a) => a?.resourceType === 'cinder');
    const az = cinder?.zone ?? 'nova';
    const imgs = w.images.filter(
      (i) =>
        i.status === 'active' &&
        i.image_type === 'image' &&
        (i.visibility === 'public' || i.owner === pid),
    );
    const volume = (v: Partial<SeedVolume> & { name: string; size: number }): SeedVolume => {
      const rec: SeedVolume = {
        id: rng.uuid(),
        description: '',
        tenant_id: pid,
        user_id: rng.pick(users),
        status: 'available',
        az,
        volume_type: rng.pick(VOLUME_TYPES),
        bootable: false,
        image_id: null,
        attachments: [],
        created: SEED_EPOCH - rng.int(1, 300) * day - rng.int(0, 86399) * 1000,
        metadata: {},
        ...v,
      };
      volumes.push(rec);
      return rec;
    };
    for (let i = 0; i < 3 && imgs.length > 0; i++) {
      const img = rng.pick(imgs);
      const size = Math.max(img.min_disk, rng.pick([20, 40, 50, 80]));
      volume({
        name: `${img.name.split(/[-_ ]/)[0] ?? 'os'}-sysdisk-${i + 1}`.toLowerCase(),
        size,
        bootable: true,
        image_id: img.id,
        description: `System disk made from image ${img.name}`,
      });
    }
    const attachable = mine.filter((s) => s.status !== 'BUILD');
    const dataDisks = Math.min(attachable.length, Math.max(1, Math.round(mine.length / 6)));
    const devices: Record<string, number> = {};
    for (let i = 0; i < dataDisks; i++) {
      const s = rng.pick(attachable);
      const n = (devices[s.id] = (devices[s.id] ?? 0) + 1);
      volume({
        name: `${s.name}-data${n}`,
        size: rng.pick([50, 100, 200, 500]),
        status: 'in-use',
        user_id: s.user_id,
        created: s.created + rng.int(1, 30) * 60_000,
        attachments: [
          {
            server_id: s.id,
            device: `/dev/vd${String.fromCharCode(97 + n)}`,
            boot: false,
            delete_on_termination: false,
          },
        ],
      });
    }
    for (let i = 0; i < 3; i++)
      volume({ name: `spare-data-${i + 1}`, size: rng.pick([10, 50, 100, 1024]) });
    volume({ name: 'broken-disk', size: 100, status: 'error', description: 'Creation failed' });

    // Server groups: an anti-affinity pair on two nodes of one zone, an affinity trio on one
    // node, and an empty group.
    const placed = mine.filter((s) => s.host !== null);
    const byHost = new Map<string, ServerRec[]>();
    for (const s of placed) byHost.set(s.host ?? '', [...(byHost.get(s.host ?? '') ?? []), s]);
    const group = (name: string, policy: 'affinity' | 'anti-affinity', members: ServerRec[]) =>
      serverGroups.push({
        id: rng.uuid(),
        name,
        policies: [policy],
        members: members.map((s) => s.id),
        project_id: pid,
        user_id: rng.pick(users),
        metadata: {},
      });
    const zones = [...new Set(placed.map((s) => s.az))];
    const antiZone = zones.find(
      (z) => new Set(placed.filter((s) => s.az === z).map((s) => s.host)).size >= 2,
    );
    if (antiZone) {
      const [a, b] = [...new Set(placed.filter((s) => s.az === antiZone).map((s) => s.host ?? ''))];
      const first = placed.find((s) => s.host === a);
      const second = placed.find((s) => s.host === b);
      if (first && second)
        group(rng.pick(['db-ha', 'mysql-ha', 'etcd-spread']), 'anti-affinity', [first, second]);
    }
    // Nova keeps a server in one group at most: the trio leaves out the anti-affinity pair.
    const grouped = new Set(
      serverGroups.filter((g) => g.project_id === pid).flatMap((g) => g.members),
    );
    const crowded =
      [...byHost.values()]
        .map((list) => list.filter((s) => !grouped.has(s.id)))
        .sort((x, y) => y.length - x.length)[0] ?? [];
    if (crowded.length >= 2)
      group(
        rng.pick(['cache-affinity', 'app-colocate', '前端亲和组']),
        'affinity',
        crowded.slice(0, 3),
      );
    group(rng.pick(['批处理组', 'batch-group', 'spare-group']), 'anti-affinity', []);

    // Leases: about a third of the servers; two already due, a few ending within three days.
    for (const s of mine) {
      if (!rng.chance(1 / 3) || s.status === 'BUILD') continue;
      const roll = rng.next();
      let end: number;
      if (pid !== ADMIN_PROJECT && due < 2 && roll < 0.05) {
        end = SEED_EPOCH - rng.int(1, 72) * 3600_000;
        due++;
      } else if (roll < 0.14) {
        end = SEED_EPOCH + rng.int(1, 60) * 3600_000;
      } else {
        end = SEED_EPOCH + rng.int(7, 365) * day + rng.int(0, 86399) * 1000;
      }
      const start = Math.min(s.created + rng.int(0, 3600) * 1000, end - day);
      leases.push({
        uuid: rng.uuid(),
        userUuid: s.user_id,
        userName: userName(s.user_id),
        email: leaseEmail(userName(s.user_id)),
        serUuid: SERVER_SERVICE_ID,
        resUuid: s.id,
        resName: s.name,
        startTime: start,
        endTime: end,
        tenantId: pid,
        deleted: false,
        notified: end - SEED_EPOCH < 3 * day,
      });
    }
  }
  return { securityGroups, volumes, serverGroups, leases };
}

/** nova's `reserved_host_memory_mb`: what a compute host keeps for itself. */
export const RESERVED_HOST_MEMORY_MB = 512;

/** A hypervisor record; type, version and cpu_info follow the zone's virtualization type. */
export function hypervisorRecord(
  f: Omit<
    HypervisorRec,
    'hypervisor_type' | 'hypervisor_version' | 'status' | 'state' | 'disabled_reason' | 'cpu_info'
  > &
    Partial<Pick<HypervisorRec, 'status' | 'state' | 'disabled_reason'>>,
  virtType: string,
): HypervisorRec {
  const vmware = virtType === 'VMware';
  const threads = 2;
  const sockets = f.vcpus >= 64 ? 2 : 1;
  return {
    hypervisor_type: vmware ? 'VMware vCenter Server' : 'QEMU',
    // nova's integer form: vCenter 6.7.0, CAS's QEMU as in the example (004:L8177), QEMU 6.2.0.
    hypervisor_version: vmware ? 6007000 : virtType === 'CAS' ? 2007 : 6002000,
    status: 'enabled',
    state: 'up',
    disabled_reason: null,
    cpu_info: JSON.stringify({
      arch: 'x86_64',
      model: vmware ? 'Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz' : 'Cascadelake-Server-noTSX',
      vendor: 'Intel',
      topology: {
        cells: sockets,
        sockets,
        cores: Math.max(1, Math.floor(f.vcpus / sockets / threads)),
        threads,
      },
      features: ['vmx', 'aes', 'avx', 'avx2', 'avx512f', 'sse4.2', 'pdpe1gb', 'x2apic'],
    }),
    ...f,
  };
}

// Hosts beyond the servers' placement list (ZONE_HOSTS), so the console meets a host in
// maintenance and one whose nova-compute stopped reporting. No server is placed on them.
// [zone, host, hypervisor, status, state, disabled reason]
const EXTRA_HOSTS: [
  string,
  string,
  string,
  'enabled' | 'disabled',
  'up' | 'down',
  string | null,
][] = [
  [
    'caz19',
    'cpn-host13rc',
    'cvknode195(CVM10.125.26.15)',
    'disabled',
    'up',
    'Hardware maintenance: replacing a DIMM',
  ],
  ['kvm_pool2', 'compkvm2a03', 'kvm2a03', 'enabled', 'down', null],
];

/** Share of each host's capacity the seeded servers take, so hosts look used but not full. */
const HOST_LOAD = [0.62, 0.78, 0.55, 0.84, 0.47, 0.69, 0.73];
const CORE_COUNTS = [32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256];
const roundUp = (n: number, step: number) => Math.max(step, Math.ceil(n / step) * step);

/**
 * One hypervisor per compute host of ZONE_HOSTS (every seeded server's hypervisor_hostname names
 * one), plus EXTRA_HOSTS. Capacities are sized from the seeded load (vCPUs overcommitted ~4:1).
 */
export function seedHypervisors(
  servers: ServerRec[],
  flavors: FlavorRec[],
  azones: AzoneRec[],
): HypervisorRec[] {
  const virt = (zone: string) => azones.find((a) => a.zone === zone)?.virtType ?? 'CAS';
  const hosts: [string, string, string][] = Object.entries(ZONE_HOSTS).flatMap(([zone, list]) =>
    list.map(([host, hyper]): [string, string, string] => [zone, host, hyper]),
  );
  const out = hosts.map(([zone, host, hyper], i) => {
    const load = HOST_LOAD[i % HOST_LOAD.length] ?? 0.6;
    const used = { vcpus: 0, ram: RESERVED_HOST_MEMORY_MB, disk: 0 };
    for (const s of servers) {
      const f = flavors.find((x) => x.id === s.flavor_id);
      if (s.hypervisor_hostname !== hyper || !f) continue;
      used.vcpus += f.vcpus;
      used.ram += f.ram;
      used.disk += f.disk + f.ephemeral + Math.ceil(f.swap / 1024);
    }
    const cores = used.vcpus / (4 * load);
    return hypervisorRecord(
      {
        id: String(i + 1),
        zone,
        host,
        service_id: String(10 + i),
        hypervisor_hostname: hyper,
        host_ip: `10.101.37.${21 + i}`,
        vcpus: CORE_COUNTS.find((n) => n >= cores) ?? roundUp(cores, 64),
        memory_mb: roundUp(used.ram / load, 65536) - (1000 + ((i * 1537) % 5000)),
        local_gb: roundUp(used.disk / load, 500) - ((i * 37) % 200),
      },
      virt(zone),
    );
  });
  for (const [zone, host, hyper, status, state, reason] of EXTRA_HOSTS) {
    const i = out.length;
    out.push(
      hypervisorRecord(
        {
          id: String(i + 1),
          zone,
          host,
          service_id: String(10 + i),
          hypervisor_hostname: hyper,
          host_ip: `10.101.37.${21 + i}`,
          vcpus: 64,
          memory_mb: 515654,
          local_gb: 3375,
          status,
          state,
          disabled_reason: reason,
        },
        virt(zone),
      ),
    );
  }
  return out;
}

/** Quota counters kept as stored values (api-notes 4.8), in this order in PROJECT_LIMITS. */
const STORED_LIMITS = [
  'maxTotalSnapshots',
  'maxTotalBackups',
  'maxTotalFloatingIps',
  'maxFirewalls',
  'maxLoadbalancers',
  'maxListeners',
  'maxVpnServices',
  'maxVpc',
  'maxPrivateZone',
  'maxRecordSet',
] as const;
/**
 * Limits whose usage the quotas area counts from the state: networks, subnets, server NICs,
 * volumes, volume gigabytes and security groups.
 */
const COUNTED_LIMITS = [
  'maxNetworks',
  'maxSubnets',
  'maxVnic',
  'maxTotalVolumes',
  'maxTotalVolumeGigabytes',
  'maxSecurityGroups',
] as const;

// Per project: [limit, used] for each STORED_LIMITS entry, and the COUNTED_LIMITS limits.
// The admin project is unlimited; finance is nearly full, as its compute quota is.
const PROJECT_LIMITS: Record<string, { stored: [number, number][]; counted: number[] }> = {
  admin: {
    stored: [
      [-1, 18],
      [-1, 9],
      [-1, 11],
      [-1, 2],
      [-1, 3],
      [-1, 6],
      [-1, 1],
      [-1, 2],
      [-1, 1],
      [-1, 12],
    ],
    counted: [-1, -1, -1, -1, -1, -1],
  },
  chengdu: {
    stored: [
      [100, 23],
      [50, 12],
      [20, 7],
      [5, 1],
      [10, 3],
      [20, 5],
      [2, 0],
      [5, 1],
      [5, 1],
      [100, 14],
    ],
    counted: [10, 20, 300, 200, 20480, 20],
  },
  mianyang: {
    stored: [
      [80, 9],
      [40, 4],
      [10, 4],
      [3, 1],
      [5, 1],
      [10, 2],
      [1, 0],
      [3, 1],
      [3, 0],
      [50, 6],
    ],
    counted: [5, 10, 200, 150, 15360, 10],
  },
  rd: {
    stored: [
      [60, 41],
      [20, 3],
      [8, 5],
      [2, 0],
      [4, 2],
      [8, 3],
      [1, 1],
      [2, 1],
      [2, 1],
      [40, 22],
    ],
    counted: [8, 16, 150, 150, 10240, 15],
  },
  finance: {
    stored: [
      [20, 20],
      [10, 9],
      [2, 2],
      [1, 1],
      [1, 0],
      [2, 0],
      [0, 0],
      [1, 1],
      [1, 0],
      [10, 3],
    ],
    counted: [2, 2, 40, 40, 4096, 5],
  },
  lab: {
    stored: [
      [10, 0],
      [5, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ],
    counted: [2, 2, 20, 20, 2048, 5],
  },
};

/** Each project's non-compute limits; `network_addresses` are its networks' CIDRs. */
export function seedProjectLimits(
  p: ReturnType<typeof identity>['p'],
  nets: NetworkRec[],
): Record<string, ProjectLimitsRec> {
  const out: Record<string, ProjectLimitsRec> = {};
  for (const [key, project] of Object.entries(p)) {
    const row = PROJECT_LIMITS[key];
    if (!row) continue;
    const rec: ProjectLimitsRec = { max: {}, used: {}, network_addresses: [] };
    STORED_LIMITS.forEach((name, i) => {
      const [max = -1, used = 0] = row.stored[i] ?? [];
      rec.max[name] = max;
      rec.used[name] = used;
    });
    COUNTED_LIMITS.forEach((name, i) => {
      rec.max[name] = row.counted[i] ?? -1;
    });
    for (const net of nets.filter((n) => n.tenant_id === project)) {
      const [base = '0.0.0.0', bits = '32'] = net.cidr.split('/');
      const start = ipToInt(base);
      const size = 2 ** (32 - Number(bits));
      rec.network_addresses.push({
        cidr: net.cidr,
        ip_pools: [{ start_ip: intToIp(start + 2), end_ip: intToIp(start + size - 2) }],
      });
    }
    out[project] = rec;
  }
  return out;
}
