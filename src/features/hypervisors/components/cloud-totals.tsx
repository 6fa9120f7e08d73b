import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import { ALLOCATION_RATIO, type CloudTotals } from '../model/hypervisor';
import { formatCount, formatGb, formatMb } from './formatters';
import { formatFactor, UsageBar } from './usage-bar';

// Five cards on one line from 1280 px (1008 px beside the menu).
const CARD = { flex: '1 1 180px', minWidth: 180 } as const;
const BIG = { fontSize: 22, fontWeight: 600, lineHeight: '28px' } as const;

function TotalCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" style={CARD} title={title}>
      {children}
    </Card>
  );
}

/** The cloud's capacity at a glance: hosts and VMs, then vCPU, memory and disk used of capacity. */
export function CloudTotalsCards({ totals }: { totals: CloudTotals }) {
  const { t } = useTranslation('hypervisors');
  const secondary = (text: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  );
  return (
    <section aria-label={t('title.totals')} style={{ marginBottom: 16 }}>
      <Flex gap={12} wrap>
        <TotalCard title={t('totals.hosts')}>
          <div style={BIG}>{formatNumber(totals.hosts)}</div>
          {secondary(
            t('totals.hostsDetail', {
              up: totals.up,
              down: totals.down,
              disabled: totals.disabled,
            }),
          )}
        </TotalCard>
        <TotalCard title={t('totals.runningVms')}>
          <div style={BIG}>{formatNumber(totals.runningVms)}</div>
          {secondary(t('totals.workload', { count: totals.workload }))}
        </TotalCard>
        <TotalCard title={t('fields.vcpus')}>
          <UsageBar
            usage={totals.vcpus}
            kind="vcpus"
            format={formatCount}
            resource={t('fields.vcpus')}
            width="100%"
          />
          {/* Said once in words where operators look first: overcommitted vCPUs are expected. */}
          {secondary(
            t('totals.overcommit', {
              factor: formatFactor(totals.vcpus.factor),
              ratio: ALLOCATION_RATIO.vcpus,
            }),
          )}
        </TotalCard>
        <TotalCard title={t('fields.memory')}>
          <UsageBar
            usage={totals.memory}
            kind="memory"
            format={formatMb}
            resource={t('fields.memory')}
            width="100%"
          />
        </TotalCard>
        <TotalCard title={t('fields.disk')}>
          <UsageBar
            usage={totals.disk}
            kind="disk"
            format={formatGb}
            resource={t('fields.disk')}
            width="100%"
          />
        </TotalCard>
      </Flex>
    </section>
  );
}
