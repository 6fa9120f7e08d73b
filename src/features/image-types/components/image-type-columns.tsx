import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QuickLookLink } from '@/components/detail/quick-look-drawer';
import type { ResourceColumn } from '@/components/resource-table/types';
import { formatDateTime } from '@/i18n/format';
import type { ImageType } from '../model/image-type';

/** The catalogue's columns; the name opens the quick look. */
export function useImageTypeColumns(): ResourceColumn<ImageType>[] {
  const { t } = useTranslation('image-types');
  return useMemo<ResourceColumn<ImageType>[]>(
    () => [
      {
        key: 'imageTypeName',
        title: t('fields.imageTypeName'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (x) => x.imageTypeName,
        render: (x) => <QuickLookLink id={x.uuid}>{x.imageTypeName}</QuickLookLink>,
        ellipsis: true,
        width: 200,
      },
      {
        key: 'virtType',
        title: t('fields.virtType'),
        sortable: true,
        value: (x) => x.virtType,
        width: 120,
      },
      {
        key: 'osType',
        title: t('fields.osType'),
        sortable: true,
        value: (x) => x.osType,
        // Wide enough for "操作系统类型" and its sorter on one line.
        width: 140,
      },
      {
        key: 'operatingSystem',
        title: t('fields.operatingSystem'),
        sortable: true,
        searchable: true,
        value: (x) => x.operatingSystem,
        ellipsis: true,
        width: 220,
      },
      {
        key: 'addType',
        title: t('fields.addType'),
        value: (x) => t(`origin.${x.addType}`),
        width: 100,
      },
      {
        key: 'updateTime',
        title: t('fields.updateTime'),
        sortable: true,
        value: (x) => formatDateTime(x.updateTime),
        exportValue: (x) => x.updateTime ?? '',
        width: 170,
        showFrom: 1440,
      },
      {
        key: 'description',
        title: t('fields.description'),
        searchable: true,
        value: (x) => x.description ?? '',
        defaultHidden: true,
        ellipsis: true,
      },
      {
        key: 'uuid',
        title: t('fields.uuid'),
        value: (x) => x.uuid,
        defaultHidden: true,
        width: 300,
      },
    ],
    [t],
  );
}
