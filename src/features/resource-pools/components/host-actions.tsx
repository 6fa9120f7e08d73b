// A host's maintenance and power buttons: each with its guard (the disabled button's tooltip says
// why), a confirmation, and progress through the host's own `taskState` (the host query polls).
import { useState } from 'react';
import { App, Button, Flex } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hostAction, resourcePoolKeys, type HostOp } from '@/api/resources/resource-pools';
import { DisabledReason } from '@/components/disabled-reason';
import { useConfirm } from '@/components/confirm/use-confirm';
import { errorInfo } from '@/utils/error-info';
import type { NodeRef } from '../api/use-pool-data';
import {
  canEnterMaintenance,
  canExitMaintenance,
  canShutoffOrReboot,
  canWake,
  type Guard,
  type PoolHost,
  type PoolKind,
} from '../model/pool';
import { MaintenanceFlow } from './maintenance-flow';

type Op = Exclude<HostOp, 'into'>;
const OPS: { op: Op; guard: (h: PoolHost) => Guard; danger?: boolean }[] = [
  { op: 'exit', guard: canExitMaintenance },
  { op: 'wake', guard: canWake },
  { op: 'shutoff', guard: canShutoffOrReboot, danger: true },
  { op: 'reboot', guard: canShutoffOrReboot, danger: true },
];

export function HostActions(props: {
  kind: PoolKind;
  n: NodeRef;
  host: PoolHost;
  clusterId: string;
  clusterHostIds: readonly string[];
}) {
  const { host, n } = props;
  const { t } = useTranslation('resource-pools');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { confirm, holder } = useConfirm();
  const [flow, setFlow] = useState(false);
  const reason = (g: Guard) => (g === true ? null : t(`guards.${g}`));

  const run = async (op: Op, danger?: boolean) => {
    const label = t(`actions.${op}`);
    const ok = await confirm({
      title: `${label} ${host.name}?`,
      content: t(`confirm.${op}`),
      danger,
      okText: label,
    });
    if (!ok) return;
    try {
      await hostAction(n, op, { id: host.id, name: host.name, ip: host.ip });
      void message.info(t('messages.hostActionStarted', { action: label, name: host.name }));
    } catch (e) {
      void message.error(errorInfo(e).message);
    } finally {
      void qc.invalidateQueries({ queryKey: resourcePoolKeys.node(n) });
    }
  };

  const into = canEnterMaintenance(host);
  return (
    <Flex gap={8} wrap>
      <DisabledReason reason={reason(into)}>
        <Button
          type="primary"
          disabled={into !== true}
          style={into !== true ? { pointerEvents: 'none' } : undefined}
          onClick={() => setFlow(true)}
        >
          {t('actions.maintenance')}
        </Button>
      </DisabledReason>
      {OPS.map(({ op, guard, danger }) => {
        const g = guard(host);
        return (
          <DisabledReason key={op} reason={reason(g)}>
            <Button
              danger={danger}
              disabled={g !== true}
              style={g !== true ? { pointerEvents: 'none' } : undefined}
              onClick={() => void run(op, danger)}
            >
              {t(`actions.${op}`)}
            </Button>
          </DisabledReason>
        );
      })}
      {holder}
      {flow ? <MaintenanceFlow {...props} onClose={() => setFlow(false)} /> : null}
    </Flex>
  );
}
