// /servers — the cloud servers (004 §1.9): the detail list with nova's limit/marker paging and
// server-side filters, polling while a server on the page is changing; power and lifecycle
// actions per row and in bulk (guarded by the state machine), the create wizard in a drawer.
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { FilterSelect } from '@/components/resource-table/filter-select';
import { ResourceTable } from '@/components/resource-table/resource-table';
import { useUrlParam } from '@/hooks/use-url-param';
import { useUrlTableState } from '@/hooks/use-url-table-state';
import { defineTableOptions } from '@/hooks/url-table-state';
import { useViewer } from '@/hooks/use-session';
import type { ServerListParams } from '@/api/resources/servers';
import { watchedServerQueries } from '../api/queries';
import { CreateServerDrawer } from '../components/create-server-drawer';
import { ServerDialogs } from '../components/server-dialogs';
import { serverPath, useServerColumns, type ServerNames } from '../components/server-columns';
import { useServerActions, type ServerDialog } from '../components/use-server-actions';
import { SERVER_STATUSES, type Server } from '../model/types';
import { flavorQueries } from '@/api/resources/flavors';
import { imageQueries } from '@/api/resources/images';
import { projectQueries } from '@/api/resources/projects';
import { hypervisorQueries } from '@/api/resources/hypervisors';

const TABLE = defineTableOptions({
  filters: {
    status: { options: SERVER_STATUSES },
    flavor: {},
    image: {},
    zone: {},
    project: {},
    host: {},
  },
  defaultPageSize: 20,
  defaultSort: { field: 'created', order: 'descend' },
  sortFields: [],
});

export function Component() {
  const { t } = useTranslation('servers');
  const viewer = useViewer();
  const navigate = useNavigate();
  const state = useUrlTableState(TABLE);
  const [drawer, setDrawer] = useUrlParam('drawer');
  const [dialog, setDialog] = useState<{ kind: ServerDialog; server: Server } | undefined>();

  const params: ServerListParams = {
    limit: state.pageSize,
    marker: state.cursor,
    name: state.search || undefined,
    status: state.filters.status,
    flavor: state.filters.flavor,
    image: state.filters.image,
    availability_zone: state.filters.zone,
    host: state.filters.host,
    all_tenants: viewer.isAdmin ? 'true' : undefined,
    tenant_id: viewer.isAdmin ? state.filters.project : undefined,
  };
  const list = useQuery(watchedServerQueries.list(viewer.projectId, params));
  const qc = useQueryClient();
  const flavors = useQuery(flavorQueries.list(viewer.projectId));
  // The image catalogue only feeds the image filter: loaded once that filter is opened or set.
  // The list's cells name their images by id (ImageName).
  const [imageFilterOpened, setImageFilterOpened] = useState(false);
  const images = useQuery({
    ...imageQueries.all(viewer.projectId),
    enabled: imageFilterOpened || state.filters.image !== undefined,
  });
  const projects = useQuery({ ...projectQueries.list(), enabled: viewer.isAdmin });
  const zones = useQuery(projectQueries.azones(viewer.projectId));
  const hosts = useQuery({ ...hypervisorQueries.hosts(viewer.projectId), enabled: viewer.isAdmin });

  const names = useMemo<ServerNames>(
    () => ({
      flavors: flavors.data,
      flavorsLoading: flavors.isPending,
      imageName: (id) =>
        qc.getQueryData(imageQueries.detail(viewer.projectId, id).queryKey)?.name ?? id,
      projectName: (id) => projects.data?.find((p) => p.id === id)?.name ?? id.slice(0, 8),
    }),
    [flavors.data, flavors.isPending, qc, viewer.projectId, projects.data],
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
  const hasNext = list.data?.servers_links?.some((l) => l.rel === 'next') ?? false;
  const nextCursor = hasNext ? servers?.at(-1)?.id : undefined;

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
      <FilterSelect
        state={state}
        name="status"
        placeholder={t('filters.allStatuses')}
        options={SERVER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        width={150}
      />
      <FilterSelect
        state={state}
        name="flavor"
        placeholder={t('filters.allFlavors')}
        options={(flavors.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
        width={150}
      />
      <FilterSelect
        state={state}
        name="image"
        placeholder={t('filters.allImages')}
        options={(images.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
        loading={images.isFetching}
        onOpenChange={(open) => open && setImageFilterOpened(true)}
        width={170}
      />
      <FilterSelect
        state={state}
        name="zone"
        placeholder={t('filters.allZones')}
        options={zoneNames.map((z) => ({ value: z, label: z }))}
        width={140}
      />
      {viewer.isAdmin ? (
        <FilterSelect
          state={state}
          name="host"
          placeholder={t('filters.allHosts')}
          options={(hosts.data ?? []).map((h) => ({ value: `^${h}$`, label: h }))}
          width={170}
        />
      ) : null}
      {viewer.isAdmin ? (
        <FilterSelect
          state={state}
          name="project"
          placeholder={t('filters.allProjects')}
          options={(projects.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          width={150}
        />
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader
        title={t('title.list')}
        subtitle={t('subtitle.list')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setDrawer('create')}
          >
            {t('actions.create')}
          </Button>
        }
      />
      <ResourceTable<Server, typeof TABLE.filters>
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
      <CreateServerDrawer open={drawer === 'create'} onClose={() => setDrawer(undefined)} />
      <ServerDialogs dialog={dialog} onClose={() => setDialog(undefined)} />
    </>
  );
}
