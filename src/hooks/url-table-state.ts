// Pure parse/serialize of a table's view (page, size, sort, filters, search, cursor) to and from
// URL search params, so that a reload or a shared link shows the same view. Values read from the
// URL are validated against the spec (unknown options are dropped), which is what makes the typed
// filter values honest.

export type FilterDef = {
  /** Several values (`?status=a&status=b`) instead of one. */
  readonly multiple?: boolean;
  /** Allowed values; others in the URL are ignored. Also narrows the value type. */
  readonly options?: readonly string[];
};
export type FilterSpec = Readonly<Record<string, FilterDef>>;

type OptionOf<D> = D extends { options: readonly (infer O extends string)[] } ? O : string;
export type FilterValue<D> = D extends { multiple: true } ? OptionOf<D>[] : OptionOf<D> | undefined;
export type FilterValues<S extends FilterSpec> = { readonly [K in keyof S]: FilterValue<S[K]> };

export type SortOrder = 'ascend' | 'descend';
export type TableSort = { readonly field: string; readonly order: SortOrder };

export type TableUrlOptions<S extends FilterSpec> = {
  readonly filters: S;
  /** Prefix of every param, for two tables on one page (`vol.page`). */
  readonly prefix?: string;
  readonly defaultPageSize?: number;
  readonly pageSizes?: readonly number[];
  readonly defaultSort?: TableSort | null;
  /** Sortable fields; a sort on another field in the URL is ignored. */
  readonly sortFields?: readonly string[];
};

export type TableUrlState<S extends FilterSpec> = {
  readonly page: number;
  readonly pageSize: number;
  readonly sort: TableSort | null;
  readonly search: string;
  /** Marker of the current page for limit/marker APIs; undefined on the first page. */
  readonly cursor: string | undefined;
  readonly filters: FilterValues<S>;
};

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES: readonly number[] = [10, 20, 50, 100, 200, 500];
const RESERVED = ['page', 'size', 'sort', 'q', 'cursor'];

/** Identity with a `const` type parameter: keeps option literals so filter values are unions. */
export function defineTableOptions<const S extends FilterSpec>(
  options: TableUrlOptions<S>,
): TableUrlOptions<S> {
  for (const name of Object.keys(options.filters)) {
    if (RESERVED.includes(name)) throw new Error(`Filter name "${name}" is reserved`);
  }
  return options;
}

const names = (prefix = '') => ({
  page: `${prefix}page`,
  size: `${prefix}size`,
  sort: `${prefix}sort`,
  q: `${prefix}q`,
  cursor: `${prefix}cursor`,
  filter: (name: string) => `${prefix}${name}`,
});

function sizesOf(o: TableUrlOptions<FilterSpec>) {
  return o.pageSizes ?? PAGE_SIZES;
}

function parseSort(raw: string | null, o: TableUrlOptions<FilterSpec>): TableSort | null {
  // `sort=` (present but empty) means "explicitly unsorted", overriding a default sort.
  if (raw === null) return o.defaultSort ?? null;
  if (raw === '') return null;
  const order: SortOrder = raw.startsWith('-') ? 'descend' : 'ascend';
  const field = raw.replace(/^-/, '');
  if (!field || (o.sortFields && !o.sortFields.includes(field))) return o.defaultSort ?? null;
  return { field, order };
}

const sortToString = (s: TableSort | null) =>
  s ? `${s.order === 'descend' ? '-' : ''}${s.field}` : '';

function parseFilterValue(def: FilterDef, raw: string[]): string[] | string | undefined {
  const allowed = raw.filter((v) => v !== '' && (!def.options || def.options.includes(v)));
  if (def.multiple) return [...new Set(allowed)];
  return allowed[0];
}

function isOption(def: FilterDef, v: unknown): v is string {
  return typeof v === 'string' && (!def.options || def.options.includes(v));
}

/** Type guard that re-checks a parsed record against its spec (parse, don't cast). */
export function conformsToSpec<S extends FilterSpec>(
  spec: S,
  value: Record<string, unknown>,
): value is FilterValues<S> {
  return Object.entries(spec).every(([name, def]) => {
    const v = value[name];
    if (def.multiple) return Array.isArray(v) && v.every((x) => isOption(def, x));
    return v === undefined || isOption(def, v);
  });
}

