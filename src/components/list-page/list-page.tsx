// The list page, assembled once: the header with its create action, the table with the same
// create action when it is empty, one set of actions for rows and selections (the first inline)
// and the quick look of a row. A page passes what is its own — texts, columns, query, filters —
// and nothing else.
import { useCallback, useMemo, type ReactNode } from 'react';
import { QuickLookDrawer } from '@/components/detail/quick-look-drawer';
import { ResourceTable, type ResourceTableProps } from '@/components/resource-table/resource-table';
import type { QueryStatusLike } from '@/components/resource-table/types';
import type { ResourceAction } from '@/components/actions/types';
import type { FilterSpec } from '@/hooks/url-table-state';
import { useUrlParam } from '@/hooks/use-url-param';
import { CreateButton, ListPageHeader } from './list-page-header';

export type CreateAction = { label: string; onClick: () => void };

export type ListPageProps<T, S extends FilterSpec> = Omit<
  ResourceTableProps<T, S>,
  'emptyAction' | 'data'
> & {
  /** The rows, when they are not simply `rows.data` (a page of a paged answer, joined rows, …). */
  data?: readonly T[] | undefined;
  /** The list's query when its data are the rows: stands for `data={q.data} query={q}`. */
  rows?: QueryStatusLike & { readonly data: readonly T[] | undefined };
  /** Already translated, like every text. */
  title: string;
  subtitle?: string;
  create?: CreateAction;
  /** Header actions before the create action (import, …). */
  headerExtra?: ReactNode;
  /** Offered on each row and on a selection; a page that needs them apart passes rowActions / bulkActions. */
  actions?: readonly ResourceAction<T>[];
  /** What an empty table offers: the create action unless given (false: nothing). */
  emptyAction?: ReactNode;
  /**
   * A quick look at a row (`?quicklook=<row key>`), titled by its name: the row is found among
   * the page's rows. A page whose quick look loads the item by id uses `QuickLookDrawer` itself.
   */
  quickLook?: { render: (item: T) => ReactNode; size?: number };
};

export function ListPage<T, S extends FilterSpec>({
  title,
  subtitle,
  create,
  headerExtra,
  actions,
  emptyAction,
  quickLook,
  data,
  rows,
  query,
  ...table
}: ListPageProps<T, S>) {
  const items = data ?? rows?.data;
  const find = (id: string) => items?.find((item) => table.rowKey(item) === id);
  const nameOf = table.itemName ?? table.rowKey;
  return (
    <>
      <ListPageHeader title={title} subtitle={subtitle} create={create} extra={headerExtra} />
      <ResourceTable<T, S>
        rowActions={actions}
        bulkActions={actions}
        inlineActions={actions ? 1 : undefined}
        {...table}
        data={items}
        query={query ?? rows}
        emptyAction={
          emptyAction === undefined ? create && <CreateButton {...create} /> : emptyAction || null
        }
      />
      {quickLook ? (
        <QuickLookDrawer
          size={quickLook.size}
          title={(id) => {
            const item = find(id);
            return item ? nameOf(item) : id;
          }}
        >
          {(id) => {
            const item = find(id);
            return item ? quickLook.render(item) : null;
          }}
        </QuickLookDrawer>
      ) : null}
    </>
  );
}

/**
 * A page's create drawer, opened through the URL (`?drawer=create`, so a reload or a shared link
 * keeps it open): whether it is open, the create action that opens it, and what closes it.
 */
export function useCreateDrawer(label: string, value = 'create') {
  const [drawer, setDrawer] = useUrlParam('drawer');
  const close = useCallback(() => setDrawer(undefined), [setDrawer]);
  const create = useMemo<CreateAction>(
    () => ({ label, onClick: () => setDrawer(value) }),
    [label, setDrawer, value],
  );
  return { open: drawer === value, create, close, drawer, setDrawer };
}
