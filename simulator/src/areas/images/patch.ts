// JSON Patch of an image (004 §1.3 update): each operation's value is checked against the schema of
// the field it sets, then the patched image as a whole against the image schema.
import { caller, type OpCtx } from '../../area.ts';
import { badRequest, conflict, SimError } from '../../errors.ts';
import { componentValidator } from '../../spec.ts';
import type { ImageRec, Schemas } from '../../state.ts';
import { iso } from '../../time.ts';
import { checkOsTypes, requirePublishRight } from './rules.ts';

type Path = Schemas['ImagePatch'][number]['path'];

// Which schema each patchable path's value must satisfy.
const PATCH_SCHEMAS: Record<Path, string> = {
  '/name': 'ImageName',
  '/description': 'ImageFields/properties/description',
  '/visibility': 'ImageVisibility',
  '/protected': 'Image/properties/protected',
  '/min_cpu': 'ImageMinCpu',
  '/min_ram': 'ImageFields/properties/min_ram',
  '/min_disk': 'ImageFields/properties/min_disk',
  '/image_type': 'Image/properties/image_type',
  '/cas_ostype': 'ImageFields/properties/cas_ostype',
  '/vmware_ostype': 'ImageFields/properties/vmware_ostype',
  '/sysdisk_type': 'ImageFields/properties/sysdisk_type',
  '/hw_vif_model': 'ImageFields/properties/hw_vif_model',
  '/disk_bus': 'ImageFields/properties/disk_bus',
  '/os-region-name': 'ImageFields/properties/os-region-name',
  '/user_name': 'ImageFields/properties/user_name',
  '/tags': 'Image/properties/tags',
};
const NOT_REMOVABLE = new Set<Path>([
  '/name',
  '/visibility',
  '/protected',
  '/min_cpu',
  '/min_ram',
  '/min_disk',
  '/image_type',
]);
const REMOVED_VALUE: Partial<Record<Path, unknown>> = {
  '/tags': [],
  '/description': '',
  '/os-region-name': '',
};

const imageProblem = componentValidator('Image');
/** The patched fields parsed back into an image: every value was checked on its own already. */
const isImage = (v: unknown): v is Schemas['Image'] => imageProblem(v) === null;

/**
 * `/image_type` goes one way only (004:L942 prints snapshot → image): an image is never made a
 * snapshot (400), and a snapshot converts once its bytes are saved, i.e. while it is `active` (409).
 */
function checkImageType(img: ImageRec, value: unknown, i: number) {
  if (value === (img.image_type ?? 'image')) return;
  if (value === 'snapshot')
    throw badRequest(
      `body/${i}/value: image ${img.id} is an image; only a VM snapshot is converted (snapshot → image), never back.`,
      [{ path: `body/${i}/value`, message: 'an image cannot become a snapshot' }],
    );
  if (img.status !== 'active')
    throw conflict(
      `Snapshot ${img.id} is ${img.status}: only an active snapshot can be converted into an image.`,
    );
}

export function applyPatch(ctx: OpCtx<'updateImage'>, img: ImageRec) {
  const auth = caller(ctx);
  const { blob, ...current } = img;
  const next: Record<string, unknown> = { ...current };
  for (const [i, op] of ctx.body.entries()) {
    const key = op.path.slice(1);
    if (op.op === 'remove') {
      if (NOT_REMOVABLE.has(op.path)) throw badRequest(`body/${i}: ${op.path} cannot be removed.`);
      next[key] = REMOVED_VALUE[op.path] ?? null;
      continue;
    }
    if (!('value' in op)) throw badRequest(`body/${i}: "${op.op}" needs a value.`);
    const problem = componentValidator(PATCH_SCHEMAS[op.path])(op.value);
    if (problem) {
      throw badRequest(`body/${i}/value: ${op.path} ${problem}`, [
        { path: `body/${i}/value`, message: `${op.path} ${problem}` },
      ]);
    }
    if (op.path === '/visibility') requirePublishRight(auth, String(op.value));
    if (op.path === '/image_type') checkImageType(img, op.value, i);
    next[key] = op.path === '/min_cpu' ? String(op.value) : op.value;
  }
  if (!isImage(next))
    throw new SimError(500, `The patched image ${img.id} does not match the image schema.`);
  const patched: ImageRec = { ...next, blob };
  checkOsTypes(ctx.sim, patched);
  patched.updated_at = iso(ctx.sim.now());
  Object.assign(img, patched);
}
