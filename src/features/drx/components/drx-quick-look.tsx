import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '@/components/detail/description-list';
import { drxQueries } from '@/api/resources/drx';
import type { Drx } from '../model/drx';
import { DrxStatusTag } from './drx-columns';

const VALUE_FIELDS = [
  'instanceUuid',
  'oldInstanceUuid',
  'serverName',
  'cpuUtilThreshold',
  'cpuUtilReduceThreshold',
  'memoryUtilThreshold',
  'memoryUtilReduceThreshold',
  'tcpConnectionUtilThreshold',
  'tcpConnectionUtilReduceThreshold',
  'visitCountThreshold',
  'visitCount_extend',
  'visitCount_reduce',
  'connectCount_extend',
  'connectCount_reduce',
  'waitingTime',
  'interval',
  'max_extend_members',
  'poolId',
  'memberUuid',
  'monitorUuid',
  'operationType',
] as const;

/** Every field of the policy as it is now (getDrx), shown at once from the list's copy. */
export function DrxQuickLook({ drx: listed }: { drx: Drx }) {
  const { t } = useTranslation('drx');
  const { data } = useQuery({ ...drxQueries.detail(listed.uuid), placeholderData: listed });
  const drx = data ?? listed;
  return (
    <DescriptionList
      columns={1}
      bordered
      items={[
        { key: 'info_desc', label: t('fields.info_desc'), value: drx.info_desc },
        { key: 'uuid', label: t('fields.uuid'), value: drx.uuid, copy: drx.uuid },
        { key: 'status', label: t('fields.status'), value: <DrxStatusTag drx={drx} /> },
        { key: 'info_type', label: t('fields.info_type'), value: drx.info_type },
        ...VALUE_FIELDS.map((k) => ({
          key: k,
          label: t(`fields.${k}`),
          value: drx.info_value[k],
        })),
      ]}
    />
  );
}
