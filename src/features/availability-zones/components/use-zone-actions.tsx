import { useMemo } from 'react';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
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
        guard: () => true,
        confirm: { typeToConfirm: true, content: t('messages.deleteConfirm') },
        run: (z) => deleteAvailabilityZone(z.id),
        onSettled: (_r, ctx) => {
          void ctx.queryClient.invalidateQueries({ queryKey: availabilityZoneKeys.all });
          void ctx.queryClient.invalidateQueries({ queryKey: rootKeys.projects });
        },
      },
    ],
    [t, onEdit],
  );
}
