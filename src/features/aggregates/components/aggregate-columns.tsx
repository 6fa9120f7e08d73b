import { useMemo } from 'react';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QuickLookLink } from '@/components/detail/quick-look-drawer';
import type { ResourceColumn } from '@/components/resource-table/types';
import { formatDateTime, parseNovaTime } from '@/i18n/format';
import type { Aggregate } from '../model/aggregate';

export function useAggregateColumns(): ResourceColumn<Aggregate>[] {
  const { t } = useTranslation('aggregates');
  return useMemo(
    () => [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (a) => a.name,
        render: (a) => <QuickLookLink id={String(a.id)}>{a.name}</QuickLookLink>,
        width: 180,
      },
      {
        key: 'availability_zone',
        title: t('fields.availability_zone'),
        sortable: true,
        searchable: true,
        value: (a) => a.availability_zone,
        render: (a) => <Typography.Text code>{a.availability_zone}</Typography.Text>,
        width: 160,
      },
      {
        key: 'hosts',
        title: t('fields.hosts'),
        sortable: true,
        searchable: true,
        value: (a) => a.hosts.length,
        compare: (a, b) => a.hosts.length - b.hosts.length,
        exportValue: (a) => a.hosts.join(' '),
        render: (a) =>
          a.hosts.length ? (
            <Flex gap={4} wrap>
              {a.hosts.slice(0, 3).map((h) => (
                <Tag key={h}>{h}</Tag>
              ))}
              {a.hosts.length > 3 ? (
                <Typography.Text type="secondary">
                  {t('hosts.more', { count: a.hosts.length - 3 })}
                </Typography.Text>
              ) : null}
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('hosts.none')}</Typography.Text>
          ),
        width: 320,
      },
      {
        key: 'created_at',
        title: t('fields.created_at'),
        sortable: true,
        value: (a) => a.created_at,
        // Nova's zone-less UTC time, in the user's language and time zone like every other date.
        render: (a) => formatDateTime(parseNovaTime(a.created_at) ?? a.created_at),
        width: 170,
      },
      {
        key: 'id',
        title: t('fields.id'),
        defaultHidden: true,
        searchable: true,
        value: (a) => a.id,
        width: 80,
      },
    ],
    [t],
  );
}
