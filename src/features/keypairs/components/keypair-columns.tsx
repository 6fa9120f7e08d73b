import { useMemo } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QuickLookLink } from '@/components/detail/quick-look-drawer';
import type { ResourceColumn } from '@/components/resource-table/types';
import { formatDateTime } from '@/i18n/format';
import type { KeypairListItem } from '../model/keypair';

/** The key pairs' columns; `createdAt` comes from each key pair's detail (useCreatedAt). */
export function useKeypairColumns(
  createdAt: ReadonlyMap<string, Date | null>,
): ResourceColumn<KeypairListItem>[] {
  const { t } = useTranslation('keypairs');
  return useMemo<ResourceColumn<KeypairListItem>[]>(
    () => [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (x) => x.name,
        render: (x) => <QuickLookLink id={x.name}>{x.name}</QuickLookLink>,
        width: 200,
      },
      {
        key: 'fingerprint',
        title: t('fields.fingerprint'),
        searchable: true,
        value: (x) => x.fingerprint,
        render: (x) => (
          <Typography.Text code copyable={{ text: x.fingerprint }} style={{ fontSize: 12 }}>
            {x.fingerprint}
          </Typography.Text>
        ),
        width: 300,
      },
      {
        key: 'type',
        title: t('fields.type'),
        sortable: true,
        value: (x) => t(`type.${x.type}`),
        width: 100,
      },
      {
        key: 'created_at',
        title: t('fields.created_at'),
        sortable: true,
        value: (x) => formatDateTime(createdAt.get(x.name)),
        compare: (a, b) =>
          (createdAt.get(a.name)?.getTime() ?? 0) - (createdAt.get(b.name)?.getTime() ?? 0),
        exportValue: (x) => createdAt.get(x.name)?.toISOString() ?? '',
        width: 180,
      },
    ],
    [t, createdAt],
  );
}
