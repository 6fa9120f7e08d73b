// What the platform would refuse in a resize, checked before sending (api-notes 4.1 and the
// resize/liveresize contract): a different flavor, a disk that does not shrink, a live resize that
// only grows CPU and RAM, and the image's minimums.
import type { Flavor } from './types';

type Size = Pick<Flavor, 'id' | 'vcpus' | 'ram' | 'disk'>;

export type ResizeProblem =
  | { readonly reason: 'same' }
  | { readonly reason: 'smallerDisk'; readonly current: number }
  | { readonly reason: 'liveShrink' }
  | { readonly reason: 'belowImage'; readonly ram: number; readonly disk: number };

export function resizeProblem(
  current: Size | undefined,
  target: Size,
  live: boolean,
  image: { minRam: number; minDisk: number } = { minRam: 0, minDisk: 0 },
): ResizeProblem | null {
  if (current && target.id === current.id) return { reason: 'same' };
  if (current && !live && target.disk < current.disk)
    return { reason: 'smallerDisk', current: current.disk };
  if (current && live && (target.vcpus < current.vcpus || target.ram < current.ram))
    return { reason: 'liveShrink' };
  if (target.ram < image.minRam || target.disk < image.minDisk)
    return { reason: 'belowImage', ram: image.minRam, disk: image.minDisk };
  return null;
}

/** One line per changed dimension, for the "what changes" summary. */
export function resizeDelta(current: Size | undefined, target: Size) {
  if (!current) return [];
  return (
    [
      ['vcpus', current.vcpus, target.vcpus],
      ['ram', current.ram, target.ram],
      ['disk', current.disk, target.disk],
    ] as const
  ).filter(([, a, b]) => a !== b);
}
