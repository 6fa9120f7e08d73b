// /keypairs — the SSH key pairs of the signed-in user (004 §1.4): list, quick look, generate (the
// private key is shown once), import a public key, delete one or many.
import { useMemo, useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { DeleteOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ResourceAction } from '@/components/actions/types';
import { QuickLookDrawer, QuickLookLink } from '@/components/detail/quick-look-drawer';
import { PageHeader } from '@/components/page-header';
import { ResourceTable } from '@/components/resource-table/resource-table';
import type { ResourceColumn } from '@/components/resource-table/types';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useViewer } from '@/hooks/use-session';
import { formatDateTime } from '@/i18n/format';
import { deleteKeypair, keypairKeys, keypairQueries } from '@/api/resources/keypairs';
import { CreateKeypairDrawer } from '../components/create-keypair-drawer';
import { ImportKeypairDrawer } from '../components/import-keypair-drawer';
import { KeypairQuickLook } from '../components/keypair-quick-look';
import { PrivateKeyModal } from '../components/private-key-modal';
import { canDelete, parseNovaTime, type KeypairListItem } from '../model/keypair';

const TABLE = defineTableOptions({
  filters: {},
  defaultPageSize: 50,
  defaultSort: { field: 'name', order: 'ascend' },
  sortFields: ['name', 'type', 'created_at'],
});

/**
 * The list omits `created_at` (nova), so each row's detail is read as well; a user has few key
 * pairs, and the details are immutable and feed the quick look from the same cache.
 */
const createdByName = (
  results: readonly { data?: { name: string; created_at: string } | undefined }[],
): ReadonlyMap<string, Date | null> =>
  new Map(
    results.flatMap((r) => (r.data ? [[r.data.name, parseNovaTime(r.data.created_at)]] : [])),
  );

function useCreatedAt(projectId: string, items: readonly KeypairListItem[] | undefined) {
  return useQueries({
    queries: (items ?? []).map((k) => keypairQueries.detail(projectId, k.name)),
    combine: createdByName,
  });
}

export function Component() {
  const { t } = useTranslation('keypairs');
  const { projectId } = useViewer();
  const state = useUrlTableState(TABLE);
  const [drawer, setDrawer] = useUrlParam('drawer');
  const [created, setCreated] = useState<{ name: string; privateKey: string } | undefined>();
  const query = useQuery(keypairQueries.list(projectId));
  const createdAt = useCreatedAt(projectId, query.data);

  const columns = useMemo<ResourceColumn<KeypairListItem>[]>(
    () => [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (x) => x.name,
        render: (x) => <QuickLookLink id={x.name}>{x.name}</QuickLookLink>,
        width: 200,
      },
      {
        key: 'fingerprint',
        title: t('fields.fingerprint'),
        searchable: true,
        value: (x) => x.fingerprint,
        render: (x) => (
          <Typography.Text code copyable={{ text: x.fingerprint }} style={{ fontSize: 12 }}>
            {x.fingerprint}
          </Typography.Text>
        ),
        width: 300,
      },
      {
        key: 'type',
        title: t('fields.type'),
        sortable: true,
        value: (x) => t(`type.${x.type}`),
        width: 100,
      },
      {
        key: 'created_at',
        title: t('fields.created_at'),
        sortable: true,
        value: (x) => formatDateTime(createdAt.get(x.name)),
        compare: (a, b) =>
          (createdAt.get(a.name)?.getTime() ?? 0) - (createdAt.get(b.name)?.getTime() ?? 0),
        exportValue: (x) => createdAt.get(x.name)?.toISOString() ?? '',
        width: 180,
      },
    ],
    [t, createdAt],
  );

  const actions = useMemo<ResourceAction<KeypairListItem>[]>(
    () => [
      {
        key: 'delete',
        label: t('actions.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: canDelete,
        confirm: { typeToConfirm: true, content: t('messages.deleteConfirm') },
        run: (x) => deleteKeypair(projectId, x.name),
        onSettled: (_r, ctx) =>
          void ctx.queryClient.invalidateQueries({ queryKey: keypairKeys.list(projectId) }),
      },
    ],
    [t, projectId],
  );

  return (
    <>
      <PageHeader
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        extra={
          <Flex gap={8}>
            <Button icon={<ImportOutlined aria-hidden />} onClick={() => setDrawer('import')}>
              {t('actions.import')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setDrawer('create')}
            >
              {t('actions.create')}
            </Button>
          </Flex>
        }
      />
      <ResourceTable<KeypairListItem, typeof TABLE.filters>
        tableId="keypairs"
        resourceName={t('title.resource')}
        rowKey={(x) => x.name}
        itemName={(x) => x.name}
        columns={columns}
        data={query.data}
        query={query}
        state={state}
        paging={{ mode: 'client' }}
        rowActions={actions}
        bulkActions={actions}
        inlineActions={1}
      />
      <CreateKeypairDrawer
        projectId={projectId}
        open={drawer === 'create'}
        onClose={() => setDrawer(undefined)}
        onCreated={setCreated}
      />
      <ImportKeypairDrawer
        projectId={projectId}
        open={drawer === 'import'}
        onClose={() => setDrawer(undefined)}
      />
      <PrivateKeyModal created={created} onClose={() => setCreated(undefined)} />
      <QuickLookDrawer title={(name) => name}>
        {(name) => <KeypairQuickLook projectId={projectId} name={name} />}
      </QuickLookDrawer>
    </>
  );
}
