// /server-groups — the affinity and anti-affinity groups of the project (004 §1.9 items 15–17;
// every project's for a cloud administrator): list, quick look, create, delete one or many.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProjectFilter } from '@/components/list-page/project-filter';
import { EnumFilter } from '@/components/list-page/enum-filter';
import { ListPage, useCreateDrawer } from '@/components/list-page/list-page';
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
  const { open: creating, create, close: closeCreate } = useCreateDrawer(t('actions.create'));
  const query = useQuery(serverGroupQueries.list(viewer.projectId, viewer.isAdmin));
  const { projectName } = useProjectNames();
  const columns = useServerGroupColumns(projectName, viewer.isAdmin);
  const actions = useServerGroupActions();

  const filters = useMemo(
    () => (
      <>
        <EnumFilter
          state={state}
          name="policy"
          placeholder={t('filters.allPolicies')}
          values={POLICIES}
          label={(p) => t(`policy.${p}`)}
          width={150}
        />
        <ProjectFilter state={state} name="project" />
      </>
    ),
    [state, t],
  );

  return (
    <>
      <ListPage<ServerGroup, typeof TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={create}
        tableId="server-groups"
        resourceName={t('title.resource')}
        rowKey={(g) => g.id}
        itemName={(g) => g.name}
        columns={columns}
        rows={query}
        state={state}
        filters={filters}
        filterPredicates={{
          policy: (g, v) => policyOf(g) === v,
          project: (g, v) => g.project_id === v,
        }}
        actions={actions}
        quickLook={{
          render: (group) => <ServerGroupQuickLook group={group} projectName={projectName} />,
        }}
      />
      <CreateServerGroupDrawer open={creating} onClose={closeCreate} />
    </>
  );
}
