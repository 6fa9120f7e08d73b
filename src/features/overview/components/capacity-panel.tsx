import { useQuery } from '@tanstack/react-query';
import { Flex, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatNumber } from '@/i18n/format';
import { ALLOCATION_RATIO } from '@/api/resources/hypervisor-capacity';
import { countQueries } from '../api/counts';
import { Panel, panelState } from './panel';
import { UsageGauge } from './usage-gauge';

/** The platform's compute nodes and their vCPU, memory and storage used of capacity. */
export function CapacityPanel({ scope }: { scope: string }) {
  const { t } = useTranslation('overview');
  const query = useQuery(countQueries.capacity(scope));
  const c = query.data;
  const usedOf = (used: string, total: string) => t('capacity.usedOf', { used, total });
  return (
    <Panel
      id="capacity"
      title={t('panels.capacity')}
      state={panelState([query])}
      empty={c && c.hosts === 0 ? t('empty.capacity') : null}
      extra={<Link to="/hypervisors">{t('actions.viewAll')}</Link>}
    >
      {c ? (
        <Flex wrap gap={24} align="center" justify="space-around">
          <Flex vertical gap={12} style={{ minWidth: 160 }}>
            <Link to="/hypervisors" style={{ color: 'inherit' }}>
              <Statistic title={t('capacity.hosts')} value={formatNumber(c.hosts)} />
            </Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <Link to="/hypervisors?state=up">
                {t('capacity.up', { count: c.up, formatted: formatNumber(c.up) })}
              </Link>
              {' · '}
              <Link to="/hypervisors?state=down">
                {t('capacity.down', { count: c.down, formatted: formatNumber(c.down) })}
              </Link>
            </Typography.Text>
            <Link to="/servers?status=ACTIVE" style={{ color: 'inherit' }}>
              <Statistic title={t('capacity.runningVms')} value={formatNumber(c.runningVms)} />
            </Link>
          </Flex>
          <UsageGauge
            label={t('capacity.vcpus')}
            usage={c.vcpus}
            detail={t('capacity.usedOfPlaceable', {
              used: formatNumber(c.vcpus.used),
              placeable: formatNumber(c.vcpus.schedulable),
            })}
            note={t('capacity.overcommit', {
              cores: formatNumber(c.vcpus.total),
              ratio: ALLOCATION_RATIO.vcpus,
            })}
          />
          <UsageGauge
            label={t('capacity.memory')}
            usage={c.memory}
            detail={usedOf(
              formatBytes(c.memory.used, undefined, { from: 'MiB', fractionDigits: 1 }),
              formatBytes(c.memory.total, undefined, { from: 'MiB', fractionDigits: 1 }),
            )}
          />
          <UsageGauge
            label={t('capacity.disk')}
            usage={c.disk}
            detail={usedOf(
              formatBytes(c.disk.used, undefined, { from: 'GiB', fractionDigits: 1 }),
              formatBytes(c.disk.total, undefined, { from: 'GiB', fractionDigits: 1 }),
            )}
          />
        </Flex>
      ) : null}
    </Panel>
  );
}
