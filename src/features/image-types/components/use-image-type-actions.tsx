import { useMemo } from 'react';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ResourceAction } from '@/components/actions/types';
import { deleteImageType, imageTypeKeys } from '@/api/resources/image-types';
import { canModify, type ImageType } from '../model/image-type';

/** Edit (in the form drawer) and delete; the platform's own (system) types are guarded. */
export function useImageTypeActions(onEdit: (x: ImageType) => void): ResourceAction<ImageType>[] {
  const { t } = useTranslation('image-types');
  return useMemo<ResourceAction<ImageType>[]>(() => {
    const reason = (x: ImageType) => (canModify(x) === true ? true : t('guards.system'));
    return [
      {
        key: 'edit',
        label: t('actions.edit'),
        icon: <EditOutlined aria-hidden />,
        guard: reason,
        open: onEdit,
      },
      {
        key: 'delete',
        label: t('actions.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: reason,
        confirm: {
          typeToConfirm: true,
          content: t('messages.deleteConfirm'),
        },
        run: (x) => deleteImageType(x.uuid),
        onSettled: (_r, ctx) =>
          void ctx.queryClient.invalidateQueries({ queryKey: imageTypeKeys.all }),
      },
    ];
  }, [t, onEdit]);
}
