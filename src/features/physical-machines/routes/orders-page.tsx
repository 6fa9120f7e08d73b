// /physical-machines/orders — transfer orders of physical machines (mana_api 001): five tabs by
// type with their counts, a new order, accept or reject one or many (a result per order).
import { useCallback } from 'react';
import { Badge, Tabs } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListPageHeader } from '@/components/list-page/list-page-header';
import { ResourceTable } from '@/components/resource-table/resource-table';
import { useProjectNames } from '@/hooks/use-project-names';
import { useViewer } from '@/hooks/use-session';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { pmOrderQueries, type PmOrder } from '@/api/resources/physical-machines';
import { CreateOrderDrawer } from '../components/create-order-drawer';
import { useOrderColumns } from '../components/order-columns';
import { useOrderActions } from '../components/use-order-actions';
import { isOrderType, ORDER_TYPES } from '../model/orders';

const TABLE = defineTableOptions({
  filters: {},
  defaultPageSize: 20,
  defaultSort: { field: 'id', order: 'descend' },
  sortFields: ['id', 'state', 'create_at', 'warnning_times', 'update_at'],
});

export function Component() {
  const { t } = useTranslation('physical-machines');
  const { projectId } = useViewer();
  const state = useUrlTableState(TABLE);
  const [rawType, setType] = useUrlParam('type', { defaultValue: '0' });
  const type = isOrderType(rawType) ? rawType : '0';
  const [drawer, setDrawer] = useUrlParam('drawer');
  const { projectName } = useProjectNames();
  const query = useQuery(pmOrderQueries.list(projectId, type));
  // Every tab's count: the five lists are small (one organization's orders, not paginated).
  const counts = useQueries({
    queries: ORDER_TYPES.map((k) => pmOrderQueries.list(projectId, k)),
  }).map((q) => q.data?.length);
  const columns = useOrderColumns(projectId, projectName);
  const actions = useOrderActions(projectId);
  const openCreate = useCallback(() => setDrawer('create'), [setDrawer]);
  const create = { label: t('actions.create'), onClick: openCreate };

  return (
    <>
      <ListPageHeader title={t('title.orders')} subtitle={t('subtitle.orders')} create={create} />
      <Tabs
        activeKey={type}
        onChange={(k) => setType(k)}
        items={ORDER_TYPES.map((k, i) => ({
          key: k,
          label: (
            <span>
              {t(`tabs.${k}`)}{' '}
              <Badge
                count={counts[i] ?? 0}
                showZero
                overflowCount={999}
                color={k === '0' && (counts[i] ?? 0) > 0 ? undefined : 'gray'}
              />
            </span>
          ),
        }))}
      />
      <ResourceTable<PmOrder, typeof TABLE.filters>
        tableId="pm-orders"
        resourceName={t('title.resource')}
        rowKey={(o) => String(o.id)}
        itemName={(o) => `#${o.id}`}
        columns={columns}
        data={query.data}
        query={query}
        state={state}
        rowActions={actions}
        bulkActions={actions}
        inlineActions={2}
        actionsWidth={190}
      />
      <CreateOrderDrawer
        open={drawer === 'create'}
        onClose={() => setDrawer(undefined)}
        projectId={projectId}
      />
    </>
  );
}
