// /bare-metal/nodes — every ironic node (admin): provision and power state, maintenance with its
// reason and the last error at a glance; server-side filters, sorting and limit/marker paging;
// polling while a node on the page moves; bulk power and maintenance through the batch runner.
import { useCallback } from 'react';
import { Button } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { nodeNextCursor, type BmNode } from '@/api/resources/bare-metal';
import { BM_DRIVERS } from '@/api/enums';
import { FilterSelect } from '@/components/resource-table/filter-select';
import { EnumFilter } from '@/components/list-page/enum-filter';
import { ListPage } from '@/components/list-page/list-page';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { watchedNodeQueries } from '../api/queries';
import { nodeName, useNodeColumns } from '../components/node-columns';
import { CreateBareMetalDrawer } from '../create/create-bare-metal-drawer';
import { EditNodeDrawer } from '../components/edit-node-drawer';
import { EnrollNodeDrawer } from '../components/enroll-node-drawer';
import { useNodeActions } from '../components/use-node-actions';
import { PROVISION_STATES } from '../model/node';
import { NODES_TABLE, toNodeListParams } from '../model/list-params';

export function Component() {
  const { t } = useTranslation('bare-metal');
  const state = useUrlTableState(NODES_TABLE);
  const [drawer, setDrawer] = useUrlParam('drawer');
  const [editId, setEditId] = useUrlParam('edit');
  const list = useQuery(watchedNodeQueries.list(toNodeListParams(state)));
  const columns = useNodeColumns();
  const onEdit = useCallback((n: BmNode) => setEditId(n.uuid), [setEditId]);
  const actions = useNodeActions({ onEdit });
  const nodes = list.data?.nodes;
  const editing = nodes?.find((n) => n.uuid === editId);

  const filters = (
    <>
      <EnumFilter
        state={state}
        name="state"
        placeholder={t('filters.allStates')}
        values={PROVISION_STATES}
        label={(s) => t(`provision.${s}`)}
        width={170}
      />
      <FilterSelect
        state={state}
        name="maintenance"
        placeholder={t('filters.maintenance')}
        options={[
          { value: 'true', label: t('filters.inMaintenance') },
          { value: 'false', label: t('filters.notInMaintenance') },
        ]}
        width={140}
      />
      <FilterSelect
        state={state}
        name="associated"
        placeholder={t('filters.associated')}
        options={[
          { value: 'true', label: t('filters.withInstance') },
          { value: 'false', label: t('filters.withoutInstance') },
        ]}
        width={130}
      />
      <EnumFilter
        state={state}
        name="driver"
        placeholder={t('filters.driver')}
        values={BM_DRIVERS}
        label={(d) => d}
        width={150}
      />
    </>
  );

  return (
    <>
      <ListPage<BmNode, typeof NODES_TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={{ label: t('actions.enroll'), onClick: () => setDrawer('enroll') }}
        headerExtra={
          <Button onClick={() => setDrawer('create-server')}>{t('create.action')}</Button>
        }
        tableId="bare-metal-nodes"
        resourceName={t('title.resource')}
        rowKey={(n) => n.uuid}
        itemName={nodeName}
        columns={columns}
        data={nodes}
        query={list}
        state={state}
        search={false}
        paging={{ mode: 'cursor', nextCursor: nodeNextCursor(list.data) }}
        filters={filters}
        rowActions={actions}
        bulkActions={actions.filter((a) => 'bulk' in a && a.bulk)}
        inlineActions={1}
        actionsWidth={150}
      />
      <EnrollNodeDrawer open={drawer === 'enroll'} onClose={() => setDrawer(undefined)} />
      <CreateBareMetalDrawer
        open={drawer === 'create-server'}
        onClose={() => setDrawer(undefined)}
      />
      <EditNodeDrawer node={editing} onClose={() => setEditId(undefined)} />
    </>
  );
}
