// Seeded server templates: two or three per organisation with a compute zone, each naming a live
// image the organisation can use, an enabled flavor big enough for it and one of the organisation's
// zones; one template per organisation with templates (chengdu's first) names an image that has
// since been deleted, as happens on a real cloud. `--scale` adds more. Drawn from no generator.
import { ADMIN_USER } from '../../constants.ts';
import type { ServerTemplateRec, State } from '../../state.ts';
import { uuidOf } from '../aggregates/seed.ts';
import { imageVisibleTo, novaZonesOf } from './scope.ts';

type World = Pick<
  State,
  'projects' | 'azones' | 'azoneProjects' | 'images' | 'flavors' | 'userProjects'
>;

/** The server types of 004:L11661 (normal, VGPU, GPU, big data). */
export const NORM_NORMAL = '38e42432-06a5-47a3-b47d-f078ed03795d';
const NORM_VGPU = '270d3a64-4496-11e9-8a6a-02420a654e1d';
const NORM_BIGDATA = 'db514283-abc1-4e78-a7e7-6f576780b4c1';
const NAMES = ['web_base', 'db_mysql', 'gpu_train', 'ci_runner', 'app_java', 'cache_redis'];
/** The server type of each name above. */
const NORMS = [NORM_NORMAL, NORM_BIGDATA, NORM_VGPU, NORM_NORMAL, NORM_NORMAL, NORM_NORMAL];
const DESCS = [
  'Web 前端标准配置',
  'MySQL 主库',
  'GPU 训练节点',
  'CI build agent',
  '',
  'Redis 缓存',
];
/** The image a chengdu template still names: it was deleted after the template was saved. */
export const DELETED_IMAGE = uuidOf('server-template:deleted-image');

export function seedServerTemplates(w: World, scale: number): ServerTemplateRec[] {
  const out: ServerTemplateRec[] = [];
  const flavors = w.flavors.filter((f) => !f.disabled && f.is_public);
  const perProject = 2 + Math.max(0, Math.round((scale - 1) * 2));
  for (const [pi, project] of w.projects.filter((p) => p.enabled).entries()) {
    const zones = novaZonesOf(w, project.id);
    const images = w.images.filter(
      (i) => i.status === 'active' && i.image_type !== 'snapshot' && imageVisibleTo(project.id)(i),
    );
    if (!zones.length || !images.length) continue;
    const user = project.cloud
      ? ADMIN_USER
      : (w.userProjects.find((a) => a.projectId === project.id)?.userId ?? ADMIN_USER);
    const count = perProject + (pi % 2);
    for (let n = 0; n < count; n++) {
      const zone = zones[n % zones.length];
      const image =
        images.find((i, k) => k >= n && i.virt_type === zone?.virtType) ??
        images[n % images.length];
      const flavor =
        flavors.find(
          (f, k) =>
            k >= (n * 3) % flavors.length &&
            f.ram >= (image?.min_ram ?? 0) &&
            f.disk >= (image?.min_disk ?? 0),
        ) ?? flavors[flavors.length - 1];
      if (!zone || !image || !flavor) continue;
      const orphan = project.name === 'chengdu' && n === 0;
      const k = n + pi * 2;
      const base = NAMES[k % NAMES.length] ?? 'tpl';
      out.push({
        uuid: uuidOf(`server-template:${project.id}:${n}`),
        name: n < NAMES.length ? base : `${base}_${n}`,
        description: DESCS[k % DESCS.length] ?? '',
        metadata: {
          normUuid: NORMS[k % NAMES.length] ?? NORM_NORMAL,
          storageType: '普通',
          imageSrc: 'normal',
          storagePool: '',
          projectId: project.id,
        },
        user_uuid: user,
        availability_zone: zone.zone,
        azone_uuid: zone.id,
        image_uuid: orphan ? DELETED_IMAGE : image.id,
        flavor_uuid: flavor.id,
      });
    }
  }
  return out;
}
