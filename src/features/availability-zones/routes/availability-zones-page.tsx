// /availability-zones — every zone of every kind (cloud administrators, 004 §1.7 items 1–8):
// list, quick look with the zone's services, hosts and a compute host's storage pools, create,
// edit, delete (refused by the service, with its reason, while the zone is in use).
import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EnumFilter } from '@/components/list-page/enum-filter';
import { ListPage, useCreateDrawer } from '@/components/list-page/list-page';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { availabilityZoneQueries } from '@/api/resources/availability-zones';
import { useZoneColumns } from '../components/zone-columns';
import { ZoneFormDrawer } from '../components/zone-form-drawer';
import { ZoneQuickLook } from '../components/zone-quick-look';
import { useZoneActions } from '../components/use-zone-actions';
import { RESOURCE_TYPES, type AvailabilityZone } from '../model/zone';

const TABLE = defineTableOptions({
  filters: { resourceType: { options: RESOURCE_TYPES } },
  defaultPageSize: 50,
  defaultSort: { field: 'labelName', order: 'ascend' },
  sortFields: ['labelName', 'zone', 'resourceType', 'virtType'],
});

export function Component() {
  const { t } = useTranslation('availability-zones');
  const state = useUrlTableState(TABLE);
  const { open: creating, create, close: closeCreate } = useCreateDrawer(t('actions.create'));
  const [editId, setEditId] = useUrlParam('edit');
  const query = useQuery(availabilityZoneQueries.list());
  const columns = useZoneColumns();
  const onEdit = useCallback((z: AvailabilityZone) => setEditId(z.id), [setEditId]);
  const actions = useZoneActions(onEdit);
  const editing = editId ? query.data?.find((z) => z.id === editId) : undefined;

  const filters = useMemo(
    () => (
      <EnumFilter
        state={state}
        name="resourceType"
        placeholder={t('filters.allResourceTypes')}
        values={RESOURCE_TYPES}
        label={(r) => t(`resourceType.${r}`)}
        width={160}
      />
    ),
    [state, t],
  );

  return (
    <>
      <ListPage<AvailabilityZone, typeof TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={create}
        tableId="availability-zones"
        resourceName={t('title.resource')}
        rowKey={(z) => z.id}
        itemName={(z) => z.labelName}
        columns={columns}
        rows={query}
        state={state}
        filters={filters}
        filterPredicates={{ resourceType: (z, v) => z.resourceType === v }}
        actions={actions}
        quickLook={{ size: 720, render: (zone) => <ZoneQuickLook zone={zone} /> }}
      />
      <ZoneFormDrawer open={creating} onClose={closeCreate} />
      <ZoneFormDrawer
        open={editing !== undefined}
        zone={editing}
        onClose={() => setEditId(undefined)}
      />
    </>
  );
}
