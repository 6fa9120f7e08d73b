// The three tables of one norm: its sub-types (the configuration), its single specs and its
// combined specs, with delete (guarded, confirmed) on the last two.
import { useMemo, type ReactNode } from 'react';
import { Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  deleteNormAdvance,
  deleteNormBasic,
  resourceSpecKeys,
  type Norm,
  type NormAdvance,
  type NormBasic,
  type NormSubType,
} from '@/api/resources/resource-specs';
import type { ActionContext, ResourceAction } from '@/components/actions/types';
import { ResourceTable } from '@/components/resource-table/resource-table';
import type { QueryStatusLike, ResourceColumn } from '@/components/resource-table/types';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import {
  advanceText,
  advanceValue,
  basicsBySubType,
  combinedUsing,
  isTextSubType,
  kindOf,
  valueText,
} from '../model/specs';

const SUB_TABLE = defineTableOptions({ filters: {}, prefix: 'sub.', defaultPageSize: 50 });
const BASIC_TABLE = defineTableOptions({ filters: {}, prefix: 'single.', defaultPageSize: 50 });
const ADV_TABLE = defineTableOptions({ filters: {}, prefix: 'combined.', defaultPageSize: 50 });

const refresh = (ctx: ActionContext) =>
  void ctx.queryClient.invalidateQueries({ queryKey: resourceSpecKeys.all });

/** Delete one spec or many (confirmed), then read the norm again. */
function deleteSpec<T>(
  label: string,
  run: (item: T) => Promise<unknown>,
  guard: (item: T) => true | string,
): ResourceAction<T> {
  return {
    key: 'delete',
    label,
    icon: <DeleteOutlined aria-hidden />,
    danger: true,
    bulk: true,
    guard,
    confirm: {},
    run,
    onSettled: (_r, ctx) => refresh(ctx),
  };
}

/** The sub-types specs of this norm are made of: value kind, allowed values or range, unit. */
export function SubTypesTable({
  subTypes,
  norm,
  query,
}: {
  subTypes: NormSubType[];
  norm: Norm | undefined;
  query: QueryStatusLike;
}) {
  const { t } = useTranslation('resource-specs');
  const state = useUrlTableState(SUB_TABLE);
  const counts = useMemo(() => basicsBySubType(subTypes, norm), [subTypes, norm]);
  const columns = useMemo<ResourceColumn<NormSubType>[]>(
    () => [
      {
        key: 'name',
        title: t('fields.subType'),
        alwaysVisible: true,
        value: (s) => s.name,
        width: 160,
      },
      {
        key: 'key',
        title: t('fields.key'),
        value: (s) => s.key,
        render: (s) => <Typography.Text code>{s.key}</Typography.Text>,
        width: 150,
      },
      {
        key: 'kind',
        title: t('fields.kind'),
        value: (s) => t(`kinds.${isTextSubType(s) ? 'text' : kindOf(s)}`),
        width: 120,
      },
      {
        key: 'allowed',
        title: t('fields.allowed'),
        value: (s) =>
          isTextSubType(s)
            ? s.extraInfos.join(', ')
            : t('range', {
                min: s.min ?? 1,
                max: s.max ?? '∞',
                step: s.minMultiple ?? 1,
                unit: s.unit,
              }),
        width: 260,
      },
      { key: 'unit', title: t('fields.unit'), value: (s) => s.unit, width: 80 },
      {
        key: 'singles',
        title: t('fields.singleCount'),
        value: (s) => counts.get(s.uuid)?.length ?? 0,
        align: 'right',
        width: 110,
      },
    ],
    [t, counts],
  );
  return (
    <ResourceTable<NormSubType, typeof SUB_TABLE.filters>
      tableId="resource-spec-subtypes"
      resourceName={t('title.subTypes')}
      rowKey={(s) => s.uuid}
      itemName={(s) => s.name}
      columns={columns}
      data={subTypes}
      query={query}
      state={state}
      search={false}
    />
  );
}

