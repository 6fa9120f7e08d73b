// The provision actions of one node: exactly the targets the state machine allows from its
// current state (model/node.ts), each disabled with its reason when maintenance, a running task
// or a missing image stands in the way.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceAction } from '@/components/actions/types';
import { bareMetalKeys, setNodeProvision, type BmNode } from '@/api/resources/bare-metal';
import {
  MANUAL_CLEAN_STEPS,
  provisionGuard,
  targetsFrom,
  type ProvisionState,
  type ProvisionTarget,
} from '../model/node';

const DESTRUCTIVE: ReadonlySet<ProvisionTarget> = new Set(['clean', 'deleted', 'rebuild']);

export function useProvisionActions(state: ProvisionState | undefined): ResourceAction<BmNode>[] {
  const { t } = useTranslation('bare-metal');
  return useMemo(() => {
    if (!state) return [];
    return targetsFrom(state).map((target): ResourceAction<BmNode> => ({
      key: `provision-${target}`,
      label: t(`targets.${target}`),
      danger: DESTRUCTIVE.has(target),
      guard: (n) => {
        const v = provisionGuard(target, n);
        if (v === true) return true;
        switch (v.reason) {
          case 'locked':
            return t('guards.locked', { conductor: v.conductor });
          case 'state':
            return t('guards.state', {
              allowed: v.allowed.map((s) => t(`provision.${s}`)).join(' / '),
              current: t(`provision.${v.current}`),
            });
          default:
            return t(`guards.${v.reason}`);
        }
      },
      confirm: {
        title: (items) =>
          t('confirm.provision', {
            action: t(`targets.${target}`),
            name: items[0]?.name ?? items[0]?.uuid ?? '',
          }),
        content:
          target === 'clean'
            ? t('confirm.clean')
            : target === 'deleted'
              ? t('confirm.deleted')
              : undefined,
      },
      run: (n) =>
        setNodeProvision(
          n.uuid,
          target === 'clean'
            ? { target, clean_steps: MANUAL_CLEAN_STEPS.map((s) => ({ ...s })) }
            : { target },
        ),
      // The task centre follows the node until it rests (available, active, …) or fails.
      follow: (n) => ({ type: 'node', id: n.uuid, project: '', expect: null }),
      onSettled: (_r, ctx) =>
        void ctx.queryClient.invalidateQueries({ queryKey: bareMetalKeys.all }),
    }));
  }, [t, state]);
}
