// /flavors — every flavor of the cloud, private and disabled ones included (cloud administrators,
// 004 §1.16): list, quick look with sizes and extra specs, create. The contract has no delete.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EnumFilter } from '@/components/list-page/enum-filter';
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
        <EnumFilter
          state={state}
          name="visibility"
          placeholder={t('filters.allVisibilities')}
          values={VISIBILITIES}
          label={(v) => t(`visibility.${v}`)}
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
      <ListPage<Flavor, typeof TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={create}
        tableId="flavors"
        resourceName={t('title.resource')}
        rowKey={(f) => f.id}
        itemName={(f) => f.name}
        columns={columns}
        rows={query}
        state={state}
        filters={filters}
        filterPredicates={{
          visibility: (f, v) => visibilityOf(f) === v,
          state: (f, v) => stateOf(f) === v,
        }}
        quickLook={{ render: (flavor) => <FlavorQuickLook flavor={flavor} /> }}
      />
      <CreateFlavorDrawer open={creating} onClose={closeCreate} />
    </>
  );
}
