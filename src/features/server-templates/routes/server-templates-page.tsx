// /server-templates — the organisation's server templates (004 §1.11; every organisation's for a
// cloud administrator): list, quick look, create, edit, delete one or many, and "create server"
// which opens the servers page's create wizard prefilled from the template.
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListPage, useCreateDrawer } from '@/components/list-page/list-page';
import { ProjectFilter } from '@/components/list-page/project-filter';
import { FilterSelect } from '@/components/resource-table/filter-select';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useProjectNames } from '@/hooks/use-project-names';
import { useViewer } from '@/hooks/use-session';
import { serverTemplateQueries } from '@/api/resources/server-templates';
import { ServerTemplateFormDrawer } from '../components/server-template-form-drawer';
import { useServerTemplateColumns } from '../components/server-template-columns';
import { ServerTemplateQuickLook } from '../components/server-template-quick-look';
import { useServerTemplateActions } from '../components/use-server-template-actions';
import { SERVER_TYPES, serverTypeOf, type ServerTemplate } from '../model/server-template';

const TABLE = defineTableOptions({
  filters: { serverType: { options: SERVER_TYPES.map((s) => s.key) }, project: {} },
  defaultPageSize: 50,
  defaultSort: { field: 'name', order: 'ascend' },
  sortFields: ['name', 'serverType', 'zone', 'project'],
});

export function Component() {
  const { t } = useTranslation('server-templates');
  const viewer = useViewer();
  const state = useUrlTableState(TABLE);
  const { open: creating, create, close: closeCreate } = useCreateDrawer(t('actions.create'));
  const [editing, setEditing] = useState<ServerTemplate | undefined>();
  const query = useQuery(serverTemplateQueries.list(viewer.projectId));
  const { projectName } = useProjectNames(viewer.isAdmin);
  const columns = useServerTemplateColumns(viewer.projectId, projectName, viewer.isAdmin);
  const actions = useServerTemplateActions(viewer.projectId, setEditing);

  const filters = useMemo(
    () => (
      <>
        <FilterSelect
          state={state}
          name="serverType"
          placeholder={t('filters.allServerTypes')}
          options={SERVER_TYPES.map((s) => ({ value: s.key, label: t(`serverType.${s.key}`) }))}
          width={150}
        />
        <ProjectFilter state={state} name="project" />
      </>
    ),
    [state, t],
  );

  return (
    <>
      <ListPage<ServerTemplate, typeof TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={create}
        tableId="server-templates"
        resourceName={t('title.resource')}
        rowKey={(x) => x.uuid}
        itemName={(x) => x.name}
        columns={columns}
        rows={query}
        state={state}
        filters={filters}
        filterPredicates={{
          serverType: (x, v) => serverTypeOf(x) === v,
          project: (x, v) => x.metadata.projectId === v,
        }}
        actions={actions}
        quickLook={{
          size: 560,
          render: (x) => (
            <ServerTemplateQuickLook
              id={x.uuid}
              scope={viewer.projectId}
              projectName={projectName}
            />
          ),
        }}
      />
      <ServerTemplateFormDrawer
        open={creating || editing !== undefined}
        editing={editing}
        onClose={() => {
          setEditing(undefined);
          closeCreate();
        }}
      />
    </>
  );
}
