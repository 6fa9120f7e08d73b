import { useMemo } from 'react';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ResourceAction } from '@/components/actions/types';
import { deleteKeypair, keypairKeys } from '@/api/resources/keypairs';
import { canDelete, type KeypairListItem } from '../model/keypair';

/** Delete, for one row or the selection (typed confirmation: a lost private key is gone). */
export function useKeypairActions(projectId: string): ResourceAction<KeypairListItem>[] {
  const { t } = useTranslation('keypairs');
  return useMemo<ResourceAction<KeypairListItem>[]>(
    () => [
      {
        key: 'delete',
        label: t('actions.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: canDelete,
        confirm: { typeToConfirm: true, content: t('messages.deleteConfirm') },
        run: (x) => deleteKeypair(projectId, x.name),
        onSettled: (_r, ctx) =>
          void ctx.queryClient.invalidateQueries({ queryKey: keypairKeys.list(projectId) }),
      },
    ],
    [t, projectId],
  );
}
