// The server's instance snapshots (images taken by createImage, 004:L5330; listed per project,
// 004:L5464): those of this server, create one, delete one with a confirmation.
import { useState } from 'react';
import { App, Button, Flex, Form, Input, Table, Tooltip, Typography } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '@/components/confirm/confirm-action';
import { ErrorAlert } from '@/components/error-alert';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { StatusTag } from '@/components/status-tag';
import {
  snapshotQueries,
  useDeleteSnapshot,
  type InstanceSnapshot,
} from '@/api/resources/server-devices';
import { useServerAction } from '@/api/resources/servers';
import { pollWhile } from '@/hooks/polling';
import { formatBytes, formatDateTime } from '@/i18n/format';
import { guard } from '../model/guards';
import type { Server } from '../model/types';

const saving = (list: readonly InstanceSnapshot[]) => list.some((s) => s.status === 'SAVING');

export function InstanceSnapshotsSection({ server }: { server: Server }) {
  const { t } = useTranslation('servers');
  const { message } = App.useApp();
  const rules = useRules();
  const p = server.tenant_id;
  const list = useQuery({ ...snapshotQueries.list(p), refetchInterval: pollWhile(saving) });
  const rows = (list.data ?? []).filter((s) => s.server?.id === server.id);
  const del = useDeleteSnapshot();
  const action = useServerAction();
  const [open, setOpen] = useState(false);
  const verdict = guard('snapshot', server);
  const reason =
    verdict === true
      ? undefined
      : verdict.reason === 'state'
        ? t('guards.state', {
            allowed: verdict.allowed.map((v) => t(`vmState.${v}`)).join(' / '),
            current: t(`vmState.${verdict.current}`),
          })
        : t('vmSnapshots.guards.busy');

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('vmSnapshots.instance.title')}
        </Typography.Title>
        <Tooltip title={reason}>
          <Button
            icon={<CameraOutlined />}
            disabled={verdict !== true}
            onClick={() => setOpen(true)}
          >
            {t('vmSnapshots.instance.create')}
          </Button>
        </Tooltip>
      </Flex>
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<InstanceSnapshot>
          aria-label={t('vmSnapshots.instance.title')}
          rowKey="id"
          size="middle"
          loading={list.isPending}
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: t('snapshots.empty') }}
          columns={[
            { title: t('snapshots.name'), dataIndex: 'name' },
            {
              title: t('snapshots.status'),
              key: 'status',
              render: (_, s) => (
                <StatusTag
                  label={t(`snapshots.statusValue.${s.status}`)}
                  tone={
                    s.status === 'SAVING'
                      ? 'processing'
                      : s.status === 'ACTIVE'
                        ? 'success'
                        : 'error'
                  }
                />
              ),
            },
            {
              title: t('snapshots.size'),
              key: 'size',
              render: (_, s) =>
                s.status === 'ACTIVE' ? formatBytes(s['OS-EXT-IMG-SIZE:size']) : '—',
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
                <ConfirmAction
                  danger
                  disabled={s.status === 'SAVING'}
                  confirm={{
                    title: t('snapshots.confirmDelete', { name: s.name }),
                    okText: t('snapshots.delete'),
                    danger: true,
                  }}
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
                  {t('snapshots.delete')}
                </ConfirmAction>
              ),
            },
          ]}
        />
      )}
      <FormDrawer<{ name: string }>
        title={t('vmSnapshots.instance.create')}
        open={open}
        onClose={() => setOpen(false)}
        submitText={t('vmSnapshots.actions.create')}
        fieldAliases={{ 'body/createImage/name': 'name' }}
        onSubmit={(v) =>
          action.mutateAsync({
            server: { tenant_id: p, id: server.id },
            body: { createImage: { name: v.name.trim() } },
          })
        }
        onSuccess={() => void list.refetch()}
      >
        <Form.Item
          name="name"
          label={t('snapshots.name')}
          rules={[rules.required(), rules.maxLength(255)]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </FormDrawer>
    </Flex>
  );
}
