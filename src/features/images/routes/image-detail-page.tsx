// /images/:id — every field of the image, its actions in the header; polls while saving.
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RowActions } from '@/components/actions/row-actions';
import { DescriptionList, type DescriptionItem } from '@/components/detail/description-list';
import { DetailPage } from '@/components/detail/detail-page';
import { rawOsOf } from '@/components/os-type/os-name';
import { OsTypeLabel } from '@/components/os-type/os-type-label';
import { useViewer } from '@/hooks/use-session';
import { formatBytes, formatDateTime, formatNumber } from '@/i18n/format';
import { watchedImageQueries } from '../api/queries';
import { EditImageDrawer } from '../components/edit-image-drawer';
import { ImageStatusTag } from '../components/image-status-tag';
import { UploadImageModal } from '../components/upload-image-modal';
import { useImageActions } from '../components/use-image-actions';
import type { Image } from '../model/types';
import { projectQueries } from '@/api/resources/projects';

function useOverviewItems(img: Image | undefined, ownerName: string): DescriptionItem[] {
  const { t } = useTranslation('images');
  if (!img) return [];
  const yesNo = (v: boolean) => t(v ? 'yesNo.yes' : 'yesNo.no');
  return [
    { key: 'id', label: t('fields.id'), value: img.id, copy: img.id },
    { key: 'status', label: t('fields.status'), value: <ImageStatusTag status={img.status} /> },
    { key: 'visibility', label: t('fields.visibility'), value: t(`visibility.${img.visibility}`) },
    {
      key: 'image_type',
      label: t('fields.image_type'),
      value: t(`kind.${img.image_type ?? 'image'}`),
    },
    { key: 'virt_type', label: t('fields.virt_type'), value: img.virt_type },
    { key: 'disk_format', label: t('fields.disk_format'), value: img.disk_format },
    { key: 'container_format', label: t('fields.container_format'), value: img.container_format },
    {
      key: 'os',
      label: t('fields.osType'),
      value: rawOsOf(img) ? <OsTypeLabel image={img} showRaw /> : null,
    },
    {
      key: 'sysdisk_type',
      label: t('fields.sysdisk_type'),
      value: img.sysdisk_type ? t(`sysdisk.${img.sysdisk_type}`) : null,
    },
    {
      key: 'size',
      label: t('fields.size'),
      value:
        img.size === null || img.size === undefined
          ? null
          : `${formatBytes(img.size)} (${formatNumber(img.size)} B)`,
    },
    { key: 'virtual_size', label: t('fields.virtual_size'), value: formatBytes(img.virtual_size) },
    { key: 'min_cpu', label: t('fields.min_cpu'), value: img.min_cpu },
    { key: 'min_ram', label: t('fields.min_ram'), value: formatNumber(img.min_ram) },
    { key: 'min_disk', label: t('fields.min_disk'), value: formatNumber(img.min_disk) },
    { key: 'protected', label: t('fields.protected'), value: yesNo(img.protected) },
    { key: 'owner', label: t('fields.owner'), value: ownerName, copy: img.owner ?? undefined },
    { key: 'user_name', label: t('fields.user_name'), value: img.user_name },
    { key: 'region', label: t('fields.region'), value: img['os-region-name'] },
    { key: 'disk_bus', label: t('fields.disk_bus'), value: img.disk_bus },
    { key: 'hw_vif_model', label: t('fields.hw_vif_model'), value: img.hw_vif_model },
    {
      key: 'checksum',
      label: t('fields.checksum'),
      value: img.checksum ? <Typography.Text code>{img.checksum}</Typography.Text> : null,
      copy: img.checksum ?? undefined,
    },
    {
      key: 'instance_uuid',
      label: t('fields.instance_uuid'),
      value: img.instance_uuid,
      copy: img.instance_uuid ?? undefined,
    },
    { key: 'created_at', label: t('fields.created_at'), value: formatDateTime(img.created_at) },
    { key: 'updated_at', label: t('fields.updated_at'), value: formatDateTime(img.updated_at) },
    { key: 'file', label: t('fields.file'), value: img.file },
    { key: 'description', label: t('fields.description'), value: img.description, span: 2 },
  ];
}

export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation('images');
  const navigate = useNavigate();
  const viewer = useViewer();
  // The page shows a failure itself (DetailPage), so it is not toasted as well.
  const query = useQuery({
    ...watchedImageQueries.detail(viewer.projectId, id),
    meta: { silent: true },
  });
  const projects = useQuery(projectQueries.list());
  const [editing, setEditing] = useState<Image | undefined>();
  const [uploading, setUploading] = useState<Image | undefined>();
  const onDeleted = useCallback(() => void navigate('/images'), [navigate]);
  const actions = useImageActions({ onEdit: setEditing, onUpload: setUploading, onDeleted });
  const img = query.data;
  const owner = img?.owner
    ? (projects.data?.find((p) => p.id === img.owner)?.name ?? img.owner)
    : '';
  const items = useOverviewItems(img, owner);

  return (
    <>
      <DetailPage
        title={img?.name ?? id}
        status={img ? <ImageStatusTag status={img.status} /> : undefined}
        actions={
          img ? (
            <RowActions
              item={img}
              actions={actions}
              keyOf={(i) => i.id}
              nameOf={(i) => i.name}
              inline={3}
              variant="button"
            />
          ) : undefined
        }
        loading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        resourceName={t('title.resourceOne')}
        notFound={t('messages.notFound')}
        tabs={[
          {
            key: 'overview',
            label: t('title.detail'),
            children: <DescriptionList items={items} columns={2} bordered />,
          },
        ]}
      />
      <EditImageDrawer image={editing} onClose={() => setEditing(undefined)} />
      <UploadImageModal image={uploading} onClose={() => setUploading(undefined)} />
    </>
  );
}
