import { useMemo } from 'react';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QuickLookLink } from '@/components/detail/quick-look-drawer';
import type { ResourceColumn } from '@/components/resource-table/types';
import type { AvailabilityZone } from '../model/zone';

export function useZoneColumns(): ResourceColumn<AvailabilityZone>[] {
  const { t } = useTranslation('availability-zones');
  return useMemo(
    () => [
      {
        key: 'labelName',
        title: t('fields.labelName'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (z) => z.labelName,
        render: (z) => <QuickLookLink id={z.id}>{z.labelName}</QuickLookLink>,
        width: 200,
      },
      {
        key: 'zone',
        title: t('fields.zone'),
        sortable: true,
        searchable: true,
        value: (z) => z.zone,
        render: (z) => <Typography.Text code>{z.zone}</Typography.Text>,
        width: 160,
      },
      {
        key: 'resourceType',
        title: t('fields.resourceType'),
        sortable: true,
        value: (z) => z.resourceType,
        render: (z) => (
          <Tag>{t(`resourceType.${z.resourceType}`, { defaultValue: z.resourceType })}</Tag>
        ),
        width: 140,
      },
      {
        key: 'virtType',
        title: t('fields.virtType'),
        sortable: true,
        value: (z) => z.virtType,
        width: 130,
      },
      {
        key: 'description',
        title: t('fields.description'),
        searchable: true,
        ellipsis: true,
        value: (z) => z.description ?? '',
        width: 220,
      },
      {
        key: 'id',
        title: t('fields.id'),
        defaultHidden: true,
        searchable: true,
        value: (z) => z.id,
        render: (z) => (
          <Typography.Text copyable={{ text: z.id }} code>
            {z.id.slice(0, 8)}
          </Typography.Text>
        ),
        width: 140,
      },
    ],
    [t],
  );
}