export function parseFilters<S extends FilterSpec>(
  spec: S,
  read: (name: string) => string[],
): FilterValues<S> {
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(spec)) out[name] = parseFilterValue(def, read(name));
  if (!conformsToSpec(spec, out)) throw new Error('unreachable: parsed filters do not match spec');
  return out;
}

export function parseTableState<S extends FilterSpec>(
  params: URLSearchParams,
  o: TableUrlOptions<S>,
): TableUrlState<S> {
  const n = names(o.prefix);
  const defaultSize = o.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  const page = Number(params.get(n.page));
  const size = Number(params.get(n.size));
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: sizesOf(o).includes(size) ? size : defaultSize,
    sort: parseSort(params.get(n.sort), o),
    search: params.get(n.q)?.trim() ?? '',
    cursor: params.get(n.cursor) || undefined,
    filters: parseFilters(o.filters, (name) => params.getAll(n.filter(name))),
  };
}

function toList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string');
  return typeof v === 'string' && v !== '' ? [v] : [];
}

/**
 * Writes the table's params into a copy of `params`, leaving unrelated params (`tab`,
 * `quicklook`, another table's prefix) alone. Defaults are omitted to keep links short.
 */
export function writeTableState<S extends FilterSpec>(
  params: URLSearchParams,
  state: TableUrlState<S>,
  o: TableUrlOptions<S>,
): URLSearchParams {
  const n = names(o.prefix);
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null) => {
    next.delete(key);
    if (value !== null) next.set(key, value);
  };
  set(n.page, state.page > 1 ? String(state.page) : null);
  set(
    n.size,
    state.pageSize !== (o.defaultPageSize ?? DEFAULT_PAGE_SIZE) ? String(state.pageSize) : null,
  );
  const sort = sortToString(state.sort);
  set(n.sort, sort === sortToString(o.defaultSort ?? null) ? null : sort);
  set(n.q, state.search.trim() || null);
  set(n.cursor, state.cursor ?? null);
  const filters: Record<string, unknown> = state.filters;
  for (const name of Object.keys(o.filters)) {
    next.delete(n.filter(name));
    for (const v of toList(filters[name])) next.append(n.filter(name), v);
  }
  return next;
}

export type TableChange =
  | { readonly type: 'page'; readonly page: number }
  | { readonly type: 'pageSize'; readonly pageSize: number }
  | { readonly type: 'sort'; readonly sort: TableSort | null }
  | { readonly type: 'search'; readonly search: string }
  | { readonly type: 'cursor'; readonly cursor: string | undefined }
  | { readonly type: 'filter'; readonly name: string; readonly value: unknown }
  | { readonly type: 'clearFilters' };

/**
 * The next URL params after a change. Anything that changes which rows match (filter, search,
 * sort, page size) goes back to page 1 and drops the cursor: page 7 of another result is noise.
 */
export function applyTableChange<S extends FilterSpec>(
  params: URLSearchParams,
  change: TableChange,
  o: TableUrlOptions<S>,
): URLSearchParams {
  const n = names(o.prefix);
  const state = parseTableState(params, o);
  const firstPage = { page: 1, cursor: undefined };
  switch (change.type) {
    case 'page':
      return writeTableState(params, { ...state, page: Math.max(1, Math.floor(change.page)) }, o);
    case 'cursor':
      return writeTableState(params, { ...state, cursor: change.cursor }, o);
    case 'pageSize':
      return writeTableState(params, { ...state, ...firstPage, pageSize: change.pageSize }, o);
    case 'sort':
      return writeTableState(params, { ...state, ...firstPage, sort: change.sort }, o);
    case 'search':
      return writeTableState(params, { ...state, ...firstPage, search: change.search }, o);
    case 'filter': {
      const next = writeTableState(params, { ...state, ...firstPage }, o);
      next.delete(n.filter(change.name));
      if (change.name in o.filters) {
        for (const v of toList(change.value)) next.append(n.filter(change.name), v);
      }
      return next;
    }
    case 'clearFilters': {
      const next = writeTableState(params, { ...state, ...firstPage, search: '' }, o);
      for (const name of Object.keys(o.filters)) next.delete(n.filter(name));
      return next;
    }
  }
}

/** True when a filter or the search narrows the rows (the empty state then offers "clear"). */
export function isFiltered<S extends FilterSpec>(state: TableUrlState<S>): boolean {
  const filters: Record<string, unknown> = state.filters;
  return state.search !== '' || Object.values(filters).some((v) => toList(v).length > 0);
}
