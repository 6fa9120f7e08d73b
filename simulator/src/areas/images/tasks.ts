// An image's delayed transitions: saving → active after an upload or snapshot, and the two steps
// of an FTP import (connect: queued → saving; transfer: → active, or killed for a missing file).
import { createHash } from 'node:crypto';
import type { Sim, TaskHandler } from '../../sim.ts';
import { iso } from '../../time.ts';

/** Time the platform takes to checksum and store an upload: a base plus ~200 MB/s. */
export const SAVE_DELAY_MS = 1500;
export const BYTES_PER_MS = 200_000;
export const FTP_CONNECT_MS = 1500;
const FTP_TRANSFER_MS = 4000;

/**
 * An image by id, through the id index: in a batch of due tasks a scan of the tracked list wrapped
 * every image (3,000 at `--scale 40`) in a change-tracking proxy per task. In a unit of work the
 * record comes back as a tracking view, so the transition's writes are committed.
 */
export const imagesById = (sim: Sim) => sim.index('images', 'id', (im) => im.id, { stable: true });
export const imageById = (sim: Sim, id: string) => imagesById(sim).get(id)?.[0];

export const imageTasks: Record<string, TaskHandler> = {
  'image.activate': (sim, task) => {
    const img = imageById(sim, task.ref);
    if (!img || img.status !== 'saving') return;
    img.status = 'active';
    img.size = Number(task.data?.size ?? 0);
    img.checksum = String(task.data?.checksum ?? '');
    img.blob = task.data?.blob === 'stored' ? 'stored' : 'synthetic';
    img.virtual_size = img.disk_format === 'qcow2' ? img.size * 4 : null;
    img.updated_at = iso(sim.now());
  },
  'image.ftpConnect': (sim, task) => {
    const img = imageById(sim, task.ref);
    if (!img || img.status !== 'queued') return;
    img.status = 'saving';
    img.updated_at = iso(sim.now());
    sim.schedule('image.ftpDone', FTP_TRANSFER_MS, img.id, task.data);
  },
  'image.ftpDone': (sim, task) => {
    const img = imageById(sim, task.ref);
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
};

/** A seeded image still saving finishes shortly after the world is seeded. */
export function onImagesSeeded(sim: Sim) {
  for (const img of sim.state.images.filter((i) => i.status === 'saving')) {
    sim.schedule('image.activate', 20_000, img.id, {
      size: 4 * 1024 ** 3 + 123_456_789,
      checksum: createHash('md5').update(img.id).digest('hex'),
      blob: 'synthetic',
    });
  }
}
