// /keypairs — the SSH key pairs of the signed-in user (004 §1.4): list, quick look, generate (the
// private key is shown once), import a public key, delete one or many.
import { useState } from 'react';
import { Button } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { keypairQueries } from '@/api/resources/keypairs';
import { QuickLookDrawer } from '@/components/detail/quick-look-drawer';
import { ListPage } from '@/components/list-page/list-page';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useViewer } from '@/hooks/use-session';
import { CreateKeypairDrawer } from '../components/create-keypair-drawer';
import { ImportKeypairDrawer } from '../components/import-keypair-drawer';
import { useKeypairColumns } from '../components/keypair-columns';
import { KeypairQuickLook } from '../components/keypair-quick-look';
import { PrivateKeyModal } from '../components/private-key-modal';
import { useCreatedAt } from '../components/use-created-at';
import { useKeypairActions } from '../components/use-keypair-actions';
import type { KeypairListItem } from '../model/keypair';

const TABLE = defineTableOptions({
  filters: {},
  defaultPageSize: 50,
  defaultSort: { field: 'name', order: 'ascend' },
  sortFields: ['name', 'type', 'created_at'],
});

export function Component() {
  const { t } = useTranslation('keypairs');
  const { projectId } = useViewer();
  const state = useUrlTableState(TABLE);
  const [drawer, setDrawer] = useUrlParam('drawer');
  const [created, setCreated] = useState<{ name: string; privateKey: string } | undefined>();
  const query = useQuery(keypairQueries.list(projectId));
  const createdAt = useCreatedAt(projectId, query.data);

  const columns = useKeypairColumns(createdAt);
  const actions = useKeypairActions(projectId);

  return (
    <>
      <ListPage<KeypairListItem, typeof TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={{ label: t('actions.create'), onClick: () => setDrawer('create') }}
        headerExtra={
          <Button icon={<ImportOutlined aria-hidden />} onClick={() => setDrawer('import')}>
            {t('actions.import')}
          </Button>
        }
        tableId="keypairs"
        resourceName={t('title.resource')}
        rowKey={(x) => x.name}
        itemName={(x) => x.name}
        columns={columns}
        rows={query}
        state={state}
        actions={actions}
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
