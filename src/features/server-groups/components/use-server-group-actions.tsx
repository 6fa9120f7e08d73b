import { useMemo } from 'react';
import { Alert } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ResourceAction } from '@/components/actions/types';
import { deleteServerGroup, serverGroupKeys } from '@/api/resources/server-groups';
import { membersAffected, type ServerGroup } from '../model/server-group';

/** Delete, for one row or the selection; warns when groups still have members. */
export function useServerGroupActions(): ResourceAction<ServerGroup>[] {
  const { t } = useTranslation('server-groups');
  return useMemo(
    () => [
      {
        key: 'delete',
        label: t('actions.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        // The platform deletes a group with members (its servers just leave it): not refused,
        // but the confirmation says what is lost.
        guard: () => true,
        confirm: {
          typeToConfirm: true,
          content: (items) => {
            const affected = membersAffected(items);
            return (
              <>
                {affected.groups > 0 ? (
                  <Alert
                    type="warning"
                    showIcon
                    title={
                      items.length === 1
                        ? t('messages.deleteMembersSingle', { count: affected.servers })
                        : t('messages.deleteMembers', {
                            count: affected.servers,
                            groups: affected.groups,
                          })
                    }
                  />
                ) : null}
                <div>{t('messages.deleteConfirm')}</div>
              </>
            );
          },
        },
        run: (g) => deleteServerGroup(g.id),
        onSettled: (_r, ctx) =>
          void ctx.queryClient.invalidateQueries({ queryKey: serverGroupKeys.all }),
      },
    ],
    [t],
  );
}
