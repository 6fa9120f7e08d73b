// The servers' surroundings: security groups, volumes, server groups and leases. They belong to
// three areas but are drawn together, project by project, from their own generator (derived from
// the seed), so they neither shift nor depend on the data drawn before them.
import { ADMIN_PROJECT, ADMIN_USER, SEED_EPOCH } from '../../constants.ts';
import { createRng } from '../../rng.ts';
import type { ServerRec, State } from '../../state.ts';
import { leaseEmail, SERVER_SERVICE_ID } from './lease-fields.ts';
import type { SeededWorld } from './seed.ts';

// ─── Servers' surroundings: security groups, volumes, server groups and leases ───────────────
// Drawn from their own generator (derived from the seed) so they neither shift nor depend on the
// data drawn before them.

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

export function seedSurroundings(
  seed: number,
  w: SeededWorld & { servers: ServerRec[] },
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
    for (const s of placed) {
      const list = byHost.get(s.host ?? '');
      if (list) list.push(s);
      else byHost.set(s.host ?? '', [s]);
    }
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
