// The image row actions, declared once and used by the list (row + bulk) and the detail header.
import { useMemo } from 'react';
import { App } from 'antd';
import {
  CloudUploadOutlined,
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ResourceAction } from '@/components/actions/types';
import { useViewer } from '@/hooks/use-session';
import { deleteImage, imageKeys } from '@/api/resources/images';
import { downloadImageFile } from '../api/transfer';
import { canDelete, canDownload, canEdit, canUpload, type Guard } from '../model/guards';
import type { Image } from '../model/types';

type Handlers = {
  onEdit: (img: Image) => void;
  onUpload: (img: Image) => void;
  onDeleted?: () => void;
};

export function useImageActions({
  onEdit,
  onUpload,
  onDeleted,
}: Handlers): ResourceAction<Image>[] {
  const { t } = useTranslation('images');
  const { message } = App.useApp();
  const viewer = useViewer();
  return useMemo(() => {
    const reason = (g: Guard) => (g === true ? true : t(`guards.${g}`));
    const actions: ResourceAction<Image>[] = [
      {
        key: 'edit',
        label: t('actions.edit'),
        icon: <EditOutlined aria-hidden />,
        guard: (img) => reason(canEdit(img, viewer)),
        open: onEdit,
      },
      {
        key: 'upload',
        label: t('actions.upload'),
        icon: <CloudUploadOutlined aria-hidden />,
        guard: (img) => reason(canUpload(img, viewer)),
        open: onUpload,
      },
      {
        key: 'download',
        label: t('actions.download'),
        icon: <DownloadOutlined aria-hidden />,
        guard: (img) => reason(canDownload(img, viewer)),
        open: (img) => {
          void message.loading(t('messages.downloadStarted', { name: img.name }));
          downloadImageFile(img.id, `${img.name}.${img.disk_format ?? 'img'}`).catch((e: unknown) =>
            message.error(e instanceof Error ? e.message : String(e)),
          );
        },
      },
      {
        key: 'delete',
        label: t('actions.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: (img) => reason(canDelete(img, viewer)),
        confirm: {
          typeToConfirm: true,
          content: t('messages.deleteConfirm'),
        },
        run: (img) => deleteImage(img.id),
        onSettled: (_result, ctx) => {
          void ctx.queryClient.invalidateQueries({ queryKey: imageKeys.all });
          onDeleted?.();
        },
      },
    ];
    return actions;
  }, [t, viewer, message, onEdit, onUpload, onDeleted]);
}
