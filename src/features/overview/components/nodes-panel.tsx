import { useQueries, useQuery } from '@tanstack/react-query';
import { Divider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countQueries } from '../api/counts';
import { FAILED_NODE_STATES, nodeTone, OVERVIEW_NODE_STATES, toBars } from '../model/figures';
import { BarList } from './bar-list';
import { Panel, panelState } from './panel';

const nodesAt = (query: string) => `/bare-metal/nodes?${query}`;

/** Bare-metal nodes by provision state, then the failed ones and those in maintenance. */
export function NodesPanel() {
  const { t } = useTranslation('overview');
  const states = [...OVERVIEW_NODE_STATES, ...FAILED_NODE_STATES];
  const queries = useQueries({ queries: states.map((state) => countQueries.nodes({ state })) });
  const maintenance = useQuery(countQueries.nodes({ maintenance: true }));
  const state = panelState(queries.concat(maintenance));
  const all = toBars(
    states,
    queries.map((q) => q.data),
  );
  const rows = all.map((b) => ({
    ...b,
    label: t(`nodeState.${b.key}`),
    to: nodesAt(`state=${encodeURIComponent(b.key)}`),
    tone: nodeTone(b.key),
  }));
  const placed = rows.filter((r) => !FAILED_NODE_STATES.includes(r.key));
  const failed = rows.filter((r) => FAILED_NODE_STATES.includes(r.key));
  const inMaintenance = maintenance.data;
  return (
    <Panel
      id="nodes"
      title={t('panels.nodes')}
      state={state}
      empty={rows.length === 0 && !inMaintenance?.count ? t('empty.nodes') : null}
    >
      <BarList label={t('nodes.byState')} rows={placed} />
      <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
        {t('nodes.failures')}
      </Divider>
      {failed.length > 0 ? (
        <BarList label={t('nodes.failures')} rows={failed} />
      ) : (
        <Typography.Text type="secondary">{t('nodes.noFailures')}</Typography.Text>
      )}
      {inMaintenance && inMaintenance.count > 0 ? (
        <BarList
          label={t('nodes.maintenance')}
          rows={[
            {
              key: 'maintenance',
              label: t('nodes.maintenance'),
              count: inMaintenance.count,
              more: inMaintenance.more,
              share:
                inMaintenance.count / Math.max(inMaintenance.count, ...all.map((b) => b.count)),
              to: nodesAt('maintenance=true'),
              tone: 'warning',
            },
          ]}
        />
      ) : null}
    </Panel>
  );
}
