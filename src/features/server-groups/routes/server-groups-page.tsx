// /server-groups — the affinity and anti-affinity groups of the project (004 §1.9 items 15–17;
// every project's for a cloud administrator): list, quick look, create, delete one or many.
import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QuickLookDrawer } from '@/components/detail/quick-look-drawer';
import { CreateButton, ListPageHeader } from '@/components/list-page/list-page-header';
import { ProjectFilter } from '@/components/list-page/project-filter';
import { FilterSelect } from '@/components/resource-table/filter-select';
import { ResourceTable } from '@/components/resource-table/resource-table';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useProjectNames } from '@/hooks/use-project-names';
import { useViewer } from '@/hooks/use-session';
import { serverGroupQueries } from '@/api/resources/server-groups';
import { CreateServerGroupDrawer } from '../components/create-server-group-drawer';
import { useServerGroupColumns } from '../components/server-group-columns';
import { ServerGroupQuickLook } from '../components/server-group-quick-look';
import { useServerGroupActions } from '../components/use-server-group-actions';
import { POLICIES, policyOf, type ServerGroup } from '../model/server-group';

const TABLE = defineTableOptions({
  filters: { policy: { options: POLICIES }, project: {} },
  defaultPageSize: 50,
  defaultSort: { field: 'name', order: 'ascend' },
  sortFields: ['name', 'policy', 'members', 'project'],
});

export function Component() {
  const { t } = useTranslation('server-groups');
  const viewer = useViewer();
  const state = useUrlTableState(TABLE);
  const [drawer, setDrawer] = useUrlParam('drawer');
  const query = useQuery(serverGroupQueries.list(viewer.projectId, viewer.isAdmin));
  const { projectName } = useProjectNames();
  const columns = useServerGroupColumns(projectName, viewer.isAdmin);
  const actions = useServerGroupActions();
  const openCreate = useCallback(() => setDrawer('create'), [setDrawer]);

  const filters = useMemo(
    () => (
      <>
        <FilterSelect
          state={state}
          name="policy"
          placeholder={t('filters.allPolicies')}
          options={POLICIES.map((p) => ({ value: p, label: t(`policy.${p}`) }))}
          width={150}
        />
        <ProjectFilter state={state} name="project" />
      </>
    ),
    [state, t],
  );

  const create = { label: t('actions.create'), onClick: openCreate };

  return (
    <>
      <ListPageHeader title={t('title.list')} subtitle={t('subtitle.list')} create={create} />
      <ResourceTable<ServerGroup, typeof TABLE.filters>
        tableId="server-groups"
        resourceName={t('title.resource')}
        rowKey={(g) => g.id}
        itemName={(g) => g.name}
        columns={columns}
        data={query.data}
        query={query}
        state={state}
        paging={{ mode: 'client' }}
        filters={filters}
        filterPredicates={{
          policy: (g, v) => policyOf(g) === v,
          project: (g, v) => g.project_id === v,
        }}
        emptyAction={<CreateButton {...create} />}
        rowActions={actions}
        bulkActions={actions}
        inlineActions={1}
      />
      <CreateServerGroupDrawer open={drawer === 'create'} onClose={() => setDrawer(undefined)} />
      <QuickLookDrawer title={(id) => query.data?.find((g) => g.id === id)?.name ?? id}>
        {(id) => {
          const group = query.data?.find((g) => g.id === id);
          return group ? <ServerGroupQuickLook group={group} projectName={projectName} /> : null;
        }}
      </QuickLookDrawer>
    </>
  );
}
