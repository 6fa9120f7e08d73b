import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteAction } from '@/components/actions/common-actions';
import type { ResourceAction } from '@/components/actions/types';
import { deleteKeypair, keypairKeys } from '@/api/resources/keypairs';
import { canDelete, type KeypairListItem } from '../model/keypair';

/** Delete, for one row or the selection (typed confirmation: a lost private key is gone). */
export function useKeypairActions(projectId: string): ResourceAction<KeypairListItem>[] {
  const { t } = useTranslation('keypairs');
  return useMemo<ResourceAction<KeypairListItem>[]>(
    () => [
      deleteAction<KeypairListItem>({
        label: t('actions.delete'),
        guard: canDelete,
        confirm: { content: t('messages.deleteConfirm') },
        run: (x) => deleteKeypair(projectId, x.name),
        invalidate: [keypairKeys.list(projectId)],
      }),
    ],
    [t, projectId],
  );
}
