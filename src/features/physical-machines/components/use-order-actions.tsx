import { useMemo } from 'react';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ActionContext, ResourceAction } from '@/components/actions/types';
import { decidePmOrders, pmOrderKeys, type PmOrder } from '@/api/resources/physical-machines';
import { canDecide } from '../model/orders';

const refresh = (ctx: ActionContext) =>
  void ctx.queryClient.invalidateQueries({ queryKey: pmOrderKeys.all });

/**
 * Accept or reject, one or many. Each order is its own request through the batch runner, so the
 * ledger shows a result per order (the service refuses a whole multi-id request for one bad id).
 */
export function useOrderActions(projectId: string): ResourceAction<PmOrder>[] {
  const { t } = useTranslation('physical-machines');
  return useMemo(() => {
    const guard = (o: PmOrder) => {
      const ok = canDecide(o, projectId);
      return ok === true ? true : t(`guards.${ok}`);
    };
    return [
      {
        key: 'accept',
        label: t('actions.accept'),
        icon: <CheckOutlined aria-hidden />,
        bulk: true,
        guard,
        confirm: { content: t('messages.acceptConfirm') },
        run: (o) => decidePmOrders(projectId, [o.id], 1),
        onSettled: (_r, ctx) => refresh(ctx),
      },
      {
        key: 'reject',
        label: t('actions.reject'),
        icon: <CloseOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard,
        confirm: { content: t('messages.rejectConfirm') },
        run: (o) => decidePmOrders(projectId, [o.id], 0),
        onSettled: (_r, ctx) => refresh(ctx),
      },
    ];
  }, [t, projectId]);
}
