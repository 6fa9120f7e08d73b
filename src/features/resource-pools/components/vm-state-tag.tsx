import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { PoolVm } from '../model/pool';

const TONE = { running: 'success', stopped: 'default', paused: 'warning' } as const;

export function VmStateTag({ vm }: { vm: PoolVm }) {
  const { t } = useTranslation('resource-pools');
  if (vm.migrating) return <StatusTag label={t('task.migrating')} tone="processing" />;
  return <StatusTag label={t(`vmState.${vm.power}`)} tone={TONE[vm.power]} />;
}
