// /snapshots — every instance snapshot of the project (004:L5464) with its source server, size,
// status and time; deleting one is confirmed (004:L5846). Snapshots are made from a server
// (createImage), so the page has no create button.
import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Popconfirm, Table, Tag } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ListPageHeader } from '@/components/list-page/list-page-header';
import { serverQueries } from '@/api/resources/servers';
import {
  snapshotQueries,
  useDeleteSnapshot,
  type InstanceSnapshot,
} from '@/api/resources/server-devices';
import { useViewer } from '@/hooks/use-session';
import { formatBytes, formatDateTime } from '@/i18n/format';

const PAGE = 20;
const COLOR: Record<string, string> = { ACTIVE: 'green', SAVING: 'blue', ERROR: 'red' };

export function Component() {
  const { t } = useTranslation('servers');
  const { message } = App.useApp();
  const viewer = useViewer();
  const p = viewer.projectId;
  const list = useQuery({
    ...snapshotQueries.list(p),
    refetchInterval: (q) => (q.state.data?.some((s) => s.status === 'SAVING') ? 3000 : false),
  });
  const [page, setPage] = useState(1);
  const rows = list.data ?? [];
  const visible = rows.slice((page - 1) * PAGE, page * PAGE);
  const ids = [...new Set(visible.map((s) => s.server?.id ?? '').filter(Boolean))];
  const servers = useQueries({
    queries: ids.map((id) => ({
      ...serverQueries.detail(p, id),
      retry: false,
      meta: { silent: true },
    })),
  });
  const nameOf = new Map(ids.map((id, i) => [id, servers[i]?.data?.name]));
  const del = useDeleteSnapshot();

  return (
    <>
      <ListPageHeader title={t('snapshots.title')} subtitle={t('snapshots.subtitle')} />
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<InstanceSnapshot>
          rowKey="id"
          loading={list.isPending}
          dataSource={rows}
          pagination={{ current: page, pageSize: PAGE, onChange: setPage, showSizeChanger: false }}
          locale={{ emptyText: t('snapshots.empty') }}
          columns={[
            { title: t('snapshots.name'), dataIndex: 'name' },
            {
              title: t('snapshots.server'),
              key: 'server',
              render: (_, s) => {
                const id = s.server?.id ?? '';
                if (!id) return '—';
                const name = nameOf.get(id);
                const gone = servers[ids.indexOf(id)]?.isError;
                return gone ? (
                  <span>{t('snapshots.serverGone', { id: id.slice(0, 8) })}</span>
                ) : (
                  <Link to={`/servers/${id}`}>{name ?? id.slice(0, 8)}</Link>
                );
              },
            },
            {
              title: t('snapshots.status'),
              key: 'status',
              render: (_, s) => (
                <Tag color={COLOR[s.status]}>{t(`snapshots.statusValue.${s.status}`)}</Tag>
              ),
            },
            {
              title: t('snapshots.size'),
              key: 'size',
              render: (_, s) =>
                s.status === 'ACTIVE' ? formatBytes(s['OS-EXT-IMG-SIZE:size']) : '—',
            },
            {
              title: t('snapshots.minDisk'),
              key: 'minDisk',
              render: (_, s) => formatBytes(s.minDisk, undefined, { from: 'GiB' }),
            },
            {
              title: t('snapshots.created'),
              key: 'created',
              render: (_, s) => formatDateTime(s.created),
            },
            {
              title: t('devices.actions'),
              key: 'actions',
              render: (_, s) => (
                <Popconfirm
                  title={t('snapshots.confirmDelete', { name: s.name })}
                  okText={t('snapshots.delete')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    del.mutateAsync(
                      { projectId: p, id: s.id },
                      {
                        onSuccess: () =>
                          void message.success(t('snapshots.deleted', { name: s.name })),
                      },
                    )
                  }
                >
                  <Button size="small" danger disabled={s.status === 'SAVING'}>
                    {t('snapshots.delete')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
