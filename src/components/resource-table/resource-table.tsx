import { createContext, use, useMemo, useRef, type ReactNode } from 'react';
import { Flex, Pagination, Skeleton, Table, type TableColumnsType, type TableProps } from 'antd';
import type { TableRowSelection } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { useLatestCallback } from '@/hooks/use-latest-callback';
import type { TableState } from '@/hooks/use-url-table-state';
import type { FilterSpec } from '@/hooks/url-table-state';
import { PAGE_SIZES } from '@/hooks/url-table-state';
import { BulkActionBar } from '@/components/actions/bulk-action-bar';
import { resolveLabel } from '@/components/actions/action-logic';
import { RowActions } from '@/components/actions/row-actions';
import { isRunAction, type ResourceAction } from '@/components/actions/types';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { csvBlob, csvFilename, downloadBlob, toCsv } from '@/utils/csv';
import type { FilterPredicates } from './client-data';
import { CursorPager } from './cursor-pager';
import { SelectionTitle } from './selection-title';
import { TableToolbar } from './table-toolbar';
import { toAntdColumns, totalWidth } from './to-antd-columns';
import type { QueryStatusLike, ResourceColumn, TablePaging } from './types';
import { useColumnVisibility } from './use-column-visibility';
import { DensityContext, useDensityPreference } from './use-density';
import { useViewportWidth } from './use-viewport-width';
import { useCursorPager } from './use-cursor-pager';
import { useKeyboardScroll } from './use-keyboard-scroll';
import { useTableRows } from './use-table-rows';

export type ResourceTableProps<T, S extends FilterSpec> = {
  /** Names the CSV file and the remembered column choices: `images`, `admin-servers`. */
  tableId: string;
  /** Plural noun, translated: "images" / "镜像" (empty state, search, error title). */
  resourceName: string;
  rowKey: (item: T) => string;
  /** Shown in confirmations and the batch ledger; defaults to the row key. */
  itemName?: (item: T) => string;
  columns: readonly ResourceColumn<T>[];
  data: readonly T[] | undefined;
  /** A react-query result: pending, fetching, error, refetch, dataUpdatedAt. */
  query?: QueryStatusLike;
  /** Without a query object: first load in progress (defaults to `data === undefined`). */
  loading?: boolean;
  /** Without a query object: the load error. */
  error?: unknown;
  onRetry?: () => void;
  /** The URL state from `useUrlTableState`. */
  state: TableState<S>;
  paging?: TablePaging;
  /** Client mode: how a filter matches an item when it is not a same-named column. */
  filterPredicates?: FilterPredicates<T, S>;
  /** Filter controls (e.g. `FilterSelect`s) shown next to the search box. */
  filters?: ReactNode;
  /** Right of the toolbar, e.g. the create button. */
  toolbarExtra?: ReactNode;
  search?: boolean;
  emptyAction?: ReactNode;
  rowActions?: readonly ResourceAction<T>[];
  /** Offered for selected rows; their presence turns on row selection. */
  bulkActions?: readonly ResourceAction<T>[];
  inlineActions?: number;
  /**
   * Width of the pinned actions column (px). By default it is sized to the inline actions' labels
   * in the current language (see `actionsColumnWidth`).
   */
  actionsWidth?: number;
  /** Rows on one page above which rendering is virtualized. */
  virtualThreshold?: number;
  /** Body height of a virtualized table. */
  virtualHeight?: number;
};

type TableOnChange<T> = NonNullable<TableProps<T>['onChange']>;

const CLIENT: TablePaging = { mode: 'client' };
const NO_ACTIONS: readonly never[] = [];
const ACTIONS_WIDTH = 150;
const ACTIONS_MAX_WIDTH = 260;

/**
 * The actions column's width for inline buttons labelled `labels` (plus the "more" menu): wide
 * enough that "Apply to organizations" is not cut off in English while "应用到组织" keeps the
 * default. Estimated from the characters (a CJK glyph ~14 px, others ~7.5 px at the table's
 * 14 px font) rather than measured, so it is the same on every render; at least the default,
 * at most ACTIONS_MAX_WIDTH so the data keeps its room.
 */
export function actionsColumnWidth(labels: readonly string[], withMenu: boolean): number {
  const text = (label: string) =>
    [...label].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 14 : 7.5), 0);
  const buttons = labels.reduce((w, label) => w + 14 + 8 + text(label) + 8, 0);
  const width = Math.ceil(32 + buttons + (withMenu ? 32 : 0));
  return Math.min(ACTIONS_MAX_WIDTH, Math.max(ACTIONS_WIDTH, width));
}
const SELECTION_WIDTH = 48;

