// /servers/:id — one server: overview, console; its actions in the header. An administrator
// reaches other projects' servers with `?project=` (the server's path is under its own project).
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RowActions } from '@/components/actions/row-actions';
import { DetailPage } from '@/components/detail/detail-page';
import { useUrlParam } from '@/hooks/use-url-param';
import { useViewer } from '@/hooks/use-session';
import { watchedServerQueries } from '../api/queries';
import { ConsoleTab } from '../detail/console-tab';
import { MonitoringTab } from '../detail/monitoring-tab';
import { NetworkTab } from '../detail/network-tab';
import { SnapshotsTab } from '../detail/snapshots-tab';
import { VolumesTab } from '../detail/volumes-tab';
import { ServerDialogs } from '../actions/server-dialogs';
import { ServerOverview } from '../detail/server-overview';
import { ServerStatusTag } from '../components/server-status-tag';
import { useServerActions, type ServerDialog } from '../actions/use-server-actions';
import type { Server } from '../model/types';
import { projectQueries } from '@/api/resources/projects';

export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation('servers');
  const navigate = useNavigate();
  const viewer = useViewer();
  const [projectParam] = useUrlParam('project');
  const [, setTab] = useUrlParam('tab');
  const project = projectParam ?? viewer.projectId;
  // The page shows a failure itself (DetailPage), so it is not toasted as well.
  const query = useQuery({ ...watchedServerQueries.detail(project, id), meta: { silent: true } });
  const projects = useQuery(projectQueries.list());
  const [dialog, setDialog] = useState<{ kind: ServerDialog; server: Server } | undefined>();
  const onDialog = useCallback(
    (kind: ServerDialog, server: Server) => setDialog({ kind, server }),
    [],
  );
  const onConsole = useCallback(() => setTab('console'), [setTab]);
  const onDeleted = useCallback(() => void navigate('/servers'), [navigate]);
  const actions = useServerActions({ onDialog, onConsole, onDeleted });
  const s = query.data;
  const projectName = s
    ? (projects.data?.find((p) => p.id === s.tenant_id)?.name ?? s.tenant_id)
    : '';

  return (
    <>
      <DetailPage
        title={s?.name ?? id}
        subtitle={s?.metadata.alias && s.metadata.alias !== s.name ? s.metadata.alias : undefined}
        status={s ? <ServerStatusTag server={s} compact /> : undefined}
        actions={
          s ? (
            <RowActions
              item={s}
              actions={actions}
              keyOf={(x) => x.id}
              nameOf={(x) => x.name}
              inline={4}
              variant="button"
            />
          ) : undefined
        }
        loading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        resourceName={t('title.resourceOne')}
        notFound={t('messages.notFound')}
        tabs={
          s
            ? [
                {
                  key: 'overview',
                  label: t('tabs.overview'),
                  children: (
                    <ServerOverview
                      server={s}
                      flavorProject={project}
                      imageScope={viewer.projectId}
                      projectName={projectName}
                      isAdmin={viewer.isAdmin}
                    />
                  ),
                },
                { key: 'volumes', label: t('tabs.volumes'), children: <VolumesTab server={s} /> },
                { key: 'network', label: t('tabs.network'), children: <NetworkTab server={s} /> },
                {
                  key: 'snapshots',
                  label: t('tabs.snapshots'),
                  children: <SnapshotsTab server={s} />,
                },
                { key: 'console', label: t('tabs.console'), children: <ConsoleTab server={s} /> },
                {
                  key: 'monitoring',
                  label: t('tabs.monitoring'),
                  children: <MonitoringTab server={s} />,
                },
              ]
            : []
        }
      />
      <ServerDialogs dialog={dialog} onClose={() => setDialog(undefined)} />
    </>
  );
}
