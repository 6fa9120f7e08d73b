// The metric chart's pure geometry: readable ("nice") value ticks, time ticks on round minutes or
// hours, and the SVG path of a series.

export type MetricPoint = { readonly timestamp: string | number | Date; readonly value: number };
/** A point with its time read as epoch milliseconds. */
export type PlotPoint = { readonly t: number; readonly value: number };

export const toMillis = (v: string | number | Date): number =>
  v instanceof Date ? v.getTime() : typeof v === 'number' ? v : Date.parse(v);

/** Points with a readable time and a finite value, oldest first. */
export function toPlotPoints(points: readonly MetricPoint[]): PlotPoint[] {
  return points
    .map((p) => ({ t: toMillis(p.timestamp), value: p.value }))
    .filter((p) => Number.isFinite(p.t) && Number.isFinite(p.value))
    .sort((a, b) => a.t - b.t);
}

/** About `count` ticks from 0 (or below, for negatives) to at least `max`, on 1/2/5 × 10ⁿ steps. */
export function valueTicks(min: number, max: number, count = 4): number[] {
  const lo = Math.min(0, min);
  const hi = max > lo ? max : lo + 1;
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = first; v < hi + step - step * 1e-9; v += step) ticks.push(round(v, step));
  return ticks;
}

const round = (v: number, step: number) => {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(v.toFixed(digits));
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const STEPS = [5, 10, 15, 30]
  .map((m) => m * MINUTE)
  .concat([1, 2, 3, 6, 12, 24].map((h) => h * HOUR));

/** Times between `from` and `to` on a round step, aligned on local time (`offsetMinutes` east of UTC). */
export function timeTicks(from: number, to: number, count = 6, offsetMinutes = 0): number[] {
  if (!(to > from)) return [from];
  const span = to - from;
  const step =
    STEPS.find((s) => span / s <= count) ?? Math.ceil(span / count / (24 * HOUR)) * 24 * HOUR;
  // Align on local time: a tick at 00:00, 06:00… of the viewer's clock, not of UTC.
  const shift = offsetMinutes * MINUTE;
  const first = Math.ceil((from + shift) / step) * step - shift;
  const ticks: number[] = [];
  for (let t = first; t <= to; t += step) ticks.push(t);
  return ticks;
}

export type Frame = { x0: number; x1: number; y0: number; y1: number };

/** Maps a point into the frame: time left→right, value bottom→top over [vmin, vmax]. */
export function projector(
  from: number,
  to: number,
  vmin: number,
  vmax: number,
  f: Frame,
): (p: PlotPoint) => [number, number] {
  const tx = to > from ? (f.x1 - f.x0) / (to - from) : 0;
  const vy = vmax > vmin ? (f.y1 - f.y0) / (vmax - vmin) : 0;
  return (p) => [f.x0 + (p.t - from) * tx, f.y1 - (p.value - vmin) * vy];
}

/**
 * The SVG path of a series: a line through the points, broken where consecutive points are
 * further apart than `gap` ms (a missing stretch is not drawn as a straight line).
 */
export function linePath(
  points: readonly PlotPoint[],
  at: (p: PlotPoint) => [number, number],
  gap = Infinity,
): string {
  let d = '';
  let prev: PlotPoint | undefined;
  for (const p of points) {
    const [x, y] = at(p);
    const move = !prev || p.t - prev.t > gap;
    d += `${move ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    prev = p;
  }
  return d;
}

/** The index of the point nearest in time to `t` (points sorted by time), or -1 when empty. */
export function nearestIndex(points: readonly PlotPoint[], t: number): number {
  if (points.length === 0) return -1;
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((points[mid]?.t ?? 0) < t) lo = mid;
    else hi = mid;
  }
  const a = points[lo];
  const b = points[hi];
  if (!a || !b) return lo;
  return Math.abs(a.t - t) <= Math.abs(b.t - t) ? lo : hi;
}

/** min, max and the latest point of a series (undefined when it has none). */
export function summarize(points: readonly PlotPoint[]) {
  const last = points.at(-1);
  if (!last) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    if (p.value < min) min = p.value;
    if (p.value > max) max = p.value;
  }
  return { min, max, last };
}
