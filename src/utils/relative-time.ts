// "Updated 2 minutes ago" in the user's language through Intl, which already knows zh-CN and
// en-US: no dayjs locale to load and keep in sync with i18next.
import { keyedCache } from './keyed-cache';

export type RelativeParts = { value: number; unit: Intl.RelativeTimeFormatUnit };

const STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** Largest unit with a whole amount (rounded) for a difference; negative is in the past. */
export function relativeParts(diffMs: number): RelativeParts {
  let value = diffMs / 1000;
  for (const [unit, size] of STEPS) {
    // Rounded before the unit is chosen: 59.6 s reads "1 minute ago", not "60 seconds ago".
    const rounded = Math.round(value);
    if (Math.abs(rounded) < size) return { value: rounded, unit };
    value /= size;
  }
  return { value: Math.round(value), unit: 'year' };
}

// One formatter per locale: every "updated … ago" on screen re-renders as the shared clock ticks.
const relativeFormats = keyedCache<Intl.RelativeTimeFormat>();

export function formatRelative(timestamp: number, now: number, locale: string): string {
  const diff = timestamp - now;
  const fmt = relativeFormats(
    locale,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  // Under ten seconds "now" reads better than a counter that ticks by itself.
  if (Math.abs(diff) < 10_000) return fmt.format(0, 'second');
  const { value, unit } = relativeParts(diff);
  return fmt.format(value, unit);
}
