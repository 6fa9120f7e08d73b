import { useQuery } from '@tanstack/react-query';
import { Flex } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { countQueries } from '../api/counts';
import { quotaLines } from '../model/figures';
import { Panel, panelState } from './panel';
import { QuotaBar } from './quota-line';

/** The caller's organisation: each weighed resource used of its limit. */
export function QuotaUsagePanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation('overview');
  const query = useQuery(countQueries.quota(projectId));
  return (
    <Panel
      id="quota"
      title={t('panels.quota')}
      state={panelState([query])}
      extra={<Link to="/quotas">{t('quota.details')}</Link>}
    >
      <Flex vertical gap={8}>
        {query.data
          ? quotaLines(query.data).map((line) => (
              <Link key={line.resource.key} to="/quotas" style={{ color: 'inherit' }}>
                <QuotaBar line={line} title={t(`resources.${line.resource.key}`)} />
              </Link>
            ))
          : null}
      </Flex>
    </Panel>
  );
}
