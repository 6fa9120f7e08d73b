// /hypervisors — the cloud's physical hosts (004 §1.9 item 14), cloud administrators only: the
// totals of the cloud, then each host with its state and usage; search and sort in memory (the
// API is not paginated); a quick look with every field, cpu_info included.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QuickLookDrawer } from '@/components/detail/quick-look-drawer';
import { PageHeader } from '@/components/page-header';
import { EnumFilter } from '@/components/list-page/enum-filter';
import { ResourceTable } from '@/components/resource-table/resource-table';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useViewer } from '@/hooks/use-session';
import { hypervisorQueries } from '@/api/resources/hypervisors';
import { CloudTotalsCards } from '../components/cloud-totals';
import { useHypervisorColumns } from '../components/hypervisor-columns';
import { HypervisorQuickLook } from '../components/hypervisor-quick-look';
import { cloudTotals, STATES, STATUSES, type Hypervisor } from '../model/hypervisor';

const TABLE = defineTableOptions({
  filters: { status: { options: STATUSES }, state: { options: STATES } },
  defaultPageSize: 50,
  defaultSort: { field: 'hypervisor_hostname', order: 'ascend' },
  sortFields: [
    'hypervisor_hostname',
    'type',
    'host_ip',
    'status',
    'vcpus',
    'memory',
    'disk',
    'running_vms',
    'service_host',
    'id',
  ],
});

export function Component() {
  const { t } = useTranslation('hypervisors');
  const { projectId } = useViewer();
  const state = useUrlTableState(TABLE);
  const query = useQuery(hypervisorQueries.list(projectId));
  const columns = useHypervisorColumns();
  const totals = useMemo(() => (query.data ? cloudTotals(query.data) : null), [query.data]);

  const filters = useMemo(
    () => (
      <>
        <EnumFilter
          state={state}
          name="status"
          placeholder={t('filters.allStatuses')}
          values={STATUSES}
          label={(s) => t(`status.${s}`)}
        />
        <EnumFilter
          state={state}
          name="state"
          placeholder={t('filters.allStates')}
          values={STATES}
          label={(s) => t(`state.${s}`)}
        />
      </>
    ),
    [state, t],
  );

  return (
    <>
      <PageHeader title={t('title.list')} subtitle={t('subtitle.list')} />
      {totals ? <CloudTotalsCards totals={totals} /> : null}
      <ResourceTable<Hypervisor, typeof TABLE.filters>
        tableId="hypervisors"
        resourceName={t('title.resource')}
        rowKey={(h) => h.id}
        itemName={(h) => h.hypervisor_hostname}
        columns={columns}
        data={query.data}
        query={query}
        state={state}
        filters={filters}
        filterPredicates={{
          status: (h, v) => h.status === v,
          state: (h, v) => h.state === v,
        }}
      />
      <QuickLookDrawer
        size={720}
        title={(id) => query.data?.find((h) => h.id === id)?.hypervisor_hostname ?? id}
      >
        {(id) => {
          const h = query.data?.find((x) => x.id === id);
          return h ? <HypervisorQuickLook h={h} /> : null;
        }}
      </QuickLookDrawer>
    </>
  );
}
