import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteAction, editAction } from '@/components/actions/common-actions';
import type { ResourceAction } from '@/components/actions/types';
import { availabilityZoneKeys, deleteAvailabilityZone } from '@/api/resources/availability-zones';
import { rootKeys } from '@/api/root-keys';
import type { AvailabilityZone } from '../model/zone';

/**
 * Edit and delete. Whether a zone is in use (servers, volumes, aggregates, compute hosts,
 * organisations it is assigned to) is only known to the service: it refuses with the reason,
 * which the batch result shows for each zone.
 */
export function useZoneActions(
  onEdit: (z: AvailabilityZone) => void,
): ResourceAction<AvailabilityZone>[] {
  const { t } = useTranslation('availability-zones');
  return useMemo(
    () => [
      editAction(t('actions.edit'), onEdit),
      deleteAction<AvailabilityZone>({
        label: t('actions.delete'),
        confirm: { content: t('messages.deleteConfirm') },
        run: (z) => deleteAvailabilityZone(z.id),
        invalidate: [availabilityZoneKeys.all, rootKeys.projects],
      }),
    ],
    [t, onEdit],
  );
}
