// /quota-templates — quota presets (cloud administrators, 004 §1.6 items 7–11): list with the
// main counters, quick look with every counter, create, edit, delete, and apply to many
// organisations through the batch runner.
import { useMemo } from 'react';
import { DeleteOutlined, EditOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ActionContext, ResourceAction } from '@/components/actions/types';
import { DescriptionList } from '@/components/detail/description-list';
import { QuickLookDrawer, QuickLookLink } from '@/components/detail/quick-look-drawer';
import { ListPage, useCreateDrawer } from '@/components/list-page/list-page';
import type { ResourceColumn } from '@/components/resource-table/types';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import {
  deleteQuotaTemplate,
  quotaTemplateKeys,
  quotaTemplateQueries,
  type QuotaTemplate,
} from '@/api/resources/quota-templates';
import { ApplyTemplateDrawer } from '../components/apply-template-drawer';
import { TemplateDrawer } from '../components/template-drawer';
import { useFormatAmount } from '../components/usage-bar';
import { COUNTERS, GIB_COUNTERS, type CounterKey } from '../model/template';

const TABLE = defineTableOptions({
  filters: {},
  defaultPageSize: 50,
  defaultSort: { field: 'name', order: 'ascend' },
  sortFields: ['name', 'novaNum', 'cpu', 'ram', 'storage'],
});
const SHOWN: CounterKey[] = [
  'novaNum',
  'cpu',
  'ram',
  'storage',
  'volumeNum',
  'snapshotNum',
  'netNum',
  'publicIpNum',
];

function useCounterText() {
  const { t } = useTranslation('quotas');
  const format = useFormatAmount();
  return (tpl: QuotaTemplate, key: CounterKey) => {
    const v = tpl[key];
    if (v < 0) return t('pressure.none');
    return format(v, GIB_COUNTERS.has(key) ? 'gib' : 'count');
  };
}

const refresh = (ctx: ActionContext) =>
  void ctx.queryClient.invalidateQueries({ queryKey: quotaTemplateKeys.all });

export function Component() {
  const { t } = useTranslation('quotas');
  const state = useUrlTableState(TABLE);
  const {
    open: creating,
    create,
    close: closeCreate,
    drawer,
    setDrawer,
  } = useCreateDrawer(t('actions.create'));
  const query = useQuery(quotaTemplateQueries.list());
  const text = useCounterText();
  const columns = useMemo(
    (): ResourceColumn<QuotaTemplate>[] => [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (q) => q.name,
        render: (q) => <QuickLookLink id={q.uuid}>{q.name}</QuickLookLink>,
        width: 160,
      },
      ...SHOWN.map((key): ResourceColumn<QuotaTemplate> => ({
        key,
        title: t(`counters.${key}`),
        sortable: true,
        value: (q) => q[key],
        render: (q) => text(q, key),
        align: 'right',
        width: 110,
      })),
      {
        key: 'extra',
        title: t('fields.extra'),
        searchable: true,
        value: (q) => q.extra,
        ellipsis: true,
        showFrom: 1600,
        width: 200,
      },
    ],
    [t, text],
  );
  const actions = useMemo(
    (): ResourceAction<QuotaTemplate>[] => [
      {
        key: 'apply',
        label: t('actions.apply'),
        icon: <SendOutlined aria-hidden />,
        guard: () => true,
        open: (q) => setDrawer(`apply:${q.uuid}`),
      },
      {
        key: 'edit',
        label: t('actions.editTemplate'),
        icon: <EditOutlined aria-hidden />,
        guard: () => true,
        open: (q) => setDrawer(`edit:${q.uuid}`),
      },
      {
        key: 'delete',
        label: t('actions.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: () => true,
        confirm: { content: t('messages.deleteConfirm') },
        run: (q) => deleteQuotaTemplate(q.uuid),
        onSettled: (_r, ctx) => refresh(ctx),
      },
    ],
    [t, setDrawer],
  );
  // One URL param for the drawer and its template (`edit:<uuid>`): two setters in a row would
  // each start from the same stale URL.
  const [mode, target] = drawer?.split(':') ?? [];
  const selected = query.data?.find((q) => q.uuid === target);

  return (
    <>
      <ListPage<QuotaTemplate, typeof TABLE.filters>
        title={t('title.templates')}
        subtitle={t('subtitle.templates')}
        create={create}
        tableId="quota-templates"
        resourceName={t('title.templateResource')}
        rowKey={(q) => q.uuid}
        itemName={(q) => q.name}
        columns={columns}
        rows={query}
        state={state}
        actions={actions}
      />
      <TemplateDrawer open={creating} onClose={closeCreate} />
      <TemplateDrawer
        open={mode === 'edit' && selected !== undefined}
        onClose={closeCreate}
        template={selected}
      />
      <ApplyTemplateDrawer open={mode === 'apply'} onClose={closeCreate} template={selected} />
      <QuickLookDrawer title={(id) => query.data?.find((q) => q.uuid === id)?.name ?? id}>
        {(id) => {
          const tpl = query.data?.find((q) => q.uuid === id);
          if (!tpl) return null;
          return (
            <DescriptionList
              items={[
                { key: 'uuid', label: t('fields.id'), value: tpl.uuid, copy: tpl.uuid, span: 2 },
                { key: 'extra', label: t('fields.extra'), value: tpl.extra, span: 2 },
                ...COUNTERS.map((key) => ({
                  key,
                  label: t(`counters.${key}`),
                  value: text(tpl, key),
                })),
              ]}
            />
          );
        }}
      </QuickLookDrawer>
    </>
  );
}
