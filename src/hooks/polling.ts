// Live status through react-query's own scheduler: a `refetchInterval` function that keeps polling
// while the data is in a transitional state and stops by itself once it settles. No timers of our
// own, so polling pauses with the query (unmounted, window hidden) like every other refetch.

export const TRANSITIONAL_POLL_MS = 2000;

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
