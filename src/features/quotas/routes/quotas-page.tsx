// /quotas — an administrator sees every organisation's usage against its limits (most pressed
// first) and edits them; a tenant sees its own organisation's quota, read-only (004 §1.18).
import { useMemo } from 'react';
import { EditOutlined } from '@ant-design/icons';
import { Alert, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ResourceAction } from '@/components/actions/types';
import { QuickLookDrawer } from '@/components/detail/quick-look-drawer';
import { ErrorAlert } from '@/components/error-alert';
import { ListPageHeader } from '@/components/list-page/list-page-header';
import { ListPage } from '@/components/list-page/list-page';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useViewer } from '@/hooks/use-session';
import { projectQueries } from '@/api/resources/projects';
import { quotaQueries } from '@/api/resources/quotas';
import { EditQuotaDrawer } from '../components/edit-quota-drawer';
import { ProjectQuota } from '../components/project-quota';
import { useQuotaColumns } from '../components/quota-columns';
import { toRows, type OrgQuotaRow } from '../model/rows';

const TABLE = defineTableOptions({
  filters: {},
  defaultPageSize: 50,
  defaultSort: { field: 'pressure', order: 'descend' },
  sortFields: ['name', 'pressure'],
});

function AdminQuotas() {
  const { t } = useTranslation('quotas');
  const state = useUrlTableState(TABLE);
  const [editing, setEditing] = useUrlParam('edit');
  const query = useQuery(quotaQueries.list());
  const projects = useQuery(projectQueries.list());
  const rows = useMemo(() => toRows(query.data, projects.data), [query.data, projects.data]);
  const columns = useQuotaColumns();
  const actions = useMemo(
    (): ResourceAction<OrgQuotaRow>[] => [
      {
        key: 'edit',
        label: t('actions.edit'),
        icon: <EditOutlined aria-hidden />,
        guard: () => true,
        open: (r) => setEditing(r.id),
      },
    ],
    [t, setEditing],
  );
  const edited = rows?.find((r) => r.id === editing);

  return (
    <>
      <ListPage<OrgQuotaRow, typeof TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        tableId="quotas"
        resourceName={t('title.resource')}
        rowKey={(r) => r.id}
        itemName={(r) => r.name}
        columns={columns}
        data={rows}
        query={query}
        state={state}
        rowActions={actions}
        inlineActions={1}
      />
      <EditQuotaDrawer
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        projectName={edited?.name ?? ''}
        limits={edited?.limits}
      />
      <QuickLookDrawer size={720} title={(id) => rows?.find((r) => r.id === id)?.name ?? id}>
        {(id) => {
          const row = rows?.find((r) => r.id === id);
          return row ? <ProjectQuota limits={row.limits} columns={2} /> : null;
        }}
      </QuickLookDrawer>
    </>
  );
}

function TenantQuota() {
  const { t } = useTranslation('quotas');
  const { projectId } = useViewer();
  const query = useQuery(quotaQueries.limits(projectId));
  return (
    <>
      <ListPageHeader title={t('title.mine')} subtitle={t('subtitle.mine')} />
      <Alert type="info" showIcon title={t('messages.readOnly')} style={{ marginBottom: 16 }} />
      {query.error ? <ErrorAlert error={query.error} /> : null}
      {query.data ? (
        <ProjectQuota limits={query.data} />
      ) : query.isPending ? (
        <Skeleton active />
      ) : null}
    </>
  );
}

export function Component() {
  const { isAdmin } = useViewer();
  return isAdmin ? <AdminQuotas /> : <TenantQuota />;
}
