import { useMemo, useState } from 'react';
import type { TableState } from '@/hooks/use-url-table-state';
import type { FilterSpec } from '@/hooks/url-table-state';
import { applyClientQuery, type FilterPredicates } from './client-data';
import type { ResourceColumn, TablePaging } from './types';

type Input<T, S extends FilterSpec> = {
  data: readonly T[] | undefined;
  columns: readonly ResourceColumn<T>[];
  state: TableState<S>;
  paging: TablePaging;
  predicates?: FilterPredicates<T, S>;
  rowKey: (item: T) => string;
  locale: string;
};

/**
 * The rows a table shows, exports and can select. Client mode sorts, filters and pages in memory;
 * in the server modes the caller already queried exactly this page.
 */
export function useTableRows<T, S extends FilterSpec>(input: Input<T, S>) {
  const { data, columns, state, paging, predicates, rowKey, locale } = input;
  const { search, filters, sort, page, pageSize } = state;
  const client = paging.mode === 'client';

  const result = useMemo(() => {
    const rows = data ?? [];
    if (!client) return { rows, matching: rows, page, total: rows.length };
    return applyClientQuery(rows, columns, {
      search,
      filters,
      sort,
      page,
      pageSize,
      predicates,
      locale,
    });
  }, [client, data, columns, search, filters, sort, page, pageSize, predicates, locale]);

  const [selectedKeys, setSelectedKeys] = useState<readonly string[]>([]);
  // Selected rows are looked up in what still matches: a row that was deleted or filtered out
  // drops out of the selection instead of being acted on unseen.
  const selectedRows = useMemo(() => {
    const wanted = new Set(selectedKeys);
    return result.matching.filter((item) => wanted.has(rowKey(item)));
  }, [result.matching, selectedKeys, rowKey]);

  // Stable between renders while the selection is: the table re-renders every row when it changes.
  const selectedRowKeys = useMemo(() => selectedRows.map(rowKey), [selectedRows, rowKey]);

  return {
    pageRows: result.rows,
    /** Every row matching the view: the CSV export. */
    exportRows: result.matching,
    page: result.page,
    total: paging.mode === 'server' ? paging.total : result.total,
    selectedRows,
    selectedKeys: selectedRowKeys,
    setSelectedKeys,
  };
}
