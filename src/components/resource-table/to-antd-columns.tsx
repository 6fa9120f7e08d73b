import type { TableColumnsType } from 'antd';
import type { TableSort } from '@/hooks/url-table-state';
import type { ResourceColumn } from './types';

export const DEFAULT_COLUMN_WIDTH = 160;

/** Our column declarations as antd columns; sorting is controlled by the URL state. */
export function toAntdColumns<T>(
  columns: readonly ResourceColumn<T>[],
  sort: TableSort | null,
): TableColumnsType<T> {
  return columns.map((c) => ({
    key: c.key,
    title: c.title,
    width: c.width,
    align: c.align,
    ellipsis: c.ellipsis,
    fixed: c.fixed,
    // `true` (not a compare function): antd only reports the click, rows are sorted by us.
    sorter: c.sortable ? true : undefined,
    sortOrder: c.sortable ? (sort?.field === c.key ? sort.order : null) : undefined,
    render: (_: unknown, item: T) => (c.render ? c.render(item) : formatCell(c.value?.(item))),
  }));
}

function formatCell(v: string | number | boolean | null | undefined) {
  if (v === null || v === undefined || v === '') return '—';
  return String(v);
}

/** Table width for a horizontal scroll (the virtual table needs a number). */
export function totalWidth<T>(columns: readonly ResourceColumn<T>[], extra = 0): number {
  return columns.reduce((sum, c) => sum + (c.width ?? DEFAULT_COLUMN_WIDTH), extra);
}
