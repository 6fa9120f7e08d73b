// --scale multiplies the cloud. A collection may grow a little faster than the scale (the resource
// pools add hosts per node and VMs per host, so a cluster's list grows too) but never with its
// square: the pools' VMs once grew with the cube of the scale (5 million records at 40, the
// benchmarks' cloud, and an out-of-memory seed).
import { describe, expect, it } from 'vitest';
import { seedState } from '../src/seed.ts';

const sizes = (scale: number) =>
  Object.fromEntries(
    Object.entries(seedState(20261122, scale)).flatMap(([k, v]) =>
      Array.isArray(v) ? [[k, v.length]] : [],
    ),
  ) as Record<string, number>;

describe('seed at scale', () => {
  it('grows no collection with the square of --scale', () => {
    // From 4 to 12 (3 times the cloud), nothing may grow 9 times (some collections start only
    // past scale 1, so the ratio is taken between two scaled clouds).
    const four = sizes(4);
    const twelve = sizes(12);
    const faster = Object.entries(twelve).filter(
      ([k, n]) => n > 100 && n >= 9 * Math.max(1, four[k] ?? 0),
    );
    expect(faster).toEqual([]);
  });
});
