// Lease dates: the platform takes "yyyy-MM-dd HH:mm:ss" in China Standard Time (UTC+08:00, as
// the documented example's epoch values show; see the shortRestenancy contract) and returns epoch
// milliseconds; a lease can only be shortened (api-notes 4.8).
const pad = (n: number) => String(n).padStart(2, '0');
const CST_OFFSET_MS = 8 * 3_600_000;

/** The instant `d` as the platform writes it, whatever the browser's own time zone. */
export function toLeaseTime(d: Date): string {
  const c = new Date(d.getTime() + CST_OFFSET_MS);
  return (
    `${c.getUTCFullYear()}-${pad(c.getUTCMonth() + 1)}-${pad(c.getUTCDate())} ` +
    `${pad(c.getUTCHours())}:${pad(c.getUTCMinutes())}:${pad(c.getUTCSeconds())}`
  );
}

/** A new end is acceptable when it is after `now` and before the current end. */
export const isValidNewEnd = (candidate: number, currentEnd: number, now: number) =>
  candidate > now && candidate < currentEnd;

/** Whole days left (rounded up); 0 means the lease is due. */
export const daysLeft = (end: number, now: number) =>
  Math.max(0, Math.ceil((end - now) / 86_400_000));
