// In-memory sort, filter, search and paging for APIs that return the whole list. Pure, so the
// table only memoises calls to these.
import type { FilterSpec, FilterValues, TableSort } from '@/hooks/url-table-state';
import { keyedCache } from '@/utils/keyed-cache';
import { ownKeys } from '@/utils/object';
import type { CellValue, ResourceColumn } from './types';

/** A filter's test for one item; absent ones fall back to comparing the same-named column. */
export type FilterPredicates<T, S extends FilterSpec> = {
  readonly [K in keyof S]?: (item: T, value: FilterValues<S>[K]) => boolean;
};

const collators = keyedCache<Intl.Collator>();
function collator(locale: string) {
  // numeric: "vm-10" after "vm-9", as people expect in resource names.
  return collators(locale, () => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }));
}

/** Empty values sort last whatever the direction, so blanks never crowd the top. */
export function compareCells(a: CellValue, b: CellValue, locale = 'en'): number {
  const aEmpty = a === null || a === undefined || a === '';
  const bEmpty = b === null || b === undefined || b === '';
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator(locale).compare(String(a), String(b));
}

export function sortRows<T>(
  rows: readonly T[],
  columns: readonly ResourceColumn<T>[],
  sort: TableSort | null,
  locale?: string,
): readonly T[] {
  const column = sort && columns.find((c) => c.key === sort.field && c.sortable);
  if (!sort || !column || !(column.compare || column.value)) return rows;
  const { compare, value } = column;
  const sign = sort.order === 'descend' ? -1 : 1;
  // Each row's value is read once, not once per comparison (20k rows: ~n log n reads saved).
  const decorated = rows.map((row, index) => ({ row, index, v: value?.(row) }));
  const isEmpty = (v: CellValue) => !compare && (v === null || v === undefined || v === '');
  return decorated
    .sort((x, y) => {
      const ex = isEmpty(x.v);
      const ey = isEmpty(y.v);
      // Blanks stay last in both directions; ties keep their API order (stable).
      if (ex || ey) return ex === ey ? x.index - y.index : ex ? 1 : -1;
      const c = compare ? compare(x.row, y.row) : compareCells(x.v, y.v, locale);
      return sign * c || x.index - y.index;
    })
    .map((x) => x.row);
}

function listOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}

export function filterRows<T, S extends FilterSpec>(
  rows: readonly T[],
  columns: readonly ResourceColumn<T>[],
  filters: FilterValues<S>,
  predicates: FilterPredicates<T, S> = {},
): readonly T[] {
  const testFor = <K extends keyof S>(name: K & string): ((item: T) => boolean) | null => {
    const selected = filters[name];
    const values = listOf(selected);
    if (values.length === 0) return null;
    const custom = predicates[name];
    if (custom) return (item) => custom(item, selected);
    const value = columns.find((c) => c.key === name)?.value;
    // A filter with no predicate and no matching column is server-side only: ignore it here.
    return value ? (item) => values.includes(String(value(item) ?? '')) : null;
  };
  const active = ownKeys(filters).flatMap((name) => testFor(name) ?? []);
  return active.length ? rows.filter((item) => active.every((test) => test(item))) : rows;
}

export function searchRows<T>(
  rows: readonly T[],
  columns: readonly ResourceColumn<T>[],
  search: string,
): readonly T[] {
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) return rows;
  const fields = columns.flatMap((c) => (c.searchable && c.value ? [c.value] : []));
  return rows.filter((item) =>
    fields.some((f) =>
      String(f(item) ?? '')
        .toLocaleLowerCase()
        .includes(needle),
    ),
  );
}

export type PageSlice<T> = { rows: readonly T[]; page: number; total: number };

/** One page; a page past the end (after deletions) shows the last page instead of nothing. */
export function paginate<T>(rows: readonly T[], page: number, pageSize: number): PageSlice<T> {
  const lastPage = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), lastPage);
  const start = (current - 1) * pageSize;
  return { rows: rows.slice(start, start + pageSize), page: current, total: rows.length };
}

export type ClientQuery<T, S extends FilterSpec> = {
  search: string;
  filters: FilterValues<S>;
  sort: TableSort | null;
  page: number;
  pageSize: number;
  predicates?: FilterPredicates<T, S>;
  locale?: string;
};

export type ClientResult<T> = PageSlice<T> & {
  /** Every matching row, sorted: what "export" writes. */
  matching: readonly T[];
};

export function applyClientQuery<T, S extends FilterSpec>(
  rows: readonly T[],
  columns: readonly ResourceColumn<T>[],
  q: ClientQuery<T, S>,
): ClientResult<T> {
  const filtered = filterRows(
    searchRows(rows, columns, q.search),
    columns,
    q.filters,
    q.predicates,
  );
  const matching = sortRows(filtered, columns, q.sort, q.locale);
  return { ...paginate(matching, q.page, q.pageSize), matching };
}
