import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { PoolHost } from '../model/pool';

/** One tag for a host: its transition, else off / not responding / maintenance / normal. */
export function HostStateTag({ host }: { host: PoolHost }) {
  const { t } = useTranslation('resource-pools');
  if (host.task) return <StatusTag label={t(`task.${host.task}`)} tone="processing" />;
  if (host.power === 'off') return <StatusTag label={t('hostState.off')} tone="error" />;
  if (host.power === 'standby') return <StatusTag label={t('hostState.standby')} tone="warning" />;
  if (host.power === 'unknown') return <StatusTag label={t('hostState.unknown')} tone="default" />;
  if (!host.connected) return <StatusTag label={t('hostState.disconnected')} tone="error" />;
  if (host.maintenance) return <StatusTag label={t('hostState.maintenance')} tone="warning" />;
  return <StatusTag label={t('hostState.normal')} tone="success" />;
}
