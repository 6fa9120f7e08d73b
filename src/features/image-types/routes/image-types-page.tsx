// /image-types (admin) — the guest-OS catalogue (004 §1.5). Filtering by virtualization type or OS
// type goes through the platform's own filter endpoints (items 4 and 5), whose values come from
// items 6 and 7; the rest (search, origin, sort, paging) is client-side over the returned list.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { imageTypeQueries } from '@/api/resources/image-types';
import { QuickLookDrawer } from '@/components/detail/quick-look-drawer';
import { FilterSelect } from '@/components/resource-table/filter-select';
import { ListPage } from '@/components/list-page/list-page';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { ImageTypeFormDrawer } from '../components/image-type-form-drawer';
import { useImageTypeColumns } from '../components/image-type-columns';
import { ImageTypeQuickLook } from '../components/image-type-quick-look';
import { useImageTypeActions } from '../components/use-image-type-actions';
import { useSource } from '../components/use-image-type-source';
import type { ImageType } from '../model/image-type';

const TABLE = defineTableOptions({
  filters: { virtType: {}, osType: {}, origin: { options: ['0', '1'] } },
  defaultPageSize: 50,
  defaultSort: { field: 'imageTypeName', order: 'ascend' },
  sortFields: ['imageTypeName', 'virtType', 'osType', 'operatingSystem', 'updateTime'],
});

export function Component() {
  const { t } = useTranslation('image-types');
  const state = useUrlTableState(TABLE);
  const [drawer, setDrawer] = useUrlParam('drawer');
  const [editing, setEditing] = useState<ImageType | undefined>();
  const columns = useImageTypeColumns();
  const actions = useImageTypeActions(setEditing);
  const { query, data } = useSource(state.filters.virtType, state.filters.osType);
  const virtTypes = useQuery(imageTypeQueries.virtTypes());
  const osTypes = useQuery(imageTypeQueries.osTypes());

  const option = (v: string) => ({ value: v, label: v });
  return (
    <>
      <ListPage<ImageType, typeof TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={{ label: t('actions.create'), onClick: () => setDrawer('create') }}
        tableId="image-types"
        resourceName={t('title.resource')}
        rowKey={(x) => x.uuid}
        itemName={(x) => x.imageTypeName}
        columns={columns}
        data={data}
        query={query}
        state={state}
        filterPredicates={{
          origin: (x, v) => String(x.addType) === v,
          virtType: () => true,
          osType: () => true,
        }}
        filters={
          <>
            <FilterSelect
              state={state}
              name="virtType"
              placeholder={t('filters.allVirtTypes')}
              options={(virtTypes.data ?? []).map(option)}
              width={170}
            />
            <FilterSelect
              state={state}
              name="osType"
              placeholder={t('filters.allOsTypes')}
              options={(osTypes.data ?? []).map(option)}
              width={150}
            />
            <FilterSelect
              state={state}
              name="origin"
              placeholder={t('filters.allOrigins')}
              options={[
                { value: '0', label: t('origin.0') },
                { value: '1', label: t('origin.1') },
              ]}
              width={130}
            />
          </>
        }
        rowActions={actions}
        bulkActions={actions.filter((a) => a.key === 'delete')}
        inlineActions={2}
      />
      <ImageTypeFormDrawer
        open={drawer === 'create' || editing !== undefined}
        editing={editing}
        onClose={() => {
          setEditing(undefined);
          setDrawer(undefined);
        }}
      />
      <QuickLookDrawer title={(id) => data?.find((x) => x.uuid === id)?.imageTypeName ?? id}>
        {(id) => <ImageTypeQuickLook id={id} />}
      </QuickLookDrawer>
    </>
  );
}
