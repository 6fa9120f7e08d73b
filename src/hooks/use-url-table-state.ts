import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  applyTableChange,
  isFiltered,
  parseTableState,
  type FilterSpec,
  type TableChange,
  type TableSort,
  type TableUrlOptions,
  type TableUrlState,
} from './url-table-state';

export type TableState<S extends FilterSpec> = TableUrlState<S> & {
  readonly options: TableUrlOptions<S>;
  /** A filter or the search is active. */
  readonly isFiltered: boolean;
  setPage(page: number): void;
  setPageSize(pageSize: number): void;
  setSort(sort: TableSort | null): void;
  setSearch(search: string): void;
  setCursor(cursor: string | undefined): void;
  /** Values are validated on read: an option not in the spec is dropped, not kept. */
  setFilter(name: keyof S & string, value: string | readonly string[] | undefined): void;
  clearFilters(): void;
};

/**
 * A table's view kept in the URL. Pass options defined once at module level with
 * `defineTableOptions` so their identity is stable (parsing is memoised on it).
 */
export function useUrlTableState<S extends FilterSpec>(options: TableUrlOptions<S>): TableState<S> {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseTableState(params, options), [params, options]);

  const change = useCallback(
    (c: TableChange) =>
      // Typing in the search box should not leave one history entry per keystroke.
      setParams((prev) => applyTableChange(prev, c, options), {
        replace: c.type === 'search',
        preventScrollReset: true,
      }),
    [setParams, options],
  );

  return useMemo(
    () => ({
      ...state,
      options,
      isFiltered: isFiltered(state),
      setPage: (page) => change({ type: 'page', page }),
      setPageSize: (pageSize) => change({ type: 'pageSize', pageSize }),
      setSort: (sort) => change({ type: 'sort', sort }),
      setSearch: (search) => change({ type: 'search', search }),
      setCursor: (cursor) => change({ type: 'cursor', cursor }),
      setFilter: (name, value) => change({ type: 'filter', name, value }),
      clearFilters: () => change({ type: 'clearFilters' }),
    }),
    [state, options, change],
  );
}
