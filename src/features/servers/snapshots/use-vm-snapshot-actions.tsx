// Row actions of a whole-VM snapshot: revert the server to it, edit its name and description,
// delete it. Reverting and deleting are confirmed; each is gated by its guard in the model.
import { useMemo } from 'react';
import { DeleteOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ActionContext, ResourceAction } from '@/components/actions/types';
import {
  deleteVmSnapshots,
  revertVmSnapshot,
  vmSnapshotWriteKeys,
} from '@/api/resources/vm-snapshots';
import {
  canDeleteVmSnapshot,
  canEditVmSnapshot,
  canRevertVmSnapshot,
  type SnapshotVerdict,
  type VmSnapshotRow,
} from '../model/vm-snapshots';
import type { Server } from '../model/types';

const refresh = (serverId: string) => (_: unknown, ctx: ActionContext) => {
  for (const queryKey of vmSnapshotWriteKeys(serverId))
    void ctx.queryClient.invalidateQueries({ queryKey });
};

export function useVmSnapshotActions(
  server: Server,
  onEdit: (snap: VmSnapshotRow) => void,
): ResourceAction<VmSnapshotRow>[] {
  const { t } = useTranslation('servers');
  return useMemo(() => {
    const reason = (v: SnapshotVerdict): true | string => {
      if (v === true) return true;
      if (v.reason === 'limit') return t('vmSnapshots.guards.limit', { limit: v.limit });
      return t(`vmSnapshots.guards.${v.reason}`);
    };
    return [
      {
        key: 'revert',
        label: t('vmSnapshots.actions.revert'),
        icon: <RollbackOutlined />,
        guard: (s) => reason(canRevertVmSnapshot(server, s)),
        confirm: {
          title: (items) => t('vmSnapshots.confirm.revertTitle', { name: items[0]?.name ?? '' }),
          content: t('vmSnapshots.confirm.revert', { server: server.name }),
          okText: t('vmSnapshots.actions.revert'),
        },
        run: (s) => revertVmSnapshot(server.id, s.name),
        onSettled: refresh(server.id),
      },
      {
        key: 'edit',
        label: t('vmSnapshots.actions.edit'),
        icon: <EditOutlined />,
        guard: (s) => reason(canEditVmSnapshot(s)),
        open: (s) => onEdit(s),
      },
      {
        key: 'delete',
        label: t('vmSnapshots.actions.delete'),
        icon: <DeleteOutlined />,
        danger: true,
        guard: (s) => reason(canDeleteVmSnapshot(server, s)),
        confirm: {
          title: (items) => t('vmSnapshots.confirm.deleteTitle', { name: items[0]?.name ?? '' }),
          content: t('vmSnapshots.confirm.delete'),
          okText: t('vmSnapshots.actions.delete'),
        },
        run: (s) => deleteVmSnapshots(server.id, [s.name]),
        onSettled: refresh(server.id),
      },
    ];
  }, [t, server, onEdit]);
}
