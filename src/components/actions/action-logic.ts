// Pure decisions behind the action menus and the bulk bar.
import type { i18n } from 'i18next';
import type { ActionLabel } from './types';

export type Partitioned<T> = {
  eligible: readonly T[];
  skipped: readonly { item: T; reason: string }[];
};

/** Splits a selection by the guard: a failed guard skips that item, it does not refuse the batch. */
export function partitionByGuard<T>(
  items: readonly T[],
  guard: (item: T) => true | string,
): Partitioned<T> {
  const eligible: T[] = [];
  const skipped: { item: T; reason: string }[] = [];
  for (const item of items) {
    const verdict = guard(item);
    if (verdict === true) eligible.push(item);
    else skipped.push({ item, reason: verdict });
  }
  return { eligible, skipped };
}

/** What a destructive confirmation asks to type: the name for one item, the count for several. */
export function confirmTarget<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
): { kind: 'name' | 'count'; value: string } {
  const [only] = items;
  return items.length === 1 && only !== undefined
    ? { kind: 'name', value: nameOf(only) }
    : { kind: 'count', value: String(items.length) };
}

/**
 * A label declared as `{ ns, key }` is read from the loaded resources (current language, then
 * fallbacks) rather than through `t`, so module-level action data needs no typed key at runtime.
 */
export function resolveLabel(i18n: i18n, label: ActionLabel): string {
  if (typeof label === 'string') return label;
  const languages = i18n.languages?.length ? i18n.languages : [i18n.language];
  for (const lng of languages) {
    const value: unknown = i18n.getResource(lng, label.ns, label.key);
    if (typeof value === 'string') return value;
  }
  return label.key;
}

/** First `max` names and how many more, for confirmation lists that stay short. */
export function headOf<T>(items: readonly T[], max = 5): { shown: readonly T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
