// /image-types (admin) — the guest-OS catalogue (004 §1.5). Filtering by virtualization type or OS
// type goes through the platform's own filter endpoints (items 4 and 5), whose values come from
// items 6 and 7; the rest (search, origin, sort, paging) is client-side over the returned list.
import { useMemo, useState } from 'react';
import { Button } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ResourceAction } from '@/components/actions/types';
import { DescriptionList } from '@/components/detail/description-list';
import { QuickLookDrawer, QuickLookLink } from '@/components/detail/quick-look-drawer';
import { PageHeader } from '@/components/page-header';
import { FilterSelect } from '@/components/resource-table/filter-select';
import { ResourceTable } from '@/components/resource-table/resource-table';
import type { ResourceColumn } from '@/components/resource-table/types';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { formatDateTime } from '@/i18n/format';
import { deleteImageType, imageTypeKeys, imageTypeQueries } from '@/api/resources/image-types';
import { ImageTypeFormDrawer } from '../components/image-type-form-drawer';
import { canModify, type ImageType } from '../model/image-type';

const TABLE = defineTableOptions({
  filters: { virtType: {}, osType: {}, origin: { options: ['0', '1'] } },
  defaultPageSize: 50,
  defaultSort: { field: 'imageTypeName', order: 'ascend' },
  sortFields: ['imageTypeName', 'virtType', 'osType', 'operatingSystem', 'updateTime'],
});

function useSource(virtType: string | undefined, osType: string | undefined) {
  const all = useQuery({ ...imageTypeQueries.list(), enabled: !virtType && !osType });
  const byVirt = useQuery({
    ...imageTypeQueries.byVirt(virtType ?? ''),
    enabled: Boolean(virtType),
  });
  const byOs = useQuery({
    ...imageTypeQueries.byOs(osType ?? ''),
    enabled: Boolean(osType) && !virtType,
  });
  if (virtType) {
    // Both filters: the platform filters by virtualization type, the OS type is applied here.
    return {
      query: byVirt,
      data: osType ? byVirt.data?.filter((x) => x.osType === osType) : byVirt.data,
    };
  }
  return osType ? { query: byOs, data: byOs.data } : { query: all, data: all.data };
}

function ImageTypeQuickLook({ id }: { id: string }) {
  const { t } = useTranslation('image-types');
  const q = useQuery(imageTypeQueries.detail(id));
  const x = q.data;
  if (!x) return null;
  return (
    <DescriptionList
      columns={1}
      bordered
      items={[
        { key: 'uuid', label: t('fields.uuid'), value: x.uuid, copy: x.uuid },
        { key: 'imageTypeName', label: t('fields.imageTypeName'), value: x.imageTypeName },
        { key: 'virtType', label: t('fields.virtType'), value: x.virtType },
        { key: 'osType', label: t('fields.osType'), value: x.osType },
        {
          key: 'operatingSystem',
          label: t('fields.operatingSystem'),
          value: x.operatingSystem,
          copy: x.operatingSystem,
        },
        { key: 'addType', label: t('fields.addType'), value: t(`origin.${x.addType}`) },
        { key: 'updateTime', label: t('fields.updateTime'), value: formatDateTime(x.updateTime) },
        { key: 'description', label: t('fields.description'), value: x.description },
      ]}
    />
  );
}

export function Component() {
  const { t } = useTranslation('image-types');
  const state = useUrlTableState(TABLE);
  const [drawer, setDrawer] = useUrlParam('drawer');
  const [editing, setEditing] = useState<ImageType | undefined>();
  const { query, data } = useSource(state.filters.virtType, state.filters.osType);
  const virtTypes = useQuery(imageTypeQueries.virtTypes());
  const osTypes = useQuery(imageTypeQueries.osTypes());

  const columns = useMemo<ResourceColumn<ImageType>[]>(
    () => [
      {
        key: 'imageTypeName',
        title: t('fields.imageTypeName'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (x) => x.imageTypeName,
        render: (x) => <QuickLookLink id={x.uuid}>{x.imageTypeName}</QuickLookLink>,
        ellipsis: true,
        width: 200,
      },
      {
        key: 'virtType',
        title: t('fields.virtType'),
        sortable: true,
        value: (x) => x.virtType,
        width: 120,
      },
      {
        key: 'osType',
        title: t('fields.osType'),
        sortable: true,
        value: (x) => x.osType,
        // Wide enough for "操作系统类型" and its sorter on one line.
        width: 140,
      },
      {
        key: 'operatingSystem',
        title: t('fields.operatingSystem'),
        sortable: true,
        searchable: true,
        value: (x) => x.operatingSystem,
        ellipsis: true,
        width: 220,
      },
      {
        key: 'addType',
        title: t('fields.addType'),
        value: (x) => t(`origin.${x.addType}`),
        width: 100,
      },
      {
        key: 'updateTime',
        title: t('fields.updateTime'),
        sortable: true,
        value: (x) => formatDateTime(x.updateTime),
        exportValue: (x) => x.updateTime ?? '',
        width: 170,
        showFrom: 1440,
      },
      {
        key: 'description',
        title: t('fields.description'),
        searchable: true,
        value: (x) => x.description ?? '',
        defaultHidden: true,
        ellipsis: true,
      },
      {
        key: 'uuid',
        title: t('fields.uuid'),
        value: (x) => x.uuid,
        defaultHidden: true,
        width: 300,
      },
    ],
    [t],
  );

  const actions = useMemo<ResourceAction<ImageType>[]>(() => {
    const reason = (x: ImageType) => (canModify(x) === true ? true : t('guards.system'));
    return [
      {
        key: 'edit',
        label: t('actions.edit'),
        icon: <EditOutlined aria-hidden />,
        guard: reason,
        open: setEditing,
      },
      {
        key: 'delete',
        label: t('actions.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: reason,
        confirm: {
          typeToConfirm: true,
          content: t('messages.deleteConfirm'),
        },
        run: (x) => deleteImageType(x.uuid),
        onSettled: (_r, ctx) =>
          void ctx.queryClient.invalidateQueries({ queryKey: imageTypeKeys.all }),
      },
    ];
  }, [t]);

  const option = (v: string) => ({ value: v, label: v });
  return (
    <>
      <PageHeader
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setDrawer('create')}
          >
            {t('actions.create')}
          </Button>
        }
      />
      <ResourceTable<ImageType, typeof TABLE.filters>
        tableId="image-types"
        resourceName={t('title.resource')}
        rowKey={(x) => x.uuid}
        itemName={(x) => x.imageTypeName}
        columns={columns}
        data={data}
        query={query}
        state={state}
        paging={{ mode: 'client' }}
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
