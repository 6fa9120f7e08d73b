import { useQuery } from '@tanstack/react-query';
import { Flex } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { countQueries } from '../api/counts';
import { closestToQuota } from '../model/figures';
import { Panel, panelState } from './panel';
import { QuotaBar } from './quota-line';

const SHOWN = 5;

/** The organisations nearest a limit, each by its most used resource; each opens its quota. */
export function QuotaPressurePanel() {
  const { t } = useTranslation('overview');
  const limits = useQuery(countQueries.allQuotas());
  const names = useQuery(countQueries.projectNames());
  const orgs =
    limits.data && names.data ? closestToQuota(limits.data, names.data, SHOWN) : undefined;
  return (
    <Panel
      id="quotas"
      title={t('panels.quotas')}
      state={panelState([limits, names])}
      empty={orgs?.length === 0 ? t('empty.quotas') : null}
      extra={<Link to="/quotas">{t('quotas.all')}</Link>}
    >
      <Flex vertical gap={12}>
        {orgs?.map((o) => (
          <Link
            key={o.id}
            to={`/quotas?quicklook=${encodeURIComponent(o.id)}`}
            style={{ color: 'inherit' }}
          >
            <QuotaBar
              line={o.worst}
              title={`${o.name} · ${t(`resources.${o.worst.resource.key}`)}`}
            />
          </Link>
        ))}
      </Flex>
    </Panel>
  );
}
