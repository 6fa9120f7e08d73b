// /snapshots — every instance snapshot of the project (004:L5464) with its source server, size,
// status and time, on the list kit; deleting one or many is confirmed (004:L5846), and an available
// snapshot converts into an ordinary image (004 §1.3 PATCH, L942), one or many, after a confirm.
// Snapshots are made from a server (createImage, its Snapshots tab), so there is no create button.
import { useMemo } from 'react';
import { DeleteOutlined, FileImageOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ResourceAction } from '@/components/actions/types';
import { ListPage } from '@/components/list-page/list-page';
import type { ResourceColumn } from '@/components/resource-table/types';
import { StatusTag } from '@/components/status-tag';
import {
  snapshotKeys,
  snapshotQueries,
  useDeleteSnapshot,
  type InstanceSnapshot,
} from '@/api/resources/server-devices';
import { imageKeys, useConvertSnapshot } from '@/api/resources/images';
import { pollWhile } from '@/hooks/polling';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useViewer } from '@/hooks/use-session';
import { formatBytes, formatDateTime } from '@/i18n/format';
import { SourceServer } from '../components/source-server';
import { canConvert, canDelete } from '../model/guards';

const TABLE = defineTableOptions({
  filters: {},
  defaultPageSize: 20,
  defaultSort: { field: 'created', order: 'descend' },
  sortFields: ['name', 'status', 'size', 'minDisk', 'created'],
});
const saving = (list: readonly InstanceSnapshot[]) => list.some((s) => s.status === 'SAVING');

export function Component() {
  const { t } = useTranslation('servers');
  const p = useViewer().projectId;
  const state = useUrlTableState(TABLE);
  const query = useQuery({ ...snapshotQueries.list(p), refetchInterval: pollWhile(saving) });
  const del = useDeleteSnapshot();
  const convert = useConvertSnapshot();

  const columns = useMemo<ResourceColumn<InstanceSnapshot>[]>(
    () => [
      {
        key: 'name',
        title: t('snapshots.name'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (s) => s.name,
        width: 200,
      },
      {
        key: 'server',
        title: t('snapshots.server'),
        value: (s) => s.server?.id ?? '',
        render: (s) => (s.server?.id ? <SourceServer project={p} id={s.server.id} /> : '—'),
        width: 200,
      },
      {
        key: 'status',
        title: t('snapshots.status'),
        sortable: true,
        value: (s) => t(`snapshots.statusValue.${s.status}`),
        exportValue: (s) => s.status,
        render: (s) => (
          <StatusTag
            label={t(`snapshots.statusValue.${s.status}`)}
            tone={
              s.status === 'SAVING' ? 'processing' : s.status === 'ACTIVE' ? 'success' : 'error'
            }
          />
        ),
        width: 120,
      },
      {
        key: 'size',
        title: t('snapshots.size'),
        sortable: true,
        value: (s) => s['OS-EXT-IMG-SIZE:size'],
        compare: (a, b) => a['OS-EXT-IMG-SIZE:size'] - b['OS-EXT-IMG-SIZE:size'],
        render: (s) => (s.status === 'ACTIVE' ? formatBytes(s['OS-EXT-IMG-SIZE:size']) : '—'),
        width: 120,
      },
      {
        key: 'minDisk',
        title: t('snapshots.minDisk'),
        sortable: true,
        value: (s) => s.minDisk,
        compare: (a, b) => a.minDisk - b.minDisk,
        render: (s) => formatBytes(s.minDisk, undefined, { from: 'GiB' }),
        width: 100,
      },
      {
        key: 'created',
        title: t('snapshots.created'),
        sortable: true,
        value: (s) => s.created,
        render: (s) => formatDateTime(s.created),
        width: 170,
      },
    ],
    [t, p],
  );

  const actions = useMemo<ResourceAction<InstanceSnapshot>[]>(
    () => [
      {
        key: 'delete',
        label: t('snapshots.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: (s) => {
          const r = canDelete(s);
          return r === true ? r : t(`snapshots.refusal.${r}`);
        },
        confirm: {},
        run: (s) => del.mutateAsync({ projectId: p, id: s.id }),
        onSettled: (_r, ctx) =>
          void ctx.queryClient.invalidateQueries({ queryKey: snapshotKeys.all }),
      },
      {
        key: 'convert',
        label: t('snapshots.convert'),
        icon: <FileImageOutlined aria-hidden />,
        bulk: true,
        guard: (s) => {
          const r = canConvert(s);
          return r === true ? r : t(`snapshots.refusal.${r}`);
        },
        confirm: {
          title: (items) =>
            items.length === 1
              ? t('snapshots.convertTitleOne', { name: items[0]?.name ?? '' })
              : t('snapshots.convertTitleMany', { n: items.length }),
          content: (items) =>
            t(items.length === 1 ? 'snapshots.confirmConvertOne' : 'snapshots.confirmConvertMany'),
          okText: t('snapshots.convertOk'),
        },
        run: (s) => convert.mutateAsync(s.id),
        onSettled: (_r, ctx) =>
          void Promise.all([
            ctx.queryClient.invalidateQueries({ queryKey: snapshotKeys.all }),
            ctx.queryClient.invalidateQueries({ queryKey: imageKeys.all }),
          ]),
      },
    ],
    [t, p, del, convert],
  );

  return (
    <ListPage<InstanceSnapshot, typeof TABLE.filters>
      title={t('snapshots.title')}
      subtitle={t('snapshots.subtitle')}
      tableId="snapshots"
      resourceName={t('snapshots.resource')}
      rowKey={(s) => s.id}
      itemName={(s) => s.name}
      columns={columns}
      data={query.data}
      query={query}
      state={state}
      actions={actions}
      emptyAction={false}
    />
  );
}
