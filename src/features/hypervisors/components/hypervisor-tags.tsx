import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { Hypervisor } from '../model/hypervisor';

/** enabled/disabled: whether the scheduler may place servers; the reason on hover. */
export function HypervisorStatusTag({ h }: { h: Hypervisor }) {
  const { t } = useTranslation('hypervisors');
  const tag = (
    <StatusTag
      label={t(`status.${h.status}`)}
      tone={h.status === 'enabled' ? 'success' : 'warning'}
    />
  );
  const reason = h.service.disabled_reason;
  return h.status === 'disabled' && reason ? (
    <Tooltip title={reason}>
      <span>{tag}</span>
    </Tooltip>
  ) : (
    tag
  );
}

/** up/down: whether the host's nova-compute service reports. */
export function HypervisorStateTag({ h }: { h: Hypervisor }) {
  const { t } = useTranslation('hypervisors');
  return <StatusTag label={t(`state.${h.state}`)} tone={h.state === 'up' ? 'success' : 'error'} />;
}
