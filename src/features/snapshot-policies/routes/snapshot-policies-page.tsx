// /snapshot-policies — whole-server snapshot policies (004 §1.10 #1–5): the organisation's (every
// organisation's for a cloud administrator) with their schedule, retention and bound servers;
// create, edit, delete one or many.
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProjectFilter } from '@/components/list-page/project-filter';
import { EnumFilter } from '@/components/list-page/enum-filter';
import { ListPage, useCreateDrawer } from '@/components/list-page/list-page';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useProjectNames } from '@/hooks/use-project-names';
import { useViewer } from '@/hooks/use-session';
import { snapshotPolicyQueries, type SnapshotPolicy } from '@/api/resources/vm-snapshots';
import { PolicyDrawer } from '../components/policy-drawer';
import { usePolicyColumns } from '../components/policy-columns';
import { usePolicyActions } from '../components/use-policy-actions';
import { FREQUENCIES } from '../model/policy';

const STATES = ['1', '0'] as const;
const TABLE = defineTableOptions({
  filters: { state: { options: STATES }, frequency: { options: FREQUENCIES }, project: {} },
  defaultPageSize: 50,
  defaultSort: { field: 'name', order: 'ascend' },
  sortFields: ['name', 'state', 'schedule', 'maxSnapshotNum', 'zones', 'servers', 'project'],
});

export function Component() {
  const { t } = useTranslation('snapshot-policies');
  const viewer = useViewer();
  const state = useUrlTableState(TABLE);
  const { open: creating, create, close: closeCreate } = useCreateDrawer(t('actions.create'));
  const [editing, setEditing] = useState<SnapshotPolicy | undefined>();
  const query = useQuery(snapshotPolicyQueries.list());
  const { projectName } = useProjectNames();
  const columns = usePolicyColumns(projectName, viewer.isAdmin);
  const onEdit = useCallback((p: SnapshotPolicy) => setEditing(p), []);
  const actions = usePolicyActions(onEdit);

  const filters = useMemo(
    () => (
      <>
        <EnumFilter
          state={state}
          name="state"
          placeholder={t('filters.allStates')}
          values={STATES}
          label={(s) => t(`state.${s}`)}
        />
        <EnumFilter
          state={state}
          name="frequency"
          placeholder={t('filters.allFrequencies')}
          values={FREQUENCIES}
          label={(f) => t(`frequency.${f}`)}
        />
        {viewer.isAdmin ? <ProjectFilter state={state} name="project" /> : null}
      </>
    ),
    [state, t, viewer.isAdmin],
  );

  return (
    <>
      <ListPage<SnapshotPolicy, typeof TABLE.filters>
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={create}
        tableId="snapshot-policies"
        resourceName={t('title.resource')}
        rowKey={(p) => p.uuid}
        itemName={(p) => p.name}
        columns={columns}
        rows={query}
        state={state}
        filters={filters}
        filterPredicates={{
          state: (p, v) => p.state === v,
          frequency: (p, v) => p.frequency === v,
          project: (p, v) => p.tenantId === v,
        }}
        actions={actions}
      />
      <PolicyDrawer open={creating} editing={undefined} onClose={closeCreate} />
      <PolicyDrawer
        open={editing !== undefined}
        editing={editing}
        onClose={() => setEditing(undefined)}
      />
    </>
  );
}
