import { useMemo } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QuickLookLink } from '@/components/detail/quick-look-drawer';
import type { ResourceColumn } from '@/components/resource-table/types';
import { stateOf, visibilityOf, type Flavor } from '../model/flavor';
import { FlavorStateTag, FlavorVisibilityTag } from './flavor-tags';
import { formatCount, formatGb, formatMb } from './formatters';

export function useFlavorColumns(): ResourceColumn<Flavor>[] {
  const { t } = useTranslation('flavors');
  return useMemo(
    () => [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (f) => f.name,
        render: (f) => <QuickLookLink id={f.id}>{f.name}</QuickLookLink>,
        width: 220,
      },
      {
        key: 'vcpus',
        title: t('fields.vcpus'),
        sortable: true,
        value: (f) => f.vcpus,
        compare: (a, b) => a.vcpus - b.vcpus,
        render: (f) => formatCount(f.vcpus),
        align: 'right',
        width: 90,
      },
      {
        key: 'ram',
        title: t('fields.ram'),
        sortable: true,
        value: (f) => f.ram,
        compare: (a, b) => a.ram - b.ram,
        render: (f) => formatMb(f.ram),
        align: 'right',
        width: 110,
      },
      {
        key: 'disk',
        title: t('fields.disk'),
        sortable: true,
        value: (f) => f.disk,
        compare: (a, b) => a.disk - b.disk,
        render: (f) => formatGb(f.disk),
        align: 'right',
        width: 110,
      },
      {
        key: 'ephemeral',
        title: t('fields.ephemeral'),
        defaultHidden: true,
        value: (f) => f['OS-FLV-EXT-DATA:ephemeral'],
        render: (f) => formatGb(f['OS-FLV-EXT-DATA:ephemeral']),
        align: 'right',
        width: 110,
      },
      {
        key: 'swap',
        title: t('fields.swap'),
        defaultHidden: true,
        value: (f) => f.swap,
        render: (f) => formatMb(f.swap),
        align: 'right',
        width: 110,
      },
      {
        key: 'visibility',
        title: t('fields.visibility'),
        sortable: true,
        value: (f) => t(`visibility.${visibilityOf(f)}`),
        exportValue: visibilityOf,
        render: (f) => <FlavorVisibilityTag flavor={f} />,
        width: 110,
      },
      {
        key: 'state',
        title: t('fields.state'),
        sortable: true,
        value: (f) => t(`state.${stateOf(f)}`),
        exportValue: stateOf,
        render: (f) => <FlavorStateTag flavor={f} />,
        width: 110,
      },
      {
        key: 'id',
        title: t('fields.id'),
        searchable: true,
        value: (f) => f.id,
        render: (f) => (
          <Typography.Text copyable={{ text: f.id }} code>
            {f.id.slice(0, 8)}
          </Typography.Text>
        ),
        width: 140,
      },
    ],
    [t],
  );
}