// antd's Table renders every row and cell again each time it renders itself (it counts its
// renders into rc-table's context so that render functions see new closures), and this component
// renders again with each URL change (a filter typed) and query state change (fetching, a
// refresh) while the rows stay the same. So the table's element is memoized (React does not
// render an element again that is the one it rendered last time) on props that keep
// their identity while what they describe does: the rows, columns and selection (memoized
// below), the row key and change handler (latest-callback wrappers: pages pass them inline), the
// scroll widths, and the empty text (read from a context, so that the placeholder, error or
// empty state can change without the rows rendering again).
const EmptyTextContext = createContext<ReactNode>(null);
function TableEmptyText() {
  return use(EmptyTextContext);
}
const TABLE_LOCALE = { emptyText: <TableEmptyText /> };

export function ResourceTable<T, S extends FilterSpec>(props: ResourceTableProps<T, S>) {
  const { t, i18n } = useTranslation('ui');
  const { columns, state, query, tableId, resourceName } = props;
  const rowKey = useLatestCallback(props.rowKey);
  const itemName = useLatestCallback(props.itemName ?? props.rowKey);
  const paging = props.paging ?? CLIENT;
  const viewport = useViewportWidth();
  const visibility = useColumnVisibility(tableId, viewport);
  const [density, setDensity] = useDensityPreference(tableId);
  const rows = useTableRows({
    data: props.data,
    columns,
    state,
    paging,
    predicates: props.filterPredicates,
    rowKey,
    locale: i18n.language,
  });
  const cursor = useCursorPager(state, paging.mode === 'cursor' ? paging.nextCursor : undefined);

  const shown = useMemo(
    () => columns.filter(visibility.isVisible),
    [columns, visibility.isVisible],
  );
  const rowActions = props.rowActions ?? NO_ACTIONS;
  const actionsWidth =
    props.actionsWidth ??
    actionsColumnWidth(
      rowActions.slice(0, props.inlineActions ?? 1).map((a) => resolveLabel(i18n, a.label)),
      rowActions.length > (props.inlineActions ?? 1),
    );
  const bulkActions = (props.bulkActions ?? []).filter((a) => isRunAction(a) && a.bulk);
  const { inlineActions } = props;
  // By value: the URL state is parsed again on each change of the URL.
  const sortField = state.sort?.field;
  const sortOrder = state.sort?.order;
  const sort = useMemo(
    () => (sortField && sortOrder ? { field: sortField, order: sortOrder } : null),
    [sortField, sortOrder],
  );

  // Memoized, as the rows and the selection below: the table's element is kept while they are
  // (see TABLE_LOCALE above), and a refetch that brings the same rows (react-query keeps their
  // identity) renders none of them again.
  const antColumns = useMemo<TableColumnsType<T>>(
    () => [
      ...toAntdColumns(shown, sort),
      ...(rowActions.length
        ? [
            {
              key: '__actions',
              title: t('table.actions'),
              width: actionsWidth,
              fixed: 'right' as const,
              render: (_: unknown, item: T) => (
                <RowActions
                  item={item}
                  actions={rowActions}
                  inline={inlineActions}
                  keyOf={rowKey}
                  nameOf={itemName}
                />
              ),
            },
          ]
        : []),
    ],
    [shown, sort, rowActions, t, actionsWidth, inlineActions, rowKey, itemName],
  );
  const identity = { keyOf: rowKey, nameOf: itemName };

  const pending = props.loading ?? query?.isPending ?? props.data === undefined;
  const error = props.error ?? query?.error;
  const retry = props.onRetry ?? (query ? () => void query.refetch() : undefined);
  const emptyText = pending ? (
    <div role="status" aria-label={t('table.loading', { resource: resourceName })}>
      <Skeleton active title={false} paragraph={{ rows: 5 }} />
    </div>
  ) : error && !props.data ? (
    <ErrorAlert
      error={error}
      title={t('error.loadTitle', { resource: resourceName })}
      onRetry={retry}
    />
  ) : (
    <EmptyState
      resourceName={resourceName}
      filtered={state.isFiltered}
      onClearFilters={state.clearFilters}
      action={props.emptyAction}
    />
  );

  const exportCsv = () => {
    const csvColumns = shown.flatMap((c) => {
      const value = c.exportValue ?? c.value;
      return value ? [{ header: c.title, value }] : [];
    });
    downloadBlob(csvBlob(toCsv(csvColumns, rows.exportRows)), csvFilename(tableId));
  };

  const virtual = rows.pageRows.length > (props.virtualThreshold ?? 100);
  const selectable = bulkActions.length > 0;
  // The declared widths, summed: a fixed layout that keeps them (ellipsis cuts long values) so
  // the default columns are known to fit the screen they were chosen for (`showFrom`).
  // 'max-content' let every cell widen its column past the pinned actions.
  const scrollX = totalWidth(
    shown,
    (rowActions.length ? actionsWidth : 0) + (selectable ? SELECTION_WIDTH : 0),
  );
  const scrollY = virtual ? (props.virtualHeight ?? 600) : undefined;
  const scroll = useMemo(() => ({ x: scrollX, y: scrollY }), [scrollX, scrollY]);
  const onTableChange: TableOnChange<T> = useLatestCallback(
    (_pagination, _filters, sorter, extra) => {
      if (extra.action !== 'sort' || Array.isArray(sorter)) return;
      const field = sorter.columnKey;
      state.setSort(
        sorter.order && field !== undefined ? { field: String(field), order: sorter.order } : null,
      );
    },
  );

  const box = useRef<HTMLDivElement>(null);
  useKeyboardScroll(box);
  const { pageRows, selectedKeys, setSelectedKeys } = rows;
  const dataSource = useMemo(() => (pending ? [] : [...pageRows]), [pending, pageRows]);
  const rowSelection = useMemo<TableRowSelection<T> | undefined>(
    () =>
      selectable
        ? {
            // A number: the virtual table hands all spare width to a column without one.
            columnWidth: SELECTION_WIDTH,
            columnTitle: (checkbox) => <SelectionTitle>{checkbox}</SelectionTitle>,
            // antd's own labels are English-only ("Select all", "Select row 3").
            getTitleCheckboxProps: () => ({ 'aria-label': t('table.selectAll') }),
            getCheckboxProps: (item) => ({
              'aria-label': t('table.selectRow', { name: itemName(item) }),
            }),
            selectedRowKeys: [...selectedKeys],
            onChange: (keys) => setSelectedKeys(keys.map(String)),
            preserveSelectedRowKeys: true,
          }
        : undefined,
    [selectable, t, itemName, selectedKeys, setSelectedKeys],
  );

  const size = density === 'compact' ? 'small' : 'middle';
  const table = useMemo(
    () => (
      <Table<T>
        rowKey={rowKey}
        columns={antColumns}
        dataSource={dataSource}
        pagination={false}
        size={size}
        locale={TABLE_LOCALE}
        virtual={virtual}
        scroll={scroll}
        rowSelection={rowSelection}
        onChange={onTableChange}
      />
    ),
    [rowKey, antColumns, dataSource, size, virtual, scroll, rowSelection, onTableChange],
  );

  return (
    <Flex vertical gap={12} ref={box}>
      <TableToolbar
        search={
          props.search === false
            ? undefined
            : {
                value: state.search,
                onChange: state.setSearch,
                placeholder: t('table.searchPlaceholder', { resource: resourceName }),
              }
        }
        filters={props.filters}
        extra={props.toolbarExtra}
        refresh={
          query
            ? { onRefresh: retry, fetching: query.isFetching, updatedAt: query.dataUpdatedAt }
            : retry
              ? { onRefresh: retry, fetching: false, updatedAt: 0 }
              : undefined
        }
        columnMenu={{ columns, ...visibility }}
        onExport={rows.exportRows.length ? exportCsv : undefined}
        density={{ value: density, onChange: setDensity }}
      />
      {/* Stale rows with a failed refresh: keep showing them, say so above. */}
      {error && props.data ? (
        <ErrorAlert error={error} title={t('error.refreshFailed')} onRetry={retry} />
      ) : null}
      {selectable ? (
        <BulkActionBar
          selected={rows.selectedRows}
          actions={bulkActions}
          onClearSelection={() => rows.setSelectedKeys([])}
          {...identity}
        />
      ) : null}
      <DensityContext value={density}>
        <EmptyTextContext value={emptyText}>{table}</EmptyTextContext>
      </DensityContext>
      {paging.mode === 'cursor' ? (
        <CursorPager {...cursor} />
      ) : rows.total > 0 ? (
        <Pagination
          align="end"
          current={rows.page}
          pageSize={state.pageSize}
          total={rows.total}
          showSizeChanger
          pageSizeOptions={(state.options.pageSizes ?? PAGE_SIZES).map(String)}
          showTotal={(total) => t('table.total', { count: total })}
          onChange={(page, size) =>
            size !== state.pageSize ? state.setPageSize(size) : state.setPage(page)
          }
        />
      ) : null}
    </Flex>
  );
}
