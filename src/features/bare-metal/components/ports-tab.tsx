// A node's ports (its NICs by MAC) and their portgroup binding: add, delete, bind, unbind.
import { useMemo, useState } from 'react';
import { App, Form, Input, Select, Typography } from 'antd';
import { DeleteOutlined, DisconnectOutlined, LinkOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  bareMetalKeys,
  bareMetalQueries,
  bindPort,
  deletePort,
  useBindPort,
  useCreatePort,
  type BmPort,
} from '@/api/resources/bare-metal';
import type { ResourceAction } from '@/components/actions/types';
import { CreateButton } from '@/components/list-page/list-page-header';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { ResourceTable } from '@/components/resource-table/resource-table';
import type { ResourceColumn } from '@/components/resource-table/types';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { isMac, normalizeMac } from '../model/enroll';

const TABLE = defineTableOptions({ filters: {}, prefix: 'port.', defaultPageSize: 50 });

export function PortsTab({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation('bare-metal');
  const state = useUrlTableState(TABLE);
  const ports = useQuery(bareMetalQueries.ports(nodeId));
  const groups = useQuery(bareMetalQueries.portgroups(nodeId));
  const [adding, setAdding] = useState(false);
  const [binding, setBinding] = useState<BmPort | undefined>();
  const groupName = useMemo(() => {
    const names = new Map((groups.data ?? []).map((g) => [g.uuid, g.name ?? g.uuid]));
    return (id: string | null) => (id ? (names.get(id) ?? id) : '');
  }, [groups.data]);

  const columns = useMemo<ResourceColumn<BmPort>[]>(
    () => [
      {
        key: 'address',
        title: t('fields.address'),
        alwaysVisible: true,
        sortable: true,
        value: (p) => p.address,
        render: (p) => <Typography.Text code>{p.address}</Typography.Text>,
        width: 200,
      },
      {
        key: 'portgroup',
        title: t('fields.portgroup'),
        sortable: true,
        value: (p) => groupName(p.portgroup_uuid),
        width: 200,
      },
      {
        key: 'pxe_enabled',
        title: t('fields.pxe_enabled'),
        value: (p) => (p.pxe_enabled ? t('yes') : t('no')),
        width: 80,
      },
      {
        key: 'switch',
        title: t('fields.switch'),
        value: (p) =>
          [p.local_link_connection.switch_id, p.local_link_connection.port_id]
            .filter(Boolean)
            .join(' · '),
        width: 280,
      },
    ],
    [t, groupName],
  );

  const hasGroups = (groups.data ?? []).length > 0;
  const actions = useMemo<ResourceAction<BmPort>[]>(
    () => [
      {
        key: 'bind',
        label: t('actions.bind'),
        icon: <LinkOutlined aria-hidden />,
        guard: () => (hasGroups ? true : t('guards.noPortgroups')),
        open: (p) => setBinding(p),
      },
      {
        key: 'unbind',
        label: t('actions.unbind'),
        icon: <DisconnectOutlined aria-hidden />,
        guard: (p) => (p.portgroup_uuid ? true : t('guards.notBound')),
        run: (p) => bindPort(p.uuid, null),
        onSettled: (_r, ctx) =>
          void ctx.queryClient.invalidateQueries({ queryKey: bareMetalKeys.all }),
      },
      {
        key: 'delete',
        label: t('actions.deletePort'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: (p) => (p.portgroup_uuid ? t('guards.portInGroup') : true),
        confirm: {},
        run: (p) => deletePort(p.uuid),
        onSettled: (_r, ctx) =>
          void ctx.queryClient.invalidateQueries({ queryKey: bareMetalKeys.all }),
      },
    ],
    [t, hasGroups],
  );

  const add = { label: t('actions.addPort'), onClick: () => setAdding(true) };
  return (
    <>
      <ResourceTable<BmPort, typeof TABLE.filters>
        tableId="bare-metal-ports"
        resourceName={t('tabs.ports')}
        rowKey={(p) => p.uuid}
        itemName={(p) => p.address}
        columns={columns}
        data={ports.data}
        query={ports}
        state={state}
        search={false}
        toolbarExtra={<CreateButton {...add} />}
        emptyAction={<CreateButton {...add} />}
        rowActions={actions}
        bulkActions={actions.filter((a) => 'bulk' in a && a.bulk)}
        inlineActions={1}
        actionsWidth={190}
      />
      <AddPortDrawer nodeId={nodeId} open={adding} onClose={() => setAdding(false)} />
      <BindPortDrawer
        port={binding}
        groups={(groups.data ?? []).map((g) => ({ value: g.uuid, label: g.name ?? g.uuid }))}
        onClose={() => setBinding(undefined)}
      />
    </>
  );
}

function AddPortDrawer(props: { nodeId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('bare-metal');
  const { message } = App.useApp();
  const rules = useRules();
  const create = useCreatePort();
  return (
    <FormDrawer<{ address: string }>
      title={t('title.port')}
      open={props.open}
      onClose={props.onClose}
      fieldAliases={{ 'body/address': 'address' }}
      onSubmit={async (v) => {
        const address = normalizeMac(v.address);
        await create.mutateAsync({ nodeId: props.nodeId, address });
        void message.success(t('messages.portAdded', { address }));
      }}
    >
      <Form.Item
        name="address"
        label={t('fields.address')}
        extra={t('form.macsHelp')}
        rules={[
          rules.required(),
          {
            validator: async (_r: unknown, value: unknown) => {
              if (typeof value === 'string' && value.trim() !== '' && !isMac(value))
                throw new Error(t('form.invalidMac'));
            },
          },
        ]}
      >
        <Input autoComplete="off" placeholder="52:54:00:12:34:56" />
      </Form.Item>
    </FormDrawer>
  );
}

function BindPortDrawer(props: {
  port: BmPort | undefined;
  groups: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation('bare-metal');
  const { message } = App.useApp();
  const rules = useRules();
  const bind = useBindPort();
  const port = props.port;
  return (
    <FormDrawer<{ portgroup: string }>
      title={t('title.bind', { address: port?.address ?? '' })}
      open={port !== undefined}
      onClose={props.onClose}
      initialValues={{ portgroup: port?.portgroup_uuid ?? undefined }}
      onSubmit={async (v) => {
        if (!port) return;
        await bind.mutateAsync({ id: port.uuid, portgroup: v.portgroup });
        void message.success(t('messages.bound', { address: port.address }));
      }}
    >
      <Form.Item name="portgroup" label={t('form.portgroup')} rules={[rules.required()]}>
        <Select options={props.groups} />
      </Form.Item>
    </FormDrawer>
  );
}
