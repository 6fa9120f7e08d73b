// /servers — the cloud servers (004 §1.9): the detail list with nova's limit/marker paging and
// server-side filters, polling while a server on the page is changing; power and lifecycle
// actions per row and in bulk (guarded by the state machine), the create wizard in a drawer.
import { useCallback, useMemo, useState } from 'react';
import { Button } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { flavorQueries } from '@/api/resources/flavors';
import { hypervisorQueries } from '@/api/resources/hypervisors';
import { imageQueries } from '@/api/resources/images';
import { projectQueries } from '@/api/resources/projects';
import { serverNextCursor } from '@/api/resources/servers';
import { ListPageHeader } from '@/components/list-page/list-page-header';
import { ProjectFilter } from '@/components/list-page/project-filter';
import { FilterSelect } from '@/components/resource-table/filter-select';
import { EnumFilter } from '@/components/list-page/enum-filter';
import { ResourceTable } from '@/components/resource-table/resource-table';
import { useLoadOnOpen } from '@/hooks/use-load-on-open';
import { useProjectNames } from '@/hooks/use-project-names';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { useViewer } from '@/hooks/use-session';
import { watchedServerQueries } from '../api/queries';
import { CreateServerDrawer } from '../create/create-server-drawer';
import { useFlavorSummary } from '../components/flavor-summary';
import { ServerDialogs } from '../actions/server-dialogs';
import { serverPath, useServerColumns, type ServerNames } from '../list/server-columns';
import { useServerActions, type ServerDialog } from '../actions/use-server-actions';
import { hostFilterValue, SERVERS_TABLE, toListParams } from '../model/list-params';
import { SERVER_STATUSES, type Server } from '../model/types';

export function Component() {
  const { t } = useTranslation('servers');
  const viewer = useViewer();
  const navigate = useNavigate();
  const state = useUrlTableState(SERVERS_TABLE);
  const [drawer, setDrawer] = useUrlParam('drawer');
  // ?drawer=create&template=<id>: the wizard starts from a server template.
  const [template] = useUrlParam('template');
  const [, setParams] = useSearchParams();
  const closeCreate = useCallback(
    () =>
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          out.delete('drawer');
          out.delete('template');
          return out;
        },
        { preventScrollReset: true },
      ),
    [setParams],
  );
  const [dialog, setDialog] = useState<{ kind: ServerDialog; server: Server } | undefined>();

  const list = useQuery(watchedServerQueries.list(viewer.projectId, toListParams(state, viewer)));
  const qc = useQueryClient();
  // Catalogues feed only their filters: each loads once its filter is opened or set. The rows
  // name their flavors and images by id (FlavorCell, ImageName).
  const flavorFilter = useLoadOnOpen(state.filters.flavor !== undefined);
  const flavors = useQuery({
    ...flavorQueries.names(viewer.projectId),
    enabled: flavorFilter.enabled,
  });
  const imageFilter = useLoadOnOpen(state.filters.image !== undefined);
  const images = useQuery({ ...imageQueries.all(viewer.projectId), enabled: imageFilter.enabled });
  const hostFilter = useLoadOnOpen(state.filters.host !== undefined);
  const hosts = useQuery({
    ...hypervisorQueries.hosts(viewer.projectId),
    enabled: viewer.isAdmin && hostFilter.enabled,
  });
  const { projectName } = useProjectNames(viewer.isAdmin);
  const zones = useQuery(projectQueries.azones(viewer.projectId));
  const summary = useFlavorSummary();

  const names = useMemo<ServerNames>(
    () => ({
      flavorLabel: (id) => {
        const f = qc.getQueryData(flavorQueries.detail(viewer.projectId, id).queryKey);
        return f ? `${f.name} (${summary(f)})` : id;
      },
      imageName: (id) =>
        qc.getQueryData(imageQueries.detail(viewer.projectId, id).queryKey)?.name ?? id,
      projectName,
    }),
    [qc, summary, viewer.projectId, projectName],
  );
  const columns = useServerColumns(names, viewer);
  const onDialog = useCallback(
    (kind: ServerDialog, server: Server) => setDialog({ kind, server }),
    [],
  );
  const onConsole = useCallback(
    (s: Server) => {
      const path = serverPath(s, viewer.projectId);
      void navigate(`${path}${path.includes('?') ? '&' : '?'}tab=console`);
    },
    [navigate, viewer.projectId],
  );
  const actions = useServerActions({ onDialog, onConsole });
  // The row's visible link is the console (what operators open most); the rest is in the menu.
  const rowActions = useMemo(
    () => [
      ...actions.filter((a) => a.key === 'console'),
      ...actions.filter((a) => a.key !== 'console'),
    ],
    [actions],
  );
  const servers = list.data?.servers;
  const nextCursor = serverNextCursor(list.data);

  const zoneNames = useMemo(
    () =>
      [
        ...new Set(
          (zones.data?.assigments ?? [])
            .filter((a) => a.azone.resourceType === 'nova')
            .map((a) => a.azone.zone),
        ),
      ].sort(),
    [zones.data],
  );
  const filters = (
    <>
      <EnumFilter
        state={state}
        name="status"
        placeholder={t('filters.allStatuses')}
        values={SERVER_STATUSES}
        label={(s) => t(`status.${s}`)}
        width={150}
      />
      <FilterSelect
        state={state}
        name="flavor"
        placeholder={t('filters.allFlavors')}
        options={(flavors.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
        loading={flavors.isFetching}
        onOpenChange={flavorFilter.onOpenChange}
        width={150}
      />
      <FilterSelect
        state={state}
        name="image"
        placeholder={t('filters.allImages')}
        options={(images.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
        loading={images.isFetching}
        onOpenChange={imageFilter.onOpenChange}
        width={170}
      />
      <EnumFilter
        state={state}
        name="zone"
        placeholder={t('filters.allZones')}
        values={zoneNames}
        label={(z) => z}
      />
      {viewer.isAdmin ? (
        <FilterSelect
          state={state}
          name="host"
          placeholder={t('filters.allHosts')}
          options={(hosts.data ?? []).map((h) => ({ value: hostFilterValue(h), label: h }))}
          loading={hosts.isFetching}
          onOpenChange={hostFilter.onOpenChange}
          width={170}
        />
      ) : null}
      <ProjectFilter state={state} name="project" width={150} />
    </>
  );

  return (
    <>
      <ListPageHeader
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        create={{ label: t('actions.create'), onClick: () => setDrawer('create') }}
        extra={
          // The bare-metal create drawer is composed onto this page by the router (it belongs to
          // the bare-metal feature) and opens on ?drawer=bare-metal.
          <Button onClick={() => setDrawer('bare-metal')}>{t('actions.createBareMetal')}</Button>
        }
      />
      <ResourceTable<Server, typeof SERVERS_TABLE.filters>
        tableId="servers"
        resourceName={t('title.resource')}
        rowKey={(s) => s.id}
        itemName={(s) => s.name}
        columns={columns}
        data={servers}
        query={list}
        state={state}
        paging={{ mode: 'cursor', nextCursor }}
        filters={filters}
        rowActions={rowActions}
        bulkActions={actions.filter((a) => 'bulk' in a && a.bulk)}
        inlineActions={1}
        // "Open console" and the menu button (zh 打开控制台 is no narrower).
        actionsWidth={176}
      />
      <CreateServerDrawer
        open={drawer === 'create'}
        onClose={closeCreate}
        templateId={drawer === 'create' ? template : undefined}
      />
      <ServerDialogs dialog={dialog} onClose={() => setDialog(undefined)} />
    </>
  );
}
