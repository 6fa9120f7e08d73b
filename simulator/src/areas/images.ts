// Images (004 §1.3): glance's lifecycle queued → saving → active (or killed), visibility scoping,
// protected images, real bytes for uploads (api-notes 4.5).
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { components } from '../../../openapi/generated/schema.d.ts';
import { caller, type Area, type Ctx } from '../area.ts';
import type { AuthContext } from '../auth.ts';
import { badRequest, conflict, forbidden, notFound, SimError } from '../errors.ts';
import { imageRecord } from '../seed.ts';
import type { Sim } from '../sim.ts';
import { componentValidator } from '../spec.ts';
import type { ImageRec } from '../state.ts';

type S = components['schemas'];
type Image = S['Image'];

/** Time the platform takes to checksum and store an upload: a base plus ~200 MB/s. */
const SAVE_DELAY_MS = 1500;
const FTP_CONNECT_MS = 1500;
const FTP_TRANSFER_MS = 4000;
const BYTES_PER_MS = 200_000;

export function toImage(rec: ImageRec): Image {
  const { blob: _blob, ...image } = rec;
  return image;
}

const visible = (auth: AuthContext, img: ImageRec) =>
  auth.isAdmin || img.visibility === 'public' || img.owner === auth.token.projectId;

function findImage(ctx: Ctx): ImageRec {
  const id = ctx.params.image_id ?? '';
  const img = ctx.sim.state.images.find((i) => i.id === id);
  if (!img || !visible(caller(ctx), img)) throw notFound(`Image ${id} could not be found.`);
  return img;
}

function requireOwner(auth: AuthContext, img: ImageRec) {
  if (!auth.isAdmin && img.owner !== auth.token.projectId) {
    throw forbidden(
      `Image ${img.id} belongs to another project; only its owner or an administrator may change it.`,
    );
  }
}

