// Seeded flavors: nova's m1 family, the platform's HP_* sizes, private and disabled ones.
import type { Rng } from '../../rng.ts';
import type { FlavorRec } from '../../state.ts';

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

export function seedFlavors(rng: Rng): FlavorRec[] {
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
