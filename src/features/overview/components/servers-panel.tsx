import { useQueries } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import { countQueries } from '../api/counts';
import { OVERVIEW_SERVER_STATUSES, SERVER_TONES, toBars } from '../model/figures';
import { BarList } from './bar-list';
import { Panel, panelState } from './panel';

/**
 * Servers by status, each bar linking to the servers list filtered to it. `total` (from the
 * quota usage, exact) is said under the chart when known.
 */
export function ServersPanel({
  scope,
  everyProject,
  total,
}: {
  scope: string;
  everyProject: boolean;
  total: number | undefined;
}) {
  const { t } = useTranslation('overview');
  const queries = useQueries({
    queries: OVERVIEW_SERVER_STATUSES.map((s) => countQueries.servers(scope, s, everyProject)),
  });
  const state = panelState(queries);
  const bars = toBars(
    OVERVIEW_SERVER_STATUSES,
    queries.map((q) => q.data),
  );
  return (
    <Panel
      id="servers"
      title={t('panels.servers')}
      state={state}
      empty={bars.length === 0 ? t('empty.servers') : null}
    >
      <BarList
        label={t('servers.chart')}
        rows={bars.map((b) => ({
          ...b,
          label: t(`serverStatus.${b.key}`),
          to: `/servers?status=${b.key}`,
          tone: SERVER_TONES[b.key],
        }))}
      />
      {total !== undefined ? (
        <Typography.Text type="secondary">
          {t('servers.total', { count: total, formatted: formatNumber(total) })}
        </Typography.Text>
      ) : null}
    </Panel>
  );
}
