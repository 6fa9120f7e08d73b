// The server's whole-VM snapshots (004 §1.10 #6–12): the tree with the current one marked, how
// many CAS keeps (`count-limit`), create, edit, revert and delete. Polls while one is written.
import { useCallback, useState } from 'react';
import { Button, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RowActions } from '@/components/actions/row-actions';
import { ErrorAlert } from '@/components/error-alert';
import { StatusTag } from '@/components/status-tag';
import { vmSnapshotQueries } from '@/api/resources/vm-snapshots';
import { pollWhile } from '@/hooks/polling';
import { formatDateTime } from '@/i18n/format';
import {
  allSnapshots,
  anyCreating,
  canCreateVmSnapshot,
  toRows,
  type VmSnapshotRow,
} from '../model/vm-snapshots';
import type { Server } from '../model/types';
import { useVmSnapshotActions } from './use-vm-snapshot-actions';
import { VmSnapshotDrawer } from './vm-snapshot-drawer';

/** `yyyy-MM-dd HH:mm:ss` in UTC, as the platform prints it, read as an instant. */
const casInstant = (s: string) => `${s.replace(' ', 'T')}Z`;

export function VmSnapshotsSection({ server }: { server: Server }) {
  const { t } = useTranslation('servers');
  const tree = useQuery({
    ...vmSnapshotQueries.tree(server.id),
    refetchInterval: pollWhile(anyCreating),
  });
  const limit = useQuery(vmSnapshotQueries.countLimit(server.id));
  // Every branch open unless the user folded it (the tree arrives after the first render, so
  // antd's defaultExpandAllRows would see none).
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const [drawer, setDrawer] = useState<{ editing?: VmSnapshotRow } | undefined>();
  const onEdit = useCallback((s: VmSnapshotRow) => setDrawer({ editing: s }), []);
  const actions = useVmSnapshotActions(server, onEdit);
  const nodes = tree.data ?? [];
  const all = allSnapshots(nodes);
  const count = all.length;
  const expanded = all
    .filter((n) => n.snapshots.snapshot.length > 0 && !folded.has(n.name))
    .map((n) => n.name);
  const verdict = canCreateVmSnapshot(server, count, limit.data);
  const createReason =
    verdict === true
      ? undefined
      : verdict.reason === 'limit'
        ? t('vmSnapshots.guards.limit', { limit: verdict.limit })
        : t(`vmSnapshots.guards.${verdict.reason}`);

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('vmSnapshots.title')}
        </Typography.Title>
        {limit.data !== undefined ? (
          <Typography.Text type="secondary">
            {t('vmSnapshots.count', { count, limit: limit.data })}
          </Typography.Text>
        ) : null}
        <Tooltip title={createReason}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={verdict !== true || tree.isPending}
            onClick={() => setDrawer({})}
          >
            {t('vmSnapshots.actions.create')}
          </Button>
        </Tooltip>
      </Flex>
      {tree.error ? (
        <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />
      ) : (
        <Table<VmSnapshotRow>
          aria-label={t('vmSnapshots.title')}
          rowKey="name"
          size="middle"
          loading={tree.isPending}
          pagination={false}
          dataSource={toRows(nodes)}
          expandable={{
            indentSize: 20,
            expandedRowKeys: expanded,
            onExpand: (open, row) =>
              setFolded((prev) => {
                const next = new Set(prev);
                if (open) next.delete(row.name);
                else next.add(row.name);
                return next;
              }),
          }}
          locale={{ emptyText: t('vmSnapshots.empty') }}
          columns={[
            {
              title: t('vmSnapshots.fields.name'),
              key: 'name',
              render: (_, s) => (
                <Flex gap={8} align="center" wrap>
                  <span>{s.name}</span>
                  {s.isCurr === 'true' ? <Tag color="blue">{t('vmSnapshots.current')}</Tag> : null}
                </Flex>
              ),
            },
            {
              title: t('vmSnapshots.fields.status'),
              key: 'status',
              width: 110,
              render: (_, s) => (
                <StatusTag
                  label={t(`vmSnapshots.status.${s.status}`)}
                  tone={s.status === 'creating' ? 'processing' : 'success'}
                />
              ),
            },
            {
              title: t('vmSnapshots.fields.snapMem'),
              key: 'snapMem',
              width: 150,
              render: (_, s) =>
                t(s.snapMem === 'true' ? 'vmSnapshots.memory.yes' : 'vmSnapshots.memory.no'),
            },
            {
              title: t('vmSnapshots.fields.mode'),
              key: 'mode',
              width: 100,
              render: (_, s) => t(`vmSnapshots.mode.${s.snapshotMode}`),
            },
            {
              title: t('vmSnapshots.fields.created'),
              key: 'created',
              width: 180,
              render: (_, s) => formatDateTime(casInstant(s.creationTime)),
            },
            {
              title: t('vmSnapshots.fields.desc'),
              key: 'desc',
              ellipsis: true,
              render: (_, s) => s.desc || '—',
            },
            {
              title: t('devices.actions'),
              key: 'actions',
              width: 250,
              render: (_, s) => (
                <RowActions
                  item={s}
                  actions={actions}
                  keyOf={(x) => x.name}
                  nameOf={(x) => x.name}
                  inline={3}
                />
              ),
            },
          ]}
        />
      )}
      <VmSnapshotDrawer
        server={server}
        editing={drawer?.editing}
        open={drawer !== undefined}
        onClose={() => setDrawer(undefined)}
        onDone={() => setDrawer(undefined)}
      />
    </Flex>
  );
}
