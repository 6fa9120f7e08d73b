import type { ReactNode } from 'react';
import type { CsvValue } from '@/utils/csv';

export type CellValue = CsvValue;

/**
 * One column, declared by a feature page. `value` is the single accessor that feeds the default
 * cell, client-side sorting and search, and the CSV export; `render` only changes what is shown.
 */
export type ResourceColumn<T> = {
  /** Stable id: the sort field in the URL, the visibility setting, the default filter match. */
  readonly key: string;
  /** Already translated. */
  readonly title: string;
  readonly value?: (item: T) => CellValue;
  readonly render?: (item: T) => ReactNode;
  readonly sortable?: boolean;
  /** Client-side ordering when `value` does not sort right (e.g. sizes with units). */
  readonly compare?: (a: T, b: T) => number;
  /** Client-side free-text search looks into this column's value. */
  readonly searchable?: boolean;
  /** CSV cell; defaults to `value`. Columns with neither are left out of the export. */
  readonly exportValue?: (item: T) => CellValue;
  readonly defaultHidden?: boolean;
  /**
   * Shown by default only on a viewport at least this wide (px), so the default columns fit the
   * screen; the column menu still offers it, and a user's choice wins.
   */
  readonly showFrom?: number;
  /** The identifying column (name) cannot be hidden. */
  readonly alwaysVisible?: boolean;
  readonly width?: number;
  readonly align?: 'left' | 'right' | 'center';
  readonly ellipsis?: boolean;
  readonly fixed?: 'left' | 'right';
};

/** The subset of a react-query result the table reads; a `UseQueryResult` fits as is. */
export type QueryStatusLike = {
  readonly isPending: boolean;
  readonly isFetching: boolean;
  readonly error: unknown;
  readonly dataUpdatedAt: number;
  readonly refetch: () => unknown;
};

export type TablePaging =
  /** The API returns every row: sort, filter and page in memory. */
  | { readonly mode: 'client' }
  /** The caller queries one page with the URL state; `total` sizes the pager. */
  | { readonly mode: 'server'; readonly total: number }
  /** limit/marker APIs without a total: previous/next; `nextCursor` undefined on the last page. */
  | { readonly mode: 'cursor'; readonly nextCursor: string | undefined };
