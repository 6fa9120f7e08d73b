import { useMemo } from 'react';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ResourceAction } from '@/components/actions/types';
import { aggregateKeys, deleteAggregate } from '@/api/resources/aggregates';
import { canDelete, type Aggregate } from '../model/aggregate';

/** Edit and delete; an aggregate with hosts cannot be deleted (the reason is the item's tooltip). */
export function useAggregateActions(
  projectId: string,
  onEdit: (a: Aggregate) => void,
): ResourceAction<Aggregate>[] {
  const { t } = useTranslation('aggregates');
  return useMemo(
    () => [
      {
        key: 'edit',
        label: t('actions.edit'),
        icon: <EditOutlined aria-hidden />,
        guard: () => true,
        open: onEdit,
      },
      {
        key: 'delete',
        label: t('actions.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: (a) => {
          const ok = canDelete(a);
          return ok === true ? true : t(`guards.${ok}`, { count: a.hosts.length });
        },
        confirm: { typeToConfirm: true },
        run: (a) => deleteAggregate(projectId, a.id),
        onSettled: (_r, ctx) =>
          void ctx.queryClient.invalidateQueries({ queryKey: aggregateKeys.all }),
      },
    ],
    [t, onEdit, projectId],
  );
}
