// /bare-metal/nodes/:id — one node: state (with where it is going), hardware, driver info (secrets
// come masked), its instance; the provision actions the state machine allows from here, power
// and maintenance in the header; polling while it moves.
import { useCallback, useState } from 'react';
import { Button, Flex } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RowActions } from '@/components/actions/row-actions';
import { DisabledReason } from '@/components/disabled-reason';
import { DetailPage } from '@/components/detail/detail-page';
import { watchedNodeQueries } from '../api/queries';
import { CreateBareMetalDrawer } from '../create/create-bare-metal-drawer';
import { isDeployable } from '../model/create';
import { MonitoringTab } from '../components/monitoring-tab';
import { EditNodeDrawer } from '../components/edit-node-drawer';
import { nodeName } from '../components/node-columns';
import { NodeOverview } from '../components/node-overview';
import { PortgroupsTab } from '../components/portgroups-tab';
import { PortsTab } from '../components/ports-tab';
import { ProvisionStateTag } from '../components/node-state';
import { StateHistory, useStateHistory } from '../components/state-history';
import { useNodeActions } from '../components/use-node-actions';
import { useProvisionActions } from '../components/use-provision-actions';

export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation('bare-metal');
  const navigate = useNavigate();
  // The page shows a failure itself (DetailPage), so it is not toasted as well.
  const query = useQuery({ ...watchedNodeQueries.node(id), meta: { silent: true } });
  const n = query.data;
  const onDeleted = useCallback(() => void navigate('/bare-metal/nodes'), [navigate]);
  const [editing, setEditing] = useState(false);
  const [creating, setCreating] = useState(false);
  const onEdit = useCallback(() => setEditing(true), []);
  const actions = useNodeActions({ onEdit, onDeleted });
  const provision = useProvisionActions(n?.provision_state);
  const history = useStateHistory(n, query.dataUpdatedAt);

  return (
    <>
      <DetailPage
        title={n ? nodeName(n) : id}
        subtitle={n?.name ? n.uuid : undefined}
        status={n ? <ProvisionStateTag node={n} compact /> : undefined}
        actions={
          n ? (
            <Flex gap={8} wrap>
              {provision.length > 0 ? (
                <RowActions
                  item={n}
                  actions={provision}
                  keyOf={(x) => x.uuid}
                  nameOf={nodeName}
                  inline={provision.length}
                  variant="button"
                />
              ) : null}
              <DisabledReason reason={isDeployable(n) ? null : t('create.notAvailable')}>
                <Button
                  disabled={!isDeployable(n)}
                  style={isDeployable(n) ? undefined : { pointerEvents: 'none' }}
                  onClick={() => setCreating(true)}
                >
                  {t('create.actionShort')}
                </Button>
              </DisabledReason>
              <RowActions
                item={n}
                actions={actions}
                keyOf={(x) => x.uuid}
                nameOf={nodeName}
                inline={2}
                variant="button"
              />
            </Flex>
          ) : undefined
        }
        loading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        resourceName={t('title.resourceOne')}
        notFound={t('messages.notFound')}
        tabs={
          n
            ? [
                { key: 'overview', label: t('tabs.overview'), children: <NodeOverview node={n} /> },
                { key: 'ports', label: t('tabs.ports'), children: <PortsTab nodeId={n.uuid} /> },
                {
                  key: 'portgroups',
                  label: t('tabs.portgroups'),
                  children: <PortgroupsTab nodeId={n.uuid} />,
                },
                {
                  key: 'monitoring',
                  label: t('tabs.monitoring'),
                  children: <MonitoringTab node={n} />,
                },
                {
                  key: 'history',
                  label: t('tabs.history'),
                  children: <StateHistory entries={history} />,
                },
              ]
            : []
        }
      />
      <EditNodeDrawer node={editing ? n : undefined} onClose={() => setEditing(false)} />
      <CreateBareMetalDrawer open={creating} onClose={() => setCreating(false)} nodeId={n?.uuid} />
    </>
  );
}
