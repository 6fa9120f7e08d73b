import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteAction, editAction } from '@/components/actions/common-actions';
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
      editAction(t('actions.edit'), onEdit),
      deleteAction<Aggregate>({
        label: t('actions.delete'),
        guard: (a) => {
          const ok = canDelete(a);
          return ok === true ? true : t(`guards.${ok}`, { count: a.hosts.length });
        },
        run: (a) => deleteAggregate(projectId, a.id),
        invalidate: [aggregateKeys.all],
      }),
    ],
    [t, onEdit, projectId],
  );
}
