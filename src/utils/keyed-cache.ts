/**
 * A get-or-create cache by string key, for values that are costly to build and never change once
 * built, such as Intl formatters (building one costs ~0.1-1 ms, the first of a locale far more,
 * and a table formats a value in every row on every render):
 * `const collator = keyedCache<Intl.Collator>(); collator(locale, () => new Intl.Collator(locale))`.
 * Keys must come from a small, fixed set (languages, options written in the code): entries are
 * never dropped.
 */
export function keyedCache<V>(): (key: string, make: () => V) => V {
  const values = new Map<string, V>();
  return (key, make) => {
    let value = values.get(key);
    if (value === undefined) {
      value = make();
      values.set(key, value);
    }
    return value;
  };
}
