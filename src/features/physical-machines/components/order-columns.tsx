import { useMemo } from 'react';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PmOrder } from '@/api/resources/physical-machines';
import type { ResourceColumn } from '@/components/resource-table/types';
import { StatusTag } from '@/components/status-tag';
import { toneOf } from '@/components/status-tone';
import { formatDateTime, parseManaTime } from '@/i18n/format';
import { directionOf, ORDER_STATE_TONES, snidsOf } from '../model/orders';

const SHOWN_SNIDS = 2;

export function OrderStateTag({ order }: { order: PmOrder }) {
  const { t } = useTranslation('physical-machines');
  return (
    <StatusTag label={t(`state.${order.state}`)} tone={toneOf(ORDER_STATE_TONES, order.state)} />
  );
}

function Snids({ order }: { order: PmOrder }) {
  const all = snidsOf(order);
  const rest = all.length - SHOWN_SNIDS;
  return (
    <span title={all.join(', ')}>
      {all.slice(0, SHOWN_SNIDS).map((s) => (
        <Tag key={s}>{s}</Tag>
      ))}
      {rest > 0 ? <Typography.Text type="secondary">+{rest}</Typography.Text> : null}
    </span>
  );
}

export function useOrderColumns(
  projectId: string,
  projectName: (id: string) => string,
): ResourceColumn<PmOrder>[] {
  const { t } = useTranslation('physical-machines');
  return useMemo(() => {
    const time = (key: 'warnning_times' | 'create_at' | 'update_at', showFrom?: number) => ({
      key,
      title: t(`fields.${key}`),
      sortable: true,
      value: (o: PmOrder) => o[key],
      render: (o: PmOrder) => formatDateTime(parseManaTime(o[key])),
      width: 175,
      ...(showFrom ? { showFrom } : {}),
    });
    return [
      {
        key: 'id',
        title: t('fields.id'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (o) => o.id,
        render: (o) => `#${o.id}`,
        width: 86,
      },
      {
        key: 'snids',
        title: t('fields.snids'),
        searchable: true,
        value: (o) => o.snids,
        render: (o) => <Snids order={o} />,
        width: 190,
      },
      {
        key: 'state',
        title: t('fields.state'),
        sortable: true,
        value: (o) => t(`state.${o.state}`),
        exportValue: (o) => o.state,
        render: (o) => <OrderStateTag order={o} />,
        width: 110,
      },
      {
        key: 'direction',
        title: t('fields.direction'),
        value: (o) => t(`direction.${directionOf(o, projectId)}`),
        width: 90,
        // The two organizations say it too; shown where there is room.
        showFrom: 1700,
      },
      {
        key: 'resource_project',
        title: t('fields.resource_project'),
        searchable: true,
        value: (o) => projectName(o.resource_project),
        exportValue: (o) => o.resource_project,
        width: 140,
        ellipsis: true,
      },
      {
        key: 'dest_project',
        title: t('fields.dest_project'),
        searchable: true,
        value: (o) => projectName(o.dest_project),
        exportValue: (o) => o.dest_project,
        width: 140,
        ellipsis: true,
      },
      { key: 'user', title: t('fields.user'), searchable: true, value: (o) => o.user, width: 90 },
      time('create_at'),
      time('warnning_times', 1600),
      time('update_at', 1800),
    ];
  }, [t, projectId, projectName]);
}
