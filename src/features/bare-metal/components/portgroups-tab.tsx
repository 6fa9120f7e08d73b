// A node's portgroups (bonds): create with a name and a bond mode, delete once no port is bound.
import { useMemo, useState } from 'react';
import { App, Form, Input, Select, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  bareMetalKeys,
  bareMetalQueries,
  deletePortgroup,
  useCreatePortgroup,
  type BmPortgroup,
  type BmPortgroupMode,
} from '@/api/resources/bare-metal';
import { BM_PORTGROUP_MODES } from '@/api/enums';
import type { ResourceAction } from '@/components/actions/types';
import { CreateButton } from '@/components/list-page/list-page-header';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { ResourceTable } from '@/components/resource-table/resource-table';
import type { ResourceColumn } from '@/components/resource-table/types';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { isNodeName } from '../model/enroll';

const TABLE = defineTableOptions({ filters: {}, prefix: 'pg.', defaultPageSize: 50 });

export function PortgroupsTab({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation('bare-metal');
  const state = useUrlTableState(TABLE);
  const groups = useQuery(bareMetalQueries.portgroups(nodeId));
  const ports = useQuery(bareMetalQueries.ports(nodeId));
  const [creating, setCreating] = useState(false);
  const macOf = useMemo(() => {
    const macs = new Map((ports.data ?? []).map((p) => [p.uuid, p.address]));
    return (id: string) => macs.get(id) ?? id;
  }, [ports.data]);

  const columns = useMemo<ResourceColumn<BmPortgroup>[]>(
    () => [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        value: (g) => g.name ?? g.uuid,
        width: 220,
      },
      { key: 'mode', title: t('fields.mode'), sortable: true, value: (g) => g.mode, width: 140 },
      {
        key: 'address',
        title: t('fields.address'),
        value: (g) => g.address ?? '',
        render: (g) => (g.address ? <Typography.Text code>{g.address}</Typography.Text> : null),
        width: 190,
      },
      {
        key: 'ports',
        title: t('fields.ports'),
        value: (g) => g.port_uuids.map(macOf).join(', '),
        width: 320,
      },
    ],
    [t, macOf],
  );

  const actions = useMemo<ResourceAction<BmPortgroup>[]>(
    () => [
      {
        key: 'delete',
        label: t('actions.deletePortgroup'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: (g) => (g.port_uuids.length > 0 ? t('guards.groupHasPorts') : true),
        confirm: {},
        run: (g) => deletePortgroup(g.uuid),
        onSettled: (_r, ctx) =>
          void ctx.queryClient.invalidateQueries({ queryKey: bareMetalKeys.all }),
      },
    ],
    [t],
  );

  const create = { label: t('actions.createPortgroup'), onClick: () => setCreating(true) };
  return (
    <>
      <ResourceTable<BmPortgroup, typeof TABLE.filters>
        tableId="bare-metal-portgroups"
        resourceName={t('tabs.portgroups')}
        rowKey={(g) => g.uuid}
        itemName={(g) => g.name ?? g.uuid}
        columns={columns}
        data={groups.data}
        query={groups}
        state={state}
        search={false}
        toolbarExtra={<CreateButton {...create} />}
        emptyAction={<CreateButton {...create} />}
        rowActions={actions}
        bulkActions={actions}
        inlineActions={1}
      />
      <CreatePortgroupDrawer nodeId={nodeId} open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function CreatePortgroupDrawer(props: { nodeId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('bare-metal');
  const { message } = App.useApp();
  const rules = useRules();
  const create = useCreatePortgroup();
  return (
    <FormDrawer<{ name: string; mode: BmPortgroupMode }>
      title={t('title.portgroup')}
      open={props.open}
      onClose={props.onClose}
      initialValues={{ mode: 'active-backup' }}
      fieldAliases={{ 'body/name': 'name', 'body/mode': 'mode' }}
      onSubmit={async (v) => {
        const name = v.name.trim();
        await create.mutateAsync({ nodeId: props.nodeId, name, mode: v.mode });
        void message.success(t('messages.portgroupCreated', { name }));
      }}
    >
      <Form.Item
        name="name"
        label={t('fields.name')}
        rules={[
          rules.required(),
          {
            validator: async (_r: unknown, value: unknown) => {
              if (typeof value === 'string' && value.trim() !== '' && !isNodeName(value.trim()))
                throw new Error(t('form.invalidName'));
            },
          },
        ]}
      >
        <Input autoComplete="off" maxLength={255} />
      </Form.Item>
      <Form.Item name="mode" label={t('fields.mode')} rules={[rules.required()]}>
        <Select options={BM_PORTGROUP_MODES.map((m) => ({ value: m, label: m }))} />
      </Form.Item>
    </FormDrawer>
  );
}
