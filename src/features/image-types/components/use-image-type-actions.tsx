import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteAction, editAction } from '@/components/actions/common-actions';
import type { ResourceAction } from '@/components/actions/types';
import { deleteImageType, imageTypeKeys } from '@/api/resources/image-types';
import { canModify, type ImageType } from '../model/image-type';

/** Edit (in the form drawer) and delete; the platform's own (system) types are guarded. */
export function useImageTypeActions(onEdit: (x: ImageType) => void): ResourceAction<ImageType>[] {
  const { t } = useTranslation('image-types');
  return useMemo<ResourceAction<ImageType>[]>(() => {
    const reason = (x: ImageType) => (canModify(x) === true ? true : t('guards.system'));
    return [
      editAction(t('actions.edit'), onEdit, reason),
      deleteAction<ImageType>({
        label: t('actions.delete'),
        guard: reason,
        confirm: { content: t('messages.deleteConfirm') },
        run: (x) => deleteImageType(x.uuid),
        invalidate: [imageTypeKeys.all],
      }),
    ];
  }, [t, onEdit]);
}
