import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '@/components/detail/description-list';
import { imageTypeQueries } from '@/api/resources/image-types';
import { formatDateTime } from '@/i18n/format';

/** One image type's fields, read from its detail (§1.5 item 3). */
export function ImageTypeQuickLook({ id }: { id: string }) {
  const { t } = useTranslation('image-types');
  const q = useQuery(imageTypeQueries.detail(id));
  const x = q.data;
  if (!x) return null;
  return (
    <DescriptionList
      columns={1}
      bordered
      items={[
        { key: 'uuid', label: t('fields.uuid'), value: x.uuid, copy: x.uuid },
        { key: 'imageTypeName', label: t('fields.imageTypeName'), value: x.imageTypeName },
        { key: 'virtType', label: t('fields.virtType'), value: x.virtType },
        { key: 'osType', label: t('fields.osType'), value: x.osType },
        {
          key: 'operatingSystem',
          label: t('fields.operatingSystem'),
          value: x.operatingSystem,
          copy: x.operatingSystem,
        },
        { key: 'addType', label: t('fields.addType'), value: t(`origin.${x.addType}`) },
        { key: 'updateTime', label: t('fields.updateTime'), value: formatDateTime(x.updateTime) },
        { key: 'description', label: t('fields.description'), value: x.description },
      ]}
    />
  );
}
