// The list page, assembled once: the header with its create action, the table with the same
// create action when it is empty, and one set of actions for rows and selections (the first
// inline). A page passes what is its own — texts, columns, query, filters — and nothing else.
import { useCallback, useMemo, type ReactNode } from 'react';
import { ResourceTable, type ResourceTableProps } from '@/components/resource-table/resource-table';
import type { ResourceAction } from '@/components/actions/types';
import type { FilterSpec } from '@/hooks/url-table-state';
import { useUrlParam } from '@/hooks/use-url-param';
import { CreateButton, ListPageHeader } from './list-page-header';

export type CreateAction = { label: string; onClick: () => void };

export type ListPageProps<T, S extends FilterSpec> = Omit<
  ResourceTableProps<T, S>,
  'emptyAction'
> & {
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
};

export function ListPage<T, S extends FilterSpec>({
  title,
  subtitle,
  create,
  headerExtra,
  actions,
  emptyAction,
  ...table
}: ListPageProps<T, S>) {
  return (
    <>
      <ListPageHeader title={title} subtitle={subtitle} create={create} extra={headerExtra} />
      <ResourceTable<T, S>
        rowActions={actions}
        bulkActions={actions}
        inlineActions={actions ? 1 : undefined}
        {...table}
        emptyAction={
          emptyAction === undefined ? create && <CreateButton {...create} /> : emptyAction || null
        }
      />
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
