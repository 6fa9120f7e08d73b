import { describe, expect, it } from 'vitest';
import {
  linePath,
  nearestIndex,
  projector,
  summarize,
  timeTicks,
  toPlotPoints,
  valueTicks,
} from './scale';

describe('valueTicks', () => {
  it('starts at zero and steps on 1/2/2.5/5 × 10ⁿ past the maximum', () => {
    expect(valueTicks(12, 87)).toEqual([0, 25, 50, 75, 100]);
    expect(valueTicks(0, 5400)).toEqual([0, 2000, 4000, 6000]);
    expect(valueTicks(0.1, 0.9)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('covers a flat zero series and negatives', () => {
    expect(valueTicks(0, 0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(valueTicks(-10, 10)[0]).toBeLessThanOrEqual(-10);
  });
});

describe('timeTicks', () => {
  const H = 3600_000;
  it('picks a round step within the count and aligns to it', () => {
    const from = Date.UTC(2026, 0, 1, 0, 7);
    const ticks = timeTicks(from, from + 24 * H, 6);
    expect(ticks).toHaveLength(4);
    expect(ticks[0]).toBe(Date.UTC(2026, 0, 1, 6));
    expect((ticks[1] ?? 0) - (ticks[0] ?? 0)).toBe(6 * H);
  });

  it('aligns to the viewer’s local hours', () => {
    const from = Date.UTC(2026, 0, 1, 0, 0);
    // UTC+8: local 08:00 is 00:00 UTC; 6-hour ticks fall on local 12:00 = 04:00 UTC.
    expect(timeTicks(from, from + 24 * H, 4, 480)[0]).toBe(Date.UTC(2026, 0, 1, 4));
  });
});

describe('geometry', () => {
  const points = toPlotPoints([
    { timestamp: '2026-01-01T00:10:00Z', value: 3 },
    { timestamp: '2026-01-01T00:00:00Z', value: 1 },
    { timestamp: '2026-01-01T00:05:00Z', value: Number.NaN },
    { timestamp: 'not a time', value: 2 },
  ]);

  it('drops unreadable points and sorts by time', () => {
    expect(points.map((p) => p.value)).toEqual([1, 3]);
  });

  it('projects into the frame and breaks the line over gaps', () => {
    const at = projector(points[0]?.t ?? 0, points[1]?.t ?? 0, 0, 4, {
      x0: 0,
      x1: 100,
      y0: 0,
      y1: 40,
    });
    expect(at({ t: points[0]?.t ?? 0, value: 0 })).toEqual([0, 40]);
    expect(linePath(points, at)).toBe('M0.0,30.0L100.0,10.0');
    expect(linePath(points, at, 60_000)).toBe('M0.0,30.0M100.0,10.0');
  });

  it('finds the nearest point and summarizes', () => {
    expect(nearestIndex(points, Date.parse('2026-01-01T00:06:00Z'))).toBe(1);
    expect(nearestIndex([], 0)).toBe(-1);
    expect(summarize(points)).toMatchObject({ min: 1, max: 3, last: { value: 3 } });
    expect(summarize([])).toBeUndefined();
  });
});
