import { useMemo } from 'react';
import { Tooltip, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { rawOsOf } from '@/components/os-type/os-name';
import { OsTypeLabel } from '@/components/os-type/os-type-label';
import { IntentLink } from '@/components/resource-table/intent-link';
import type { ResourceColumn } from '@/components/resource-table/types';
import { formatBytes, formatDateTime } from '@/i18n/format';
import type { Image } from '../model/types';
import { imageDetailIntent } from './image-detail-intent';
import { ImageStatusTag } from './image-status-tag';

/**
 * Column definitions, the default set chosen per screen width (`showFrom`: name, status,
 * visibility, OS and size fit 1280 px beside the menu; the rest join on wider screens).
 * `projectName` names owner ids (admins see every project), `osName` an
 * image's guest OS (the CSV keeps the platform's value).
 */
export function useImageColumns(
  projectName: (id: string) => string,
  viewer: { isAdmin: boolean; projectId: string },
  osName: (img: Image) => string,
): ResourceColumn<Image>[] {
  const { isAdmin, projectId } = viewer;
  const { t } = useTranslation('images');
  return useMemo(() => {
    const cols: (ResourceColumn<Image> | false)[] = [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        value: (img) => img.name,
        render: (img) => (
          <span>
            <IntentLink to={`/images/${img.id}`} intent={imageDetailIntent(projectId, img.id)}>
              {img.name}
            </IntentLink>
            {img.protected ? (
              <Tooltip title={t('fields.protected')}>
                <LockOutlined aria-label={t('fields.protected')} style={{ marginInlineStart: 6 }} />
              </Tooltip>
            ) : null}
          </span>
        ),
        width: 220,
        ellipsis: true,
      },
      {
        key: 'status',
        title: t('fields.status'),
        sortable: true,
        value: (img) => t(`status.${img.status}`),
        render: (img) => <ImageStatusTag status={img.status} />,
        width: 110,
      },
      {
        key: 'visibility',
        title: t('fields.visibility'),
        sortable: true,
        value: (img) => t(`visibility.${img.visibility}`),
        width: 100,
      },
      {
        key: 'virt_type',
        title: t('fields.virt_type'),
        sortable: true,
        value: (img) => img.virt_type ?? '',
        width: 110,
        showFrom: 1440,
      },
      {
        key: 'disk_format',
        title: t('fields.disk_format'),
        sortable: true,
        value: (img) => img.disk_format ?? '',
        width: 100,
        showFrom: 1440,
      },
      {
        key: 'os',
        title: t('fields.osType'),
        value: osName,
        exportValue: rawOsOf,
        render: (img) => <OsTypeLabel image={img} />,
        ellipsis: true,
        width: 200,
      },
      {
        key: 'size',
        title: t('fields.size'),
        sortable: true,
        align: 'right',
        value: (img) => formatBytes(img.size),
        exportValue: (img) => img.size ?? '',
        width: 100,
      },
      {
        key: 'image_type',
        title: t('fields.image_type'),
        value: (img) => t(`kind.${img.image_type ?? 'image'}`),
        width: 90,
        showFrom: 1920,
      },
      isAdmin && {
        key: 'owner',
        title: t('fields.owner'),
        value: (img) => (img.owner ? projectName(img.owner) : ''),
        ellipsis: true,
        width: 140,
        showFrom: 1600,
      },
      {
        key: 'min_disk',
        title: t('fields.min_disk'),
        value: (img) => img.min_disk,
        align: 'right',
        defaultHidden: true,
        width: 110,
      },
      {
        key: 'min_ram',
        title: t('fields.min_ram'),
        value: (img) => img.min_ram,
        align: 'right',
        defaultHidden: true,
        width: 120,
      },
      {
        key: 'created_at',
        title: t('fields.created_at'),
        sortable: true,
        value: (img) => formatDateTime(img.created_at),
        exportValue: (img) => img.created_at,
        width: 160,
        showFrom: isAdmin ? 1920 : 1600,
      },
      {
        key: 'id',
        title: t('fields.id'),
        defaultHidden: true,
        value: (img) => img.id,
        render: (img) => (
          <Typography.Text copyable={{ text: img.id }} code>
            {img.id.slice(0, 8)}
          </Typography.Text>
        ),
        width: 130,
      },
      {
        key: 'checksum',
        title: t('fields.checksum'),
        defaultHidden: true,
        value: (img) => img.checksum ?? '',
        width: 280,
      },
    ];
    return cols.filter((c): c is ResourceColumn<Image> => c !== false);
  }, [t, projectName, isAdmin, projectId, osName]);
}
