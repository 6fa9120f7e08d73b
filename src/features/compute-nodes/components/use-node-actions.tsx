import { useMemo } from 'react';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ResourceAction } from '@/components/actions/types';
import { computeNodeKeys, deleteComputeNode } from '@/api/resources/compute-nodes';
import { rootKeys } from '@/api/root-keys';
import { canDelete, canEdit, type ComputeNode } from '../model/compute-node';

/** Edit; delete, refused while the node's hosts run servers (the reason is the item's tooltip). */
export function useNodeActions(
  projectId: string,
  onEdit: (n: ComputeNode) => void,
): ResourceAction<ComputeNode>[] {
  const { t } = useTranslation('compute-nodes');
  return useMemo(
    () => [
      {
        key: 'edit',
        label: t('actions.edit'),
        icon: <EditOutlined aria-hidden />,
        guard: (n) => (canEdit(n) ? true : t('guards.bareMetal')),
        open: onEdit,
      },
      {
        key: 'delete',
        label: t('actions.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        guard: (n) => {
          const ok = canDelete(n);
          return ok === true ? true : t(`guards.${ok}`, { count: n.servers });
        },
        confirm: { typeToConfirm: true, content: t('messages.deleteConfirm') },
        run: (n) =>
          deleteComputeNode({
            hostName: n.hostName,
            storageZone: n.storageZone,
            tenantId: projectId,
          }),
        onSettled: (_r, ctx) => {
          void ctx.queryClient.invalidateQueries({ queryKey: computeNodeKeys.all });
          void ctx.queryClient.invalidateQueries({ queryKey: rootKeys.hypervisors });
          void ctx.queryClient.invalidateQueries({ queryKey: rootKeys.aggregates });
        },
      },
    ],
    [t, projectId, onEdit],
  );
}
