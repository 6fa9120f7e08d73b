import { useMemo } from 'react';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ResourceAction } from '@/components/actions/types';
import {
  deleteSnapshotPolicy,
  snapshotPolicyKeys,
  type SnapshotPolicy,
} from '@/api/resources/vm-snapshots';

/** Edit (a drawer) and delete (confirmed, one or many). Any policy may be changed or deleted. */
export function usePolicyActions(
  onEdit: (p: SnapshotPolicy) => void,
): ResourceAction<SnapshotPolicy>[] {
  const { t } = useTranslation('snapshot-policies');
  return useMemo(
    () => [
      {
        key: 'edit',
        label: t('actions.edit'),
        icon: <EditOutlined aria-hidden />,
        guard: () => true,
        open: (p) => onEdit(p),
      },
      {
        key: 'delete',
        label: t('actions.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: () => true,
        confirm: { content: t('messages.deleteConfirm') },
        run: (p) => deleteSnapshotPolicy(p.uuid),
        onSettled: (_r, ctx) =>
          void ctx.queryClient.invalidateQueries({ queryKey: snapshotPolicyKeys.all }),
      },
    ],
    [t, onEdit],
  );
}
