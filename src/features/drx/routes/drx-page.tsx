// /drx — DRX auto-scaling policies (cloud administrators, 004 §1.17): list with state, quick look
// with every field, create, enable/disable one or many, delete.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EnumFilter } from '@/components/list-page/enum-filter';
import { ListPage, useCreateDrawer } from '@/components/list-page/list-page';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { drxQueries } from '@/api/resources/drx';
import { CreateDrxDrawer } from '../components/create-drx-drawer';
import { useDrxColumns } from '../components/drx-columns';
import { DrxQuickLook } from '../components/drx-quick-look';
import { useDrxActions } from '../components/use-drx-actions';
import { STATUSES, statusOf, type Drx } from '../model/drx';

const TABLE = defineTableOptions({
  filters: { status: { options: STATUSES } },
  defaultPageSize: 50,
  defaultSort: { field: 'info_desc', order: 'ascend' },
  sortFields: ['info_desc', 'status', 'serverName'],
});

export function Component() {
  const { t } = useTranslation('drx');
  const state = useUrlTableState(TABLE);
  const { open: creating, create, close: closeCreate } = useCreateDrawer(t('actions.create'));
  const query = useQuery(drxQueries.list());
  const columns = useDrxColumns();
  const actions = useDrxActions();
  const filters = useMemo(
    () => (
      <EnumFilter
        state={state}
        name="status"
        placeholder={t('filters.allStatuses')}
        values={STATUSES}
        label={(s) => t(`status.${s}`)}
      />
    ),
    [state, t],
  );

  return (
    <>
      <ListPage<Drx, typeof TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={create}
        tableId="drx"
        resourceName={t('title.resource')}
        rowKey={(d) => d.uuid}
        itemName={(d) => d.info_desc || d.uuid}
        columns={columns}
        rows={query}
        state={state}
        filters={filters}
        filterPredicates={{ status: (d, v) => statusOf(d) === v }}
        actions={actions}
        quickLook={{ size: 640, render: (drx) => <DrxQuickLook drx={drx} /> }}
      />
      <CreateDrxDrawer open={creating} onClose={closeCreate} />
    </>
  );
}
