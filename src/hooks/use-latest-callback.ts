import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function with a stable identity that calls the latest `fn` passed. For callbacks pages pass
 * inline (`rowKey={(s) => s.id}`) to components that re-render a whole subtree when a prop's
 * identity changes, as antd's Table does with every row. The latest `fn` is taken once this
 * render is committed: called during a render, it is the previous committed render's version.
 */
export function useLatestCallback<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
