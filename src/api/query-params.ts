/**
 * Drops undefined and empty-string values from query parameters, so query keys and URLs hold only
 * what narrows a list (and an empty filter is never sent as `status=`, which the API rejects).
 */
export function compactQuery<T extends object>(params: T): T {
  return Object.fromEntries(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== ''),
  ) as T;
}
