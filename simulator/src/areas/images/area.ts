// Images (004 §1.3): glance's lifecycle queued → saving → active (or killed), visibility scoping,
// protected images, real bytes for uploads (api-notes 4.5).
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { caller, defineHandlers, type Area, type OpCtx } from '../../area.ts';
import { conflict, forbidden, notFound, SimError } from '../../errors.ts';
import type { ImageRec, Schemas } from '../../state.ts';
import { iso } from '../../time.ts';
import { listImages } from './list.ts';
import { applyPatch } from './patch.ts';
import { toImage } from './record.ts';
import { checkOsTypes, newImage, requireOwner, requirePublishRight, visible } from './rules.ts';
import {
  BYTES_PER_MS,
  FTP_CONNECT_MS,
  imageTasks,
  onImagesSeeded,
  SAVE_DELAY_MS,
} from './tasks.ts';

type ImageCtx = OpCtx<
  'getImage' | 'deleteImage' | 'updateImage' | 'downloadImageFile' | 'uploadImageFile'
>;

function findImage(ctx: ImageCtx): ImageRec {
  const id = ctx.params.image_id;
  const img = ctx.sim.state.images.find((i) => i.id === id);
  if (!img || !visible(caller(ctx), img)) throw notFound(`Image ${id} could not be found.`);
  return img;
}

/** Seeded images are gigabytes: their bytes are generated on the fly from the id, not stored. */
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

const handlers = defineHandlers({
  createImage: (ctx) => {
    const auth = caller(ctx);
    const body = ctx.body;
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

  listImages,

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
    applyPatch(ctx, img);
    return { status: 200, body: toImage(img) };
  },

  createImageFromFtp: (ctx) => {
    const auth = caller(ctx);
    const g = ctx.body.glance;
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
    const echo: Schemas['ImageFtpEcho'] = { ...g, os_password: '******', id: img.id };
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
      if (!bytes) throw new SimError(500, `The data of image ${img.id} is missing from the store.`);
      return { status: 200, bytes, headers };
    }
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
    const bytes = ctx.body;
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
});

export const imagesArea = {
  handlers,
  tasks: imageTasks,
  onSeed: onImagesSeeded,
  defaults: (s) => {
    s.images ??= [];
  },
} satisfies Area;
