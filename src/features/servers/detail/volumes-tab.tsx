// The server's volumes (004:L7336, L7457, L7552, L9415): the attached list, attach from a
// searchable picker of the project's attachable volumes, detach with a confirmation.
import { useDeferredValue, useState } from 'react';
import { App, Button, Flex, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import {
  serverDeviceQueries,
  useAttachVolume,
  useDetachVolume,
  type VolumeAttachment,
} from '@/api/resources/server-devices';
import { volumeQueries } from '@/api/resources/volumes';

import type { Server } from '../model/types';

const DEVICE_STATES = new Set(['ACTIVE', 'SHUTOFF']);

export function VolumesTab({ server }: { server: Server }) {
  const { t } = useTranslation('servers');
  const { message } = App.useApp();
  const p = server.tenant_id;
  const list = useQuery(serverDeviceQueries.volumes(p, server.id));
  const volumes = useQuery(volumeQueries.list(p));
  const [search, setSearch] = useState('');
  const name = useDeferredValue(search);
  const [open, setOpen] = useState(false);
  const attachable = useQuery({
    ...serverDeviceQueries.attachable(p, server.id, name),
    enabled: open,
  });
  const [picked, setPicked] = useState<string>();
  const attach = useAttachVolume();
  const detach = useDetachVolume();
  const ready = DEVICE_STATES.has(server.status) && !server['OS-EXT-STS:task_state'];
  const byId = new Map((volumes.data ?? []).map((v) => [v.id, v]));

  const onAttach = () => {
    if (!picked) return;
    attach.mutate(
      { projectId: p, serverId: server.id, volumeId: picked },
      {
        onSuccess: (r) => {
          void message.success(t('devices.volumeAttached', { device: r.volumeAttachment.device }));
          setPicked(undefined);
        },
      },
    );
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Select
          showSearch={{ filterOption: false, onSearch: setSearch }}
          style={{ minWidth: 360 }}
          placeholder={t('devices.pickVolume')}
          aria-label={t('devices.pickVolume')}
          value={picked}
          onChange={setPicked}
          onOpenChange={setOpen}
          loading={attachable.isFetching}
          disabled={!ready}
          notFoundContent={attachable.isFetching ? undefined : t('devices.noAttachable')}
          options={(attachable.data?.data ?? []).map((v) => ({
            value: v.uuid,
            label: `${v.diskName} · ${v.size} GB · ${v.storageTypeName ?? ''}`,
          }))}
        />
        <Button
          type="primary"
          onClick={onAttach}
          disabled={!picked || !ready}
          loading={attach.isPending}
        >
          {t('devices.attachVolume')}
        </Button>
        {!ready && <Typography.Text type="secondary">{t('devices.needsState')}</Typography.Text>}
      </Flex>
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<VolumeAttachment>
          rowKey="volumeId"
          size="middle"
          loading={list.isPending}
          pagination={false}
          dataSource={list.data ?? []}
          locale={{ emptyText: t('devices.noVolumes') }}
          columns={[
            {
              title: t('devices.volumeName'),
              key: 'name',
              render: (_, a) => byId.get(a.volumeId)?.displayName ?? a.volumeId,
            },
            { title: t('devices.device'), dataIndex: 'device' },
            {
              title: t('devices.size'),
              key: 'size',
              render: (_, a) => {
                const v = byId.get(a.volumeId);
                return v ? `${v.size} GB` : '—';
              },
            },
            {
              title: t('devices.volumeStatus'),
              key: 'status',
              render: (_, a) => {
                const v = byId.get(a.volumeId);
                return v ? <Tag>{t(`devices.volumeState.${v.status}`)}</Tag> : '—';
              },
            },
            {
              title: t('devices.actions'),
              key: 'actions',
              render: (_, a) =>
                a.device === '/dev/vda' ? (
                  <Typography.Text type="secondary">{t('devices.systemDisk')}</Typography.Text>
                ) : (
                  <Popconfirm
                    title={t('devices.confirmDetachVolume', {
                      name: byId.get(a.volumeId)?.displayName ?? a.volumeId,
                    })}
                    okText={t('devices.detach')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() =>
                      detach.mutateAsync({
                        projectId: p,
                        serverId: server.id,
                        volumeId: a.volumeId,
                      })
                    }
                  >
                    <Button size="small" danger disabled={!ready}>
                      {t('devices.detach')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