function requirePublishRight(auth: AuthContext, visibility: string | undefined) {
  if (visibility === 'public' && !auth.isAdmin) {
    throw forbidden('Only a cloud administrator may make an image public.');
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The OS-type rule of create (api-notes I-26), re-checked after a PATCH. */
function checkOsTypes(
  sim: Sim,
  img: Pick<ImageRec, 'cas_ostype' | 'vmware_ostype' | 'virt_type' | 'sysdisk_type'>,
) {
  for (const field of ['cas_ostype', 'vmware_ostype'] as const) {
    const value = img[field];
    if (value && !sim.state.imageTypes.some((t) => t.operatingSystem === value)) {
      throw badRequest(`${field} "${value}" is not the operatingSystem of any image type.`, [
        { path: `body/${field}`, message: 'is not a known image type' },
      ]);
    }
  }
  if (!img.cas_ostype && !img.vmware_ostype)
    throw badRequest('An image needs cas_ostype or vmware_ostype.');
  if (img.virt_type === 'CAS' && !img.cas_ostype) throw badRequest('A CAS image needs cas_ostype.');
  if (img.virt_type === 'VMware' && (!img.vmware_ostype || !img.sysdisk_type)) {
    throw badRequest('A VMware image needs vmware_ostype and sysdisk_type.');
  }
}

type Fields = S['ImageFields'];
function fieldsToRecord(f: Fields): Partial<ImageRec> {
  return {
    name: f.name,
    description: f.description ?? '',
    visibility: f.visibility,
    disk_format: f.disk_format ?? null,
    virt_type: f.virt_type ?? null,
    container_format: f.container_format ?? 'bare',
    min_cpu: String(f.min_cpu),
    min_ram: f.min_ram,
    min_disk: f.min_disk,
    cas_ostype: f.cas_ostype ?? null,
    vmware_ostype: f.vmware_ostype ?? null,
    sysdisk_type: f.sysdisk_type ?? null,
    disk_bus: f.disk_bus ?? 'virtio',
    hw_vif_model: f.hw_vif_model ?? 'virtio',
    'os-region-name': f['os-region-name'] ?? '',
    user_name: f.user_name ?? null,
    vmware_password: f.vmware_password ?? null,
  };
}

function newImage(sim: Sim, auth: AuthContext, f: Fields, extra: Partial<ImageRec> = {}): ImageRec {
  const now = sim.now();
  const img = imageRecord(
    {
      user_name: auth.user.name,
      ...fieldsToRecord(f),
      ...extra,
      id: randomUUID(),
      owner: auth.token.projectId,
      name: f.name ?? '',
    },
    now,
  );
  sim.state.images.push(img);
  return img;
}

// PATCH: which schema each patchable path's value must satisfy.
const PATCH_SCHEMAS: Record<string, string> = {
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
const NOT_REMOVABLE = new Set([
  '/name',
  '/visibility',
  '/protected',
  '/min_cpu',
  '/min_ram',
  '/min_disk',
  '/image_type',
]);
const REMOVED_VALUE: Record<string, unknown> = {
  '/tags': [],
  '/description': '',
  '/os-region-name': '',
};

function applyPatch(ctx: Ctx, img: ImageRec, ops: S['ImagePatch']) {
  const auth = caller(ctx);
  const next: Record<string, unknown> = { ...img };
  for (const [i, op] of ops.entries()) {
    const key = op.path.slice(1);
    if (op.op === 'remove') {
      if (NOT_REMOVABLE.has(op.path)) throw badRequest(`body/${i}: ${op.path} cannot be removed.`);
      next[key] = REMOVED_VALUE[op.path] ?? null;
      continue;
    }
    if (!('value' in op)) throw badRequest(`body/${i}: "${op.op}" needs a value.`);
    const schema = PATCH_SCHEMAS[op.path];
    const problem = schema ? componentValidator(schema)(op.value) : null;
    if (problem) {
      throw badRequest(`body/${i}/value: ${op.path} ${problem}`, [
        { path: `body/${i}/value`, message: `${op.path} ${problem}` },
      ]);
    }
    if (op.path === '/visibility') requirePublishRight(auth, String(op.value));
    next[key] = op.path === '/min_cpu' ? String(op.value) : op.value;
  }
  const patched = next as ImageRec;
  checkOsTypes(ctx.sim, patched);
  patched.updated_at = iso(ctx.sim.now());
  Object.assign(img, patched);
}

function pseudoBytes(seed: string, length: number): Readable {
  const block = createHash('sha256').update(seed).digest();
  const chunk = Buffer.alloc(64 * 1024);
  for (let o = 0; o < chunk.length; o += block.length) block.copy(chunk, o);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= length) return void this.push(null);
      const n = Math.min(chunk.length, length - sent);
      sent += n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
}

function sortValue(img: ImageRec, key: string): string | number {
  const v = (img as Record<string, unknown>)[key];
  return typeof v === 'number' ? v : typeof v === 'string' ? v.toLowerCase() : -1;
}

export const imagesArea: Area = {
  handlers: {
    createImage: (ctx) => {
      const auth = caller(ctx);
      const body = ctx.body as S['ImageCreate'];
      requirePublishRight(auth, body.visibility);
      checkOsTypes(ctx.sim, {
        cas_ostype: body.cas_ostype ?? null,
        vmware_ostype: body.vmware_ostype ?? null,
        virt_type: body.virt_type,
        sysdisk_type: body.sysdisk_type ?? null,
      });
      const img = newImage(ctx.sim, auth, body, { protected: body.protected ?? false });
      return { status: 201, body: toImage(img) };
    },

    listImages: (ctx) => {
      const auth = caller(ctx);
      const q = ctx.query as Record<string, string | undefined>;
      const name = q.name?.toLowerCase();
      let list = ctx.sim.state.images.filter(
        (i) =>
          visible(auth, i) &&
          (!q.owner || i.owner === q.owner) &&
          (!name || i.name.toLowerCase().includes(name)) &&
          (!q.status || i.status === q.status) &&
          (!q.visibility || i.visibility === q.visibility) &&
          (!q.virt_type || i.virt_type === q.virt_type) &&
          (!q.disk_format || i.disk_format === q.disk_format) &&
          (!q.image_type || (i.image_type ?? 'image') === q.image_type),
      );
      const key = q.sort_key ?? 'created_at';
      const dir = q.sort_dir === 'asc' ? 1 : -1;
      list = list.sort((a, b) => {
        const x = sortValue(a, key);
        const y = sortValue(b, key);
        return (x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1) * dir;
      });
      const total = list.length;
      if (q.marker) {
        const at = list.findIndex((i) => i.id === q.marker);
        if (at < 0) throw badRequest(`marker ${q.marker} could not be found.`);
        list = list.slice(at + 1);
      }
      const limit = q.limit ? Number(q.limit) : undefined;
      const page = limit ? list.slice(0, limit) : list;
      const body: { images: Image[]; next?: string; total: number } = {
        images: page.map(toImage),
        total,
      };
      const last = page.at(-1);
      if (limit && list.length > limit && last) {
        const params = new URLSearchParams(
          Object.entries(q).filter(
            (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'marker',
          ),
        );
        params.set('marker', last.id);
        body.next = `/os/image/v1/v2/images?${params.toString()}`;
      }
      return { status: 200, body };
    },

    getImage: (ctx) => ({ status: 200, body: toImage(findImage(ctx)) }),

    deleteImage: (ctx) => {
      const img = findImage(ctx);
      requireOwner(caller(ctx), img);
      if (img.protected) throw forbidden(`Image ${img.id} is protected and cannot be deleted.`);
      ctx.sim.state.images = ctx.sim.state.images.filter((i) => i.id !== img.id);
      ctx.sim.blobs.delete(img.id);
      return { status: 204 };
    },

    updateImage: (ctx) => {
      const img = findImage(ctx);
      requireOwner(caller(ctx), img);
      applyPatch(ctx, img, ctx.body as S['ImagePatch']);
      return { status: 200, body: toImage(img) };
    },

    createImageFromFtp: (ctx) => {
      const auth = caller(ctx);
      const g = (ctx.body as { glance: S['ImageFtpCreate'] }).glance;
      requirePublishRight(auth, g.visibility);
      checkOsTypes(ctx.sim, {
        cas_ostype: g.cas_ostype ?? null,
        vmware_ostype: g.vmware_ostype ?? null,
        virt_type: g.virt_type,
        sysdisk_type: g.sysdisk_type ?? null,
      });
      const img = newImage(ctx.sim, auth, g, { description: g.description ?? '' });
      ctx.sim.schedule('image.ftpConnect', FTP_CONNECT_MS, img.id, {
        file: g.file_name,
        md5: g.md5_hash.toLowerCase(),
      });
      const echo: S['ImageFtpEcho'] = { ...g, os_password: '******', id: img.id };
      if (g.vmware_password) echo.vmware_password = '******';
      return { status: 200, body: { glance: echo } };
    },

    downloadImageFile: (ctx) => {
      const auth = caller(ctx);
      const img = findImage(ctx);
      if (img.status === 'deactivated' && !auth.isAdmin) {
        throw forbidden(`Image ${img.id} is deactivated; only an administrator may download it.`);
      }
      if (img.status !== 'active' && img.status !== 'deactivated') return { status: 204 };
      const headers: Record<string, string> = {
        'Content-Disposition': `attachment; filename="${encodeURIComponent(img.name)}.${img.disk_format ?? 'img'}"`,
      };
      if (img.checksum) headers['Content-MD5'] = img.checksum;
      if (img.blob === 'stored') {
        const bytes = ctx.sim.blobs.get(img.id);
        if (!bytes)
          throw new SimError(500, `The data of image ${img.id} is missing from the store.`);
        return { status: 200, bytes, headers };
      }
      // Seeded images are gigabytes; their bytes are generated on the fly, not stored.
      const size = img.size ?? 0;
      headers['Content-Length'] = String(size);
      return { status: 200, bytes: pseudoBytes(img.id, size), headers };
    },

    uploadImageFile: (ctx) => {
      const img = findImage(ctx);
      requireOwner(caller(ctx), img);
      if (img.status !== 'queued') {
        throw conflict(
          `Image ${img.id} is ${img.status}; data can only be uploaded to a queued image.`,
        );
      }
      const bytes = ctx.body as Buffer;
      ctx.sim.blobs.put(img.id, bytes);
      img.status = 'saving';
      img.updated_at = iso(ctx.sim.now());
      const checksum = createHash('md5').update(bytes).digest('hex');
      ctx.sim.schedule('image.activate', SAVE_DELAY_MS + bytes.length / BYTES_PER_MS, img.id, {
        size: bytes.length,
        checksum,
        blob: 'stored',
      });
      return { status: 200 };
    },
  },

  tasks: {
    'image.activate': (sim, task) => {
      const img = sim.state.images.find((i) => i.id === task.ref);
      if (!img || img.status !== 'saving') return;
      img.status = 'active';
      img.size = Number(task.data?.size ?? 0);
      img.checksum = String(task.data?.checksum ?? '');
      img.blob = task.data?.blob === 'stored' ? 'stored' : 'synthetic';
      img.virtual_size = img.disk_format === 'qcow2' ? img.size * 4 : null;
      img.updated_at = iso(sim.now());
    },
    'image.ftpConnect': (sim, task) => {
      const img = sim.state.images.find((i) => i.id === task.ref);
      if (!img || img.status !== 'queued') return;
      img.status = 'saving';
      img.updated_at = iso(sim.now());
      sim.schedule('image.ftpDone', FTP_TRANSFER_MS, img.id, task.data);
    },
    'image.ftpDone': (sim, task) => {
      const img = sim.state.images.find((i) => i.id === task.ref);
      if (!img || img.status !== 'saving') return;
      const file = String(task.data?.file ?? '');
      // The simulated FTP server holds every file except those named missing*: they fail the
      // import the way a wrong path or an md5 mismatch does on the platform.
      if (file.toLowerCase().startsWith('missing')) {
        img.status = 'killed';
        img.description = img.description || `FTP import failed: ${file} not found`;
      } else {
        img.status = 'active';
        img.size =
          512 * 1024 * 1024 + (createHash('md5').update(file).digest()[0] ?? 0) * 16 * 1024 * 1024;
        img.checksum = String(task.data?.md5 ?? '');
        img.blob = 'synthetic';
      }
      img.updated_at = iso(sim.now());
    },
  },

  onSeed: (sim) => {
    for (const img of sim.state.images.filter((i) => i.status === 'saving')) {
      sim.schedule('image.activate', 20_000, img.id, {
        size: 4 * 1024 ** 3 + 123_456_789,
        checksum: createHash('md5').update(img.id).digest('hex'),
        blob: 'synthetic',
      });
    }
  },
};
