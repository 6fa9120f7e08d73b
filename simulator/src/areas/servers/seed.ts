// Seeded servers: a few hundred per `scale`, spread over the projects, zones, hosts, images,
// flavors and networks, in every status the state machine has (a few caught mid-transition), and
// each project's compute quota sized from them.
import { ADMIN_USER, SEED_EPOCH } from '../../constants.ts';
import type { Rng } from '../../rng.ts';
import type {
  AzoneRec,
  ComputeQuotaRec,
  FlavorRec,
  ImageRec,
  KeypairRec,
  NetworkRec,
  ServerRec,
  State,
} from '../../state.ts';
import { intToIp, ipToInt } from '../compute-reference/ip.ts';
import { hostsOf } from '../hypervisors/hosts.ts';
import type { IdentitySeed } from '../identity/seed.ts';
import { STATUS_STATES, TRANSIENT_TASK } from './states.ts';

/** What the server seed places servers among: the seed data of the areas drawn before it. */
export type SeededWorld = IdentitySeed &
  Pick<State, 'azones' | 'azoneProjects'> & {
    images: ImageRec[];
    keypairs: KeypairRec[];
    flavors: FlavorRec[];
    networks: NetworkRec[];
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

export function seedServers(
  rng: Rng,
  scale: number,
  w: SeededWorld,
): Pick<State, 'servers' | 'computeQuotas' | 'nextInstanceNo'> {
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
      const [host, hyper] = rng.pick(hostsOf(zone.zone));
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
  withGpus(out, w, p.admin);
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
  return { servers: out, computeQuotas: quotas, nextInstanceNo: out.length + 1 };
}

/** Names of the seeded GPU servers: two running, one stopped (its GPUs report nothing). */
const GPU_SERVERS: [string, ServerRec['status']][] = [
  ['gpu-train-01', 'ACTIVE'],
  ['gpu-infer-02', 'ACTIVE'],
  ['gpu-render-03', 'SHUTOFF'],
];

/**
 * Moves a few of a project's servers onto the GPU flavor (server monitoring shows their GPUs),
 * chosen and renamed without the rng so every other seeded value stays as it was.
 */
function withGpus(out: ServerRec[], w: SeededWorld, project: string) {
  const gpu = w.flavors.find((f) => f.name.startsWith('gpu.'));
  if (!gpu) return;
  const taken = new Set<string>();
  for (const [name, status] of GPU_SERVERS) {
    const s = out.find((x) => x.tenant_id === project && x.status === status && !taken.has(x.id));
    if (!s) continue;
    taken.add(s.id);
    s.flavor_id = gpu.id;
    s.name = name;
    s.metadata.alias = name;
  }
}