/** The single specs: one value of one sub-type each. */
export function SinglesTable({
  subTypes,
  norm,
  query,
  emptyAction,
}: {
  subTypes: NormSubType[];
  norm: Norm | undefined;
  query: QueryStatusLike;
  emptyAction?: ReactNode;
}) {
  const { t } = useTranslation('resource-specs');
  const state = useUrlTableState(BASIC_TABLE);
  const rows = useMemo(
    () => [...basicsBySubType(subTypes, norm).values()].flat(),
    [subTypes, norm],
  );
  const subOf = useMemo(() => new Map(subTypes.map((s) => [s.uuid, s])), [subTypes]);
  const columns = useMemo<ResourceColumn<NormBasic>[]>(
    () => [
      {
        key: 'subType',
        title: t('fields.subType'),
        alwaysVisible: true,
        sortable: true,
        value: (b) => subOf.get(b.subNormUuid)?.name ?? b.subNormName,
        width: 180,
      },
      {
        key: 'value',
        title: t('fields.value'),
        value: (b) => valueText(b.subNormContent.normValue, b.unit),
        width: 160,
      },
      {
        key: 'usedBy',
        title: t('fields.usedBy'),
        value: (b) => (combinedUsing(norm, b) ? t('inUse') : ''),
        render: (b) => (combinedUsing(norm, b) ? <Tag color="blue">{t('inUse')}</Tag> : null),
        width: 140,
      },
      {
        key: 'uuid',
        title: t('fields.uuid'),
        value: (b) => b.uuid,
        render: (b) => (
          <Typography.Text type="secondary" copyable>
            {b.uuid}
          </Typography.Text>
        ),
        defaultHidden: true,
        width: 320,
      },
    ],
    [t, subOf, norm],
  );
  const actions = useMemo<ResourceAction<NormBasic>[]>(
    () => [
      deleteSpec<NormBasic>(
        t('actions.deleteSingle'),
        (b) => deleteNormBasic(b.uuid),
        (b) => {
          const user = combinedUsing(norm, b);
          return user ? t('guards.usedByCombined', { spec: advanceText(user, subTypes) }) : true;
        },
      ),
    ],
    [t, norm, subTypes],
  );
  return (
    <ResourceTable<NormBasic, typeof BASIC_TABLE.filters>
      tableId="resource-spec-singles"
      resourceName={t('title.singles')}
      rowKey={(b) => b.uuid}
      itemName={(b) =>
        `${subOf.get(b.subNormUuid)?.name ?? b.subNormName} ${valueText(b.subNormContent.normValue, b.unit)}`
      }
      columns={columns}
      data={rows}
      query={query}
      state={state}
      rowActions={actions}
      bulkActions={actions}
      inlineActions={1}
      emptyAction={emptyAction}
    />
  );
}

/** The combined specs: a value for every sub-type, with their prices. */
export function CombinedTable({
  subTypes,
  norm,
  query,
  emptyAction,
}: {
  subTypes: NormSubType[];
  norm: Norm | undefined;
  query: QueryStatusLike;
  emptyAction?: ReactNode;
}) {
  const { t } = useTranslation('resource-specs');
  const state = useUrlTableState(ADV_TABLE);
  const columns = useMemo<ResourceColumn<NormAdvance>[]>(
    () => [
      ...subTypes.map((s, i): ResourceColumn<NormAdvance> => ({
        key: `sub:${s.key || s.uuid}`,
        title: s.unit ? `${s.name} (${s.unit})` : s.name,
        alwaysVisible: i === 0,
        sortable: true,
        value: (a) => advanceValue(a, s.uuid) ?? '',
        width: 130,
      })),
      {
        key: 'initPrice',
        title: t('fields.initPrice'),
        value: (a) => a.initPrice,
        align: 'right',
        width: 110,
      },
      {
        key: 'unitPrice',
        title: t('fields.unitPrice'),
        value: (a) => a.unitPrice,
        align: 'right',
        width: 110,
      },
    ],
    [t, subTypes],
  );
  const actions = useMemo<ResourceAction<NormAdvance>[]>(
    () => [
      deleteSpec<NormAdvance>(
        t('actions.deleteCombined'),
        (a) => deleteNormAdvance(a.uuid),
        () => true,
      ),
    ],
    [t],
  );
  return (
    <ResourceTable<NormAdvance, typeof ADV_TABLE.filters>
      tableId="resource-spec-combined"
      resourceName={t('title.combined')}
      rowKey={(a) => a.uuid}
      itemName={(a) => advanceText(a, subTypes)}
      columns={columns}
      data={norm?.advances}
      query={query}
      state={state}
      rowActions={actions}
      bulkActions={actions}
      inlineActions={1}
      emptyAction={emptyAction}
    />
  );
}
