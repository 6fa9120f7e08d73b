// Instance snapshots of the seeded servers: every fifth server has one (a few have two), one is
// still saving when the simulator starts, so the snapshot pages show real sources and every state.
import { createHash } from 'node:crypto';
import type { Sim } from '../../sim.ts';
import { SEED_EPOCH } from '../../constants.ts';
import { iso } from '../../time.ts';
import { imageRecord } from '../images/record.ts';

const uuidOf = (seed: string) => {
  const h = createHash('md5').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

const GIB = 1024 ** 3;
const DAY = 86400_000;

export function seedInstanceSnapshots(sim: Sim) {
  const state = sim.state;
  // Times from the seed epoch (not the clock), so two worlds seeded alike are alike.
  const now = SEED_EPOCH;
  const servers = state.servers.filter((s) => s.metadata.bare_metal !== 'true');
  let saving = false;
  servers.forEach((s, i) => {
    if (i % 5 !== 0 || s.vm_state === 'error' || s.vm_state === 'building') return;
    const flavor = state.flavors.find((f) => f.id === s.flavor_id);
    const source = state.images.find((img) => img.id === s.image_id);
    const count = i % 15 === 0 ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const id = uuidOf(`snap:${s.id}:${k}`);
      const created = now - ((i * 7 + k * 3) % 40) * DAY - (i % 24) * 3600_000 - DAY;
      const stillSaving = !saving && k === 0 && s.vm_state === 'active';
      if (stillSaving) saving = true;
      const disk = Math.max(flavor?.disk ?? 20, 1);
      state.images.push(
        imageRecord(
          {
            id,
            name: `${s.name}-snap-${k + 1}`,
            owner: s.tenant_id,
            status: stillSaving ? 'saving' : 'active',
            disk_format: source?.disk_format ?? 'qcow2',
            virt_type: source?.virt_type ?? 'CAS',
            cas_ostype: source?.cas_ostype ?? null,
            min_disk: disk,
            min_ram: source?.min_ram ?? 0,
            size: stillSaving ? null : Math.round(((disk * GIB) / 4) * (1 + (i % 3))),
            checksum: stillSaving ? null : createHash('md5').update(id).digest('hex'),
            blob: stillSaving ? null : 'synthetic',
            image_type: 'snapshot',
            instance_uuid: s.id,
            description: k === 1 ? 'before upgrade' : '',
            created_at: iso(stillSaving ? now : created),
            updated_at: iso(stillSaving ? now : created + 90_000),
          },
          stillSaving ? now : created,
        ),
      );
      if (stillSaving)
        sim.schedule('image.activate', 8000, id, {
          size: disk * GIB,
          checksum: createHash('md5').update(id).digest('hex'),
          blob: 'synthetic',
        });
    }
  });
}
