import { useMemo } from 'react';
import { PoweroffOutlined, PlayCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ActionContext, ResourceAction } from '@/components/actions/types';
import {
  actOnManagedVms,
  managedVmKeys,
  type ManaPowerAction,
  type ManaVm,
} from '@/api/resources/managed-vms';
import { canPower } from '../model/vm';

const refresh = (ctx: ActionContext) =>
  void ctx.queryClient.invalidateQueries({ queryKey: managedVmKeys.all });

/**
 * Start, stop and hard reboot, one or many, each VM its own call through the batch runner so the
 * ledger shows a result per VM (the service refuses a whole multi-id call for one VM in a wrong
 * state). Stop and reboot are confirmed.
 */
export function useVmActions(projectId: string, region: string): ResourceAction<ManaVm>[] {
  const { t } = useTranslation('managed-vms');
  return useMemo(() => {
    const action = (
      key: ManaPowerAction,
      icon: React.ReactNode,
      confirm?: string,
    ): ResourceAction<ManaVm> => ({
      key,
      label: t(`actions.${key}`),
      icon,
      bulk: true,
      ...(key === 'stop' ? { danger: true } : {}),
      guard: (vm) => {
        const ok = canPower(vm, key);
        return ok === true ? true : t(`guards.${ok}`);
      },
      ...(confirm ? { confirm: { content: confirm } } : {}),
      run: (vm) => actOnManagedVms(projectId, region, [vm.instance_id], key),
      onSettled: (_r, ctx) => refresh(ctx),
    });
    return [
      action('start', <PlayCircleOutlined aria-hidden />),
      action('stop', <PoweroffOutlined aria-hidden />, t('messages.stopConfirm')),
      action('reboot', <ReloadOutlined aria-hidden />, t('messages.rebootConfirm')),
    ];
  }, [t, projectId, region]);
}
