// /compute-nodes — the CAS, VMware, KVM and bare-metal compute nodes (cloud administrators,
// 004 §1.15): list with virtualization type and zone, the add wizard, delete with confirmation.
import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '@/components/list-page/list-page-header';
import { EnumFilter } from '@/components/list-page/enum-filter';
import { ListPage } from '@/components/list-page/list-page';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useViewer } from '@/hooks/use-session';
import { computeNodeQueries } from '@/api/resources/compute-nodes';
import { AddNodeDrawer } from '../components/add-node-drawer';
import { EditNodeDrawer } from '../components/edit-node-drawer';
import { useNodeColumns } from '../components/node-columns';
import { useNodeActions } from '../components/use-node-actions';
import { canEdit, type ComputeNode } from '../model/compute-node';

const VIRT_TYPES = ['CAS', 'VMware', 'HP', 'KVM', 'BareMetal'] as const;

const TABLE = defineTableOptions({
  filters: { virtType: { options: VIRT_TYPES } },
  defaultPageSize: 50,
  defaultSort: { field: 'hostName', order: 'ascend' },
  sortFields: ['hostName', 'virtType', 'zone', 'hypervisors', 'servers'],
});

export function Component() {
  const { t } = useTranslation('compute-nodes');
  const { projectId } = useViewer();
  const state = useUrlTableState(TABLE);
  const [drawer, setDrawer] = useUrlParam('drawer');
  const query = useQuery(computeNodeQueries.list());
  const columns = useNodeColumns();
  const [editName, setEditName] = useUrlParam('edit');
  const onEdit = useCallback((n: ComputeNode) => setEditName(n.hostName), [setEditName]);
  const actions = useNodeActions(projectId, onEdit);
  const found = query.data?.find((n) => n.hostName === editName);
  const editing = found && canEdit(found) ? found : undefined;
  const openAdd = useCallback(() => setDrawer('add'), [setDrawer]);

  const filters = useMemo(
    () => (
      <EnumFilter
        state={state}
        name="virtType"
        placeholder={t('filters.allVirtTypes')}
        values={VIRT_TYPES}
        label={(v) => v}
        width={150}
      />
    ),
    [state, t],
  );
  const add = { label: t('actions.add'), onClick: openAdd };

  return (
    <>
      <ListPage<ComputeNode, typeof TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={add}
        tableId="compute-nodes"
        resourceName={t('title.resource')}
        rowKey={(n) => n.hostName}
        itemName={(n) => n.hostName}
        columns={columns}
        rows={query}
        state={state}
        filters={filters}
        filterPredicates={{ virtType: (n, v) => n.virtType === v }}
        emptyAction={<CreateButton {...add} />}
        rowActions={actions}
        inlineActions={1}
      />
      <AddNodeDrawer open={drawer === 'add'} onClose={() => setDrawer(undefined)} />
      <EditNodeDrawer node={editing} onClose={() => setEditName(undefined)} />
    </>
  );
}
