import { describe, expect, it } from 'vitest';
import { resizeDelta, resizeProblem } from './resize';

const small = { id: 's', vcpus: 1, ram: 1024, disk: 20 };
const medium = { id: 'm', vcpus: 2, ram: 4096, disk: 40 };
const wideSmallDisk = { id: 'w', vcpus: 8, ram: 16384, disk: 10 };

describe('resizeProblem', () => {
  it('accepts a bigger flavor, cold or live', () => {
    expect(resizeProblem(small, medium, false)).toBeNull();
    expect(resizeProblem(small, medium, true)).toBeNull();
  });
  it('refuses the current flavor', () => {
    expect(resizeProblem(medium, medium, false)).toEqual({ reason: 'same' });
  });
  it('refuses a smaller disk on a cold resize', () => {
    expect(resizeProblem(medium, wideSmallDisk, false)).toEqual({
      reason: 'smallerDisk',
      current: 40,
    });
  });
  it('refuses fewer vCPUs or less RAM on a live resize, but allows a smaller disk flavor then', () => {
    expect(resizeProblem(medium, small, true)).toEqual({ reason: 'liveShrink' });
    expect(resizeProblem(medium, wideSmallDisk, true)).toBeNull();
  });
  it("refuses a flavor under the image's minimums", () => {
    expect(resizeProblem(undefined, small, false, { minRam: 2048, minDisk: 0 })).toEqual({
      reason: 'belowImage',
      ram: 2048,
      disk: 0,
    });
  });
});

describe('resizeDelta', () => {
  it('lists only what changes', () => {
    expect(resizeDelta(small, { ...medium, disk: 20 })).toEqual([
      ['vcpus', 1, 2],
      ['ram', 1024, 4096],
    ]);
  });
});
