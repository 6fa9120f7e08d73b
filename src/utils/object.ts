/** Own string keys, typed as the object's keys: checked with `Object.hasOwn`, not asserted. */
export function ownKeys<O extends object>(o: O): Extract<keyof O, string>[] {
  return Object.keys(o).filter((k): k is Extract<keyof O, string> => Object.hasOwn(o, k));
}
