// Live status through react-query's own scheduler: a `refetchInterval` function that keeps polling
// while the data is in a transitional state and stops by itself once it settles. No timers of our
// own, so polling pauses with the query (unmounted, window hidden) like every other refetch.

/** How often a resource in a transitional state is fetched again, unless set otherwise (below). */
export const DEFAULT_POLL_MS = 2000;
/** The localStorage key of that setting. */
export const POLL_MS_SETTING = 'cloudos.pollMs';

/**
 * The poll interval, one setting read once at start-up: `localStorage['cloudos.pollMs']` when it
 * holds a whole number of ms within 250..10000, 2 s otherwise. Users keep 2 s (a live status
 * without hammering the gateway). The e2e suite sets 500 ms (e2e/support/fixtures.ts): its
 * simulator runs transitions at a fraction of their real length, so at 2 s each transition a test
 * waited for cost it the rest of a 2 s poll. The same code polls either way; only the interval
 * differs.
 */
export function pollMsSetting(storage: Pick<Storage, 'getItem'> | undefined): number {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(POLL_MS_SETTING) ?? null;
  } catch {
    // storage refused (privacy settings): the default
  }
  const ms = raw === null ? NaN : Number(raw);
  return Number.isInteger(ms) && ms >= 250 && ms <= 10_000 ? ms : DEFAULT_POLL_MS;
}

export const TRANSITIONAL_POLL_MS = pollMsSetting(
  typeof window === 'undefined' ? undefined : window.localStorage,
);

/** The part of react-query's `Query` that `refetchInterval` callbacks read. */
export type PolledQuery<TData> = {
  readonly state: { readonly data: TData | undefined; readonly error?: unknown };
};

export type PollOptions = {
  intervalMs?: number;
  /** Keep polling after an error (default false: a failing endpoint is not hammered). */
  whileError?: boolean;
};

/**
 * `refetchInterval: pollWhile(isTransitional)`. For a list pass a predicate over the list, e.g.
 * `pollWhile((servers) => servers?.some((s) => isTransitional(s.status)) ?? false)`.
 */
export function pollWhile<TData>(
  isTransitional: (data: TData) => boolean,
  { intervalMs = TRANSITIONAL_POLL_MS, whileError = false }: PollOptions = {},
): (query: PolledQuery<TData>) => number | false {
  return (query) => {
    const { data, error } = query.state;
    if (data === undefined) return false;
    if (error && !whileError) return false;
    return isTransitional(data) ? intervalMs : false;
  };
}

/** A predicate for a list: any item transitional. */
export function anyItem<T>(isTransitional: (item: T) => boolean): (items: readonly T[]) => boolean {
  return (items) => items.some(isTransitional);
}
