// The server's vNICs (004:L7619, L7770, L7881): IPs and MACs per port, attach a new vNIC on one
// of the project's networks, detach with a confirmation (never the last one).
import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import {
  serverDeviceQueries,
  useAttachInterface,
  useDetachInterface,
  type InterfaceAttachment,
} from '@/api/resources/server-devices';
import { networkQueries } from '@/api/resources/networks';
import type { Server } from '../model/types';

const DEVICE_STATES = new Set(['ACTIVE', 'SHUTOFF']);

export function NetworkTab({ server }: { server: Server }) {
  const { t } = useTranslation('servers');
  const { message } = App.useApp();
  const p = server.tenant_id;
  const list = useQuery(serverDeviceQueries.interfaces(p, server.id));
  const networks = useQuery(networkQueries.list(p));
  const [picked, setPicked] = useState<string>();
  const attach = useAttachInterface();
  const detach = useDetachInterface();
  const ready = DEVICE_STATES.has(server.status) && !server['OS-EXT-STS:task_state'];
  const netName = new Map((networks.data ?? []).map((n) => [n.id, n.label]));
  const rows = list.data ?? [];

  const onAttach = () => {
    if (!picked) return;
    attach.mutate(
      { projectId: p, serverId: server.id, netId: picked },
      {
        onSuccess: (r) => {
          void message.success(
            t('devices.nicAttached', { ip: r.interfaceAttachments.fixed_ips[0]?.ip_address ?? '' }),
          );
          setPicked(undefined);
        },
      },
    );
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 320 }}
          placeholder={t('devices.pickNetwork')}
          aria-label={t('devices.pickNetwork')}
          value={picked}
          onChange={setPicked}
          loading={networks.isPending}
          disabled={!ready}
          options={(networks.data ?? []).map((n) => ({
            value: n.id,
            label: `${n.label} (${n.cidr})`,
          }))}
        />
        <Button
          type="primary"
          onClick={onAttach}
          disabled={!picked || !ready}
          loading={attach.isPending}
        >
          {t('devices.attachNic')}
        </Button>
        {!ready && <Typography.Text type="secondary">{t('devices.needsState')}</Typography.Text>}
      </Flex>
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<InterfaceAttachment>
          rowKey="port_id"
          size="middle"
          loading={list.isPending}
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: t('devices.noNics') }}
          columns={[
            {
              title: t('devices.network'),
              key: 'net',
              render: (_, a) => netName.get(a.net_id) ?? a.net_id,
            },
            {
              title: t('devices.ip'),
              key: 'ip',
              render: (_, a) => a.fixed_ips.map((f) => f.ip_address).join(', '),
            },
            { title: t('devices.mac'), dataIndex: 'mac_addr' },
            {
              title: t('devices.portState'),
              key: 'state',
              render: (_, a) => (
                <Tag color={a.port_state === 'ACTIVE' ? 'green' : undefined}>
                  {t(`devices.portStateValue.${a.port_state}`)}
                </Tag>
              ),
            },
            {
              title: t('devices.actions'),
              key: 'actions',
              render: (_, a) => (
                <Popconfirm
                  title={t('devices.confirmDetachNic', {
                    ip: a.fixed_ips[0]?.ip_address ?? a.port_id,
                  })}
                  okText={t('devices.detach')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    detach.mutateAsync({ projectId: p, serverId: server.id, portId: a.port_id })
                  }
                >
                  <Button size="small" danger disabled={!ready || rows.length < 2}>
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
