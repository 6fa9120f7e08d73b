import { useMemo } from 'react';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QuickLookLink } from '@/components/detail/quick-look-drawer';
import type { ResourceColumn } from '@/components/resource-table/types';
import { formatNumber } from '@/i18n/format';
import type { OrgQuotaRow } from '../model/rows';
import { TABLE_RESOURCES, resourceOf, tone } from '../model/usage';
import { UsageBar } from './usage-bar';

const TONE_COLOR = { normal: 'green', warning: 'orange', danger: 'red' } as const;

export function PressureTag({ row }: { row: OrgQuotaRow }) {
  const { t } = useTranslation('quotas');
  if (row.pressureResource === null)
    return <Typography.Text type="secondary">{t('pressure.none')}</Typography.Text>;
  const percent = Number.isFinite(row.pressure)
    ? `${formatNumber(Math.round(row.pressure * 100))}%`
    : t('pressure.over');
  return (
    <Flex vertical gap={2} align="start">
      <Tag color={TONE_COLOR[tone(row.pressure)]}>{percent}</Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`resources.${row.pressureResource}`)}
      </Typography.Text>
    </Flex>
  );
}

export function useQuotaColumns(): ResourceColumn<OrgQuotaRow>[] {
  const { t } = useTranslation('quotas');
  return useMemo(
    () => [
      {
        key: 'name',
        title: t('fields.organization'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (r) => r.name,
        render: (r) => (
          <Flex gap={6} align="center" wrap>
            <QuickLookLink id={r.id}>{r.name}</QuickLookLink>
            {!r.enabled && <Tag>{t('status.disabled')}</Tag>}
          </Flex>
        ),
        width: 170,
      },
      {
        key: 'pressure',
        title: t('fields.pressure'),
        sortable: true,
        value: (r) => (Number.isFinite(r.pressure) ? Math.round(r.pressure * 100) : 10_000),
        render: (r) => <PressureTag row={r} />,
        width: 120,
      },
      ...TABLE_RESOURCES.map((key): ResourceColumn<OrgQuotaRow> => {
        const res = resourceOf(key);
        return {
          key,
          title: t(`resources.${key}`),
          value: (r) => r.limits[res.used],
          exportValue: (r) => `${r.limits[res.used]}/${r.limits[res.max]}`,
          render: (r) => (
            <UsageBar
              used={r.limits[res.used]}
              limit={r.limits[res.max]}
              unit={res.unit}
              label={`${r.name} ${t(`resources.${key}`)}`}
            />
          ),
          width: 150,
        };
      }),
    ],
    [t],
  );
}
