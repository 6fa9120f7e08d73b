// Synthetic telemetry shared by the areas that serve gnocchi/ceilometer data (bare-metal and server
// monitoring): stable ids derived from names, the time window of a measures query, and a
// deterministic value per metric and time, so two reads of the same window agree.
import { createHash } from 'node:crypto';
import { badRequest } from './errors.ts';

/** Seconds between two measures (gnocchi's 5-minute archive policy). */
export const STEP_S = 300;
export const DAY_S = 86400;
/** The longest window answered: 7 days of 5-minute measures. */
export const MAX_POINTS = 2016;

/** The ceilometer/gnocchi service user that creates the resources. */
export const CREATOR_USER = '988a5022-5d48-41b0-8add-184b2e85a462';
export const CREATOR_PROJECT = '50a1419f-d799-49ad-ad19-04a45e29b619';

/** A uuid derived from a name (stable across restarts and machines), like gnocchi's uuid5 ids. */
export function nameUuid(name: string): string {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${'89ab'[parseInt(h[16] ?? '0', 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** gnocchi's timestamps: microseconds and an explicit UTC offset. */
export const micro = (ms: number) => new Date(ms).toISOString().replace('Z', '000+00:00');
/** A measure's timestamp: whole seconds, `+00:00`. */
export const stamp = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', '+00:00');

/** A UTC time of a query (`2019-03-01T00:13:44`, with or without zone or fraction); 400 if not. */
export function parseTime(v: string | undefined, name: string): number | null {
  if (v === undefined) return null;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(v) ? v : `${v}Z`;
  const ms = Date.parse(zoned);
  if (!Number.isFinite(ms))
    throw badRequest(`${name} ${v} is not a UTC time such as 2019-03-01T00:13:44.`, [
      { path: `query/${name}`, message: 'is not a time' },
    ]);
  return ms;
}

/**
 * The measure times (epoch seconds, oldest first) of a query window: `stop` defaults to now and
 * `start` to a day before `stop`; `start` after `stop` is 400; the window is cut to 7 days and
 * to the span in which the resource reported (`from`–`until`, epoch ms).
 */
export function windowTimes(q: {
  start: number | null;
  stop: number | null;
  now: number;
  from: number;
  until: number;
}): number[] {
  const stopMs = q.stop ?? q.now;
  let startMs = q.start ?? stopMs - DAY_S * 1000;
  if (startMs > stopMs)
    throw badRequest('start is after stop.', [{ path: 'query/start', message: 'is after stop' }]);
  startMs = Math.max(startMs, q.from, stopMs - MAX_POINTS * STEP_S * 1000);
  const first = Math.ceil(startMs / 1000 / STEP_S) * STEP_S;
  const last = Math.floor(Math.min(stopMs, q.now, q.until) / 1000 / STEP_S) * STEP_S;
  const out: number[] = [];
  for (let t = first; t <= last && out.length < MAX_POINTS; t += STEP_S) out.push(t);
  return out;
}

/** A value at a time: a daily wave of `swing` around `level`, with noise seeded by the metric id. */
export function waveValue(metricId: string, level: number, swing: number, t: number): number {
  const h = createHash('sha1').update(`${metricId}@${t}`).digest();
  const noise = ((h[0] ?? 0) / 255 - 0.5) * 0.2;
  const seedPhase = (parseInt(metricId.slice(0, 4), 16) / 65535) * 2 * Math.PI;
  const wave = Math.sin((2 * Math.PI * (t % DAY_S)) / DAY_S + seedPhase);
  const v = level + swing * wave + Math.abs(level) * noise * (swing ? 1 : 0);
  return Math.round(Math.max(0, v) * 100) / 100;
}
