import type { TableColumnsType } from 'antd';
import type { TableSort } from '@/hooks/url-table-state';
import type { ResourceColumn } from './types';

export const DEFAULT_COLUMN_WIDTH = 160;

/**
 * A column's width, but never narrower than the longest word of its title: a header cell breaks
 * inside a word rather than overflow ("Snapshot|s", "Availabilit|y zone" in English), so the
 * narrowest width is the longest Latin run at the header's semibold 14 px (~8.2 px a character)
 * plus the cell padding and, when sortable, the sorter. CJK titles break between any two
 * characters, so they never widen a column.
 */
export function columnWidth<T>(c: ResourceColumn<T>): number {
  const declared = c.width ?? DEFAULT_COLUMN_WIDTH;
  const longest = Math.max(
    0,
    ...c.title.split(/[\s\u2e80-\u9fff\uff00-\uffef]+/).map((word) => word.length),
  );
  const needed = Math.ceil(longest * 8.2 + 32 + (c.sortable ? 22 : 0));
  return Math.max(declared, needed);
}

/** Our column declarations as antd columns; sorting is controlled by the URL state. */
export function toAntdColumns<T>(
  columns: readonly ResourceColumn<T>[],
  sort: TableSort | null,
): TableColumnsType<T> {
  return columns.map((c) => ({
    key: c.key,
    title: c.title,
    width: c.width === undefined ? undefined : columnWidth(c),
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
  return columns.reduce((sum, c) => sum + columnWidth(c), extra);
}
