import { useState } from 'react';

type CursorState = { cursor: string | undefined; setCursor: (c: string | undefined) => void };

/**
 * Markers of the pages before this one, so "previous" works on a marker API. Kept in memory: a
 * reload or shared link keeps the current page (its marker is in the URL) and offers "first".
 */
export function useCursorPager({ cursor, setCursor }: CursorState, nextCursor: string | undefined) {
  const [stack, setStack] = useState<readonly (string | undefined)[]>([]);
  const [seen, setSeen] = useState(cursor);
  if (cursor !== seen) {
    setSeen(cursor);
    // Back on the first page (a filter changed, or "first"): the history no longer applies.
    if (cursor === undefined) setStack([]);
  }
  return {
    hasPrevious: cursor !== undefined,
    hasNext: nextCursor !== undefined,
    onFirst: cursor !== undefined ? () => setCursor(undefined) : undefined,
    onPrevious: () => {
      setStack(stack.slice(0, -1));
      setCursor(stack.at(-1));
    },
    onNext: () => {
      if (nextCursor === undefined) return;
      setStack([...stack, cursor]);
      setCursor(nextCursor);
    },
  };
}
