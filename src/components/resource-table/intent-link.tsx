// A row's name link that prefetches the page it opens when the user shows the intent to open it:
// the pointer moving over it or the keyboard focus resting on it for INTENT_DELAY_MS. The click
// then finds the page's code loaded and its first query in the cache (under the key the page
// reads, so it is one request, not two).
import { useEffect, useRef, type FocusEvent, type PointerEvent } from 'react';
import { Link, type LinkProps } from 'react-router';
import {
  useQueryClient,
  type FetchQueryOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';

/** Long enough that a pointer crossing the table on its way elsewhere prefetches nothing. */
export const INTENT_DELAY_MS = 100;

/** What to fetch ahead: the detail page's chunk and its first query. */
export type Intent = (queryClient: QueryClient) => void;

/**
 * The intent of a detail page: its code (`loadPage`, the route's lazy import) and its first query,
 * under the key the page reads. Silent: a failed prefetch is the page's to report if it is opened.
 */
export const detailIntent =
  <TData, TError, TKey extends QueryKey>(
    loadPage: () => Promise<unknown>,
    query: FetchQueryOptions<TData, TError, TData, TKey>,
  ): Intent =>
  (queryClient) => {
    void loadPage().catch(() => undefined);
    void queryClient.prefetchQuery({ ...query, meta: { silent: true } });
  };

type IntentLinkProps = LinkProps & { intent: Intent };

export function IntentLink({
  intent,
  onPointerMove,
  onPointerLeave,
  onFocus,
  onBlur,
  ...props
}: IntentLinkProps) {
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancel = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
  };
  const arm = () => {
    if (timer.current !== undefined) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      intent(queryClient);
    }, INTENT_DELAY_MS);
  };
  useEffect(() => cancel, []);
  return (
    <Link
      {...props}
      // pointermove, not pointerenter: a row scrolled under a resting pointer gets an enter
      // (and Chrome's synthetic move has no movement), never a move of the pointer itself.
      // Touch moves are scrolls.
      onPointerMove={(e: PointerEvent<HTMLAnchorElement>) => {
        onPointerMove?.(e);
        if (e.pointerType !== 'touch' && (e.movementX !== 0 || e.movementY !== 0)) arm();
      }}
      onPointerLeave={(e: PointerEvent<HTMLAnchorElement>) => {
        onPointerLeave?.(e);
        cancel();
      }}
      onFocus={(e: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(e);
        arm();
      }}
      onBlur={(e: FocusEvent<HTMLAnchorElement>) => {
        onBlur?.(e);
        cancel();
      }}
    />
  );
}
