import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One search param as state (`?tab=`, `?quicklook=`), so the view it selects is deep-linkable.
 * Setting undefined (or the default) removes it; other params are kept.
 */
export function useUrlParam(
  name: string,
  options: { defaultValue?: string; replace?: boolean } = {},
): [string | undefined, (value: string | undefined) => void] {
  const { defaultValue, replace = false } = options;
  const [params, setParams] = useSearchParams();
  const value = params.get(name) || defaultValue;
  const setValue = useCallback(
    (next: string | undefined) =>
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          if (next === undefined || next === '' || next === defaultValue) out.delete(name);
          else out.set(name, next);
          return out;
        },
        { replace, preventScrollReset: true },
      ),
    [setParams, name, defaultValue, replace],
  );
  return [value, setValue];
}
