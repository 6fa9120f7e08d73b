// Features declare once how their API statuses look; the tag and the poller read the same map, so
// "shows a spinner" and "keeps polling" cannot drift apart.

export type StatusTone = 'success' | 'processing' | 'warning' | 'error' | 'default';

export type StatusToneMap = Readonly<Record<string, StatusTone>>;

/** Tone of a status; matching ignores case because services disagree (`active` vs `ACTIVE`). */
export function toneOf(map: StatusToneMap, status: string | null | undefined): StatusTone {
  if (!status) return 'default';
  const exact = map[status];
  if (exact) return exact;
  const lower = status.toLowerCase();
  const hit = Object.entries(map).find(([k]) => k.toLowerCase() === lower);
  return hit ? hit[1] : 'default';
}

/** `processing` statuses are the transitional ones: they spin and they are polled. */
export function isTransitionalStatus(map: StatusToneMap, status: string | null | undefined) {
  return toneOf(map, status) === 'processing';
}
