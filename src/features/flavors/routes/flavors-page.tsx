// /flavors — every flavor of the cloud, private and disabled ones included (cloud administrators,
// 004 §1.16): list, quick look with sizes and extra specs, create. The contract has no delete.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QuickLookDrawer } from '@/components/detail/quick-look-drawer';
import { FilterSelect } from '@/components/resource-table/filter-select';
import { ListPage, useCreateDrawer } from '@/components/list-page/list-page';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useViewer } from '@/hooks/use-session';
import { flavorQueries } from '@/api/resources/flavors';
import { CreateFlavorDrawer } from '../components/create-flavor-drawer';
import { useFlavorColumns } from '../components/flavor-columns';
import { FlavorQuickLook } from '../components/flavor-quick-look';
import { STATES, stateOf, VISIBILITIES, visibilityOf, type Flavor } from '../model/flavor';

const TABLE = defineTableOptions({
  filters: { visibility: { options: VISIBILITIES }, state: { options: STATES } },
  defaultPageSize: 50,
  defaultSort: { field: 'vcpus', order: 'ascend' },
  sortFields: ['name', 'vcpus', 'ram', 'disk', 'visibility', 'state'],
});

export function Component() {
  const { t } = useTranslation('flavors');
  const { projectId } = useViewer();
  const state = useUrlTableState(TABLE);
  const { open: creating, create, close: closeCreate } = useCreateDrawer(t('actions.create'));
  const query = useQuery(flavorQueries.list(projectId));
  const columns = useFlavorColumns();

  const filters = useMemo(
    () => (
      <>
        <FilterSelect
          state={state}
          name="visibility"
          placeholder={t('filters.allVisibilities')}
          options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
          width={140}
        />
        <FilterSelect
          state={state}
          name="state"
          placeholder={t('filters.allStates')}
          options={STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))}
          width={140}
        />
      </>
    ),
    [state, t],
  );

  return (
    <>
      <ListPage<Flavor, typeof TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={create}
        tableId="flavors"
        resourceName={t('title.resource')}
        rowKey={(f) => f.id}
        itemName={(f) => f.name}
        columns={columns}
        data={query.data}
        query={query}
        state={state}
        paging={{ mode: 'client' }}
        filters={filters}
        filterPredicates={{
          visibility: (f, v) => visibilityOf(f) === v,
          state: (f, v) => stateOf(f) === v,
        }}
      />
      <CreateFlavorDrawer open={creating} onClose={closeCreate} />
      <QuickLookDrawer title={(id) => query.data?.find((f) => f.id === id)?.name ?? id}>
        {(id) => {
          const flavor = query.data?.find((f) => f.id === id);
          return flavor ? <FlavorQuickLook flavor={flavor} /> : null;
        }}
      </QuickLookDrawer>
    </>
  );
}
