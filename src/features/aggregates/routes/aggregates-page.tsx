// /aggregates — host aggregates (cloud administrators, 004 §1.14): list, quick look with host
// membership (add from the hosts that may join, remove), create, rename or move, delete when empty.
import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListPage, useCreateDrawer } from '@/components/list-page/list-page';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useViewer } from '@/hooks/use-session';
import { aggregateQueries } from '@/api/resources/aggregates';
import { useAggregateColumns } from '../components/aggregate-columns';
import { AggregateFormDrawer } from '../components/aggregate-form-drawer';
import { AggregateQuickLook } from '../components/aggregate-quick-look';
import { useAggregateActions } from '../components/use-aggregate-actions';
import type { Aggregate } from '../model/aggregate';

const TABLE = defineTableOptions({
  filters: {},
  defaultPageSize: 50,
  defaultSort: { field: 'name', order: 'ascend' },
  sortFields: ['name', 'availability_zone', 'hosts', 'created_at'],
});

export function Component() {
  const { t } = useTranslation('aggregates');
  const { projectId } = useViewer();
  const state = useUrlTableState(TABLE);
  const { open: creating, create, close: closeCreate } = useCreateDrawer(t('actions.create'));
  const [editId, setEditId] = useUrlParam('edit');
  const query = useQuery(aggregateQueries.list(projectId));
  const columns = useAggregateColumns();
  const onEdit = useCallback((a: Aggregate) => setEditId(String(a.id)), [setEditId]);
  const actions = useAggregateActions(projectId, onEdit);
  const editing = editId ? query.data?.find((a) => String(a.id) === editId) : undefined;

  return (
    <>
      <ListPage<Aggregate, typeof TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={create}
        tableId="aggregates"
        resourceName={t('title.resource')}
        rowKey={(a) => String(a.id)}
        itemName={(a) => a.name}
        columns={columns}
        rows={query}
        state={state}
        filterPredicates={{}}
        actions={actions}
        quickLook={{ render: (a) => <AggregateQuickLook aggregate={a} /> }}
      />
      <AggregateFormDrawer open={creating} onClose={closeCreate} />
      <AggregateFormDrawer
        open={editing !== undefined}
        aggregate={editing}
        onClose={() => setEditId(undefined)}
      />
    </>
  );
}
