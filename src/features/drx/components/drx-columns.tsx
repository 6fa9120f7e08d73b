import { useMemo } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QuickLookLink } from '@/components/detail/quick-look-drawer';
import type { ResourceColumn } from '@/components/resource-table/types';
import { StatusTag } from '@/components/status-tag';
import { statusOf, type Drx } from '../model/drx';

export function DrxStatusTag({ drx }: { drx: Drx }) {
  const { t } = useTranslation('drx');
  const s = statusOf(drx);
  return <StatusTag label={t(`status.${s}`)} tone={s === 'active' ? 'success' : 'default'} />;
}

export function useDrxColumns(): ResourceColumn<Drx>[] {
  const { t } = useTranslation('drx');
  return useMemo(
    () => [
      {
        key: 'info_desc',
        title: t('fields.info_desc'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (d) => d.info_desc,
        render: (d) => <QuickLookLink id={d.uuid}>{d.info_desc || d.uuid}</QuickLookLink>,
        width: 200,
      },
      {
        key: 'status',
        title: t('fields.status'),
        sortable: true,
        value: (d) => t(`status.${statusOf(d)}`),
        exportValue: statusOf,
        render: (d) => <DrxStatusTag drx={d} />,
        width: 110,
      },
      {
        key: 'serverName',
        title: t('fields.serverName'),
        sortable: true,
        searchable: true,
        value: (d) => d.info_value.serverName,
        width: 170,
      },
      {
        key: 'cpu',
        title: t('fields.cpu'),
        value: (d) => `${d.info_value.cpuUtilReduceThreshold}–${d.info_value.cpuUtilThreshold}%`,
        width: 110,
      },
      {
        key: 'memory',
        title: t('fields.memory'),
        value: (d) =>
          `${d.info_value.memoryUtilReduceThreshold}–${d.info_value.memoryUtilThreshold}%`,
        width: 110,
      },
      {
        key: 'max_extend_members',
        title: t('fields.max_extend_members'),
        value: (d) => d.info_value.max_extend_members,
        align: 'right',
        width: 110,
      },
      {
        key: 'interval',
        title: t('fields.interval'),
        value: (d) => t('units.s', { count: Number(d.info_value.interval) }),
        width: 100,
      },
      {
        key: 'uuid',
        title: t('fields.uuid'),
        defaultHidden: true,
        searchable: true,
        value: (d) => d.uuid,
        render: (d) => (
          <Typography.Text copyable={{ text: d.uuid }} code>
            {d.uuid.slice(0, 8)}
          </Typography.Text>
        ),
        width: 140,
      },
    ],
    [t],
  );
}
