import { useMemo } from 'react';
import { PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { deleteAction } from '@/components/actions/common-actions';
import type { ActionContext, ResourceAction } from '@/components/actions/types';
import { deleteDrx, drxKeys, updateDrx } from '@/api/resources/drx';
import { canDisable, canEnable, type Drx } from '../model/drx';

const refresh = (ctx: ActionContext) =>
  void ctx.queryClient.invalidateQueries({ queryKey: drxKeys.all });

/** Enable, disable (one or many) and delete with confirmation. */
export function useDrxActions(): ResourceAction<Drx>[] {
  const { t } = useTranslation('drx');
  return useMemo(
    () => [
      {
        key: 'enable',
        label: t('actions.enable'),
        icon: <PlayCircleOutlined aria-hidden />,
        bulk: true,
        guard: (d) => {
          const ok = canEnable(d);
          return ok === true ? true : t(`guards.${ok}`);
        },
        run: (d) => updateDrx(d.uuid, { extraInfos: { info_value: { status: 'active' } } }),
        onSettled: (_r, ctx) => refresh(ctx),
      },
      {
        key: 'disable',
        label: t('actions.disable'),
        icon: <PauseCircleOutlined aria-hidden />,
        bulk: true,
        guard: (d) => {
          const ok = canDisable(d);
          return ok === true ? true : t(`guards.${ok}`);
        },
        run: (d) => updateDrx(d.uuid, { extraInfos: { info_value: { status: 'inactive' } } }),
        onSettled: (_r, ctx) => refresh(ctx),
      },
      deleteAction<Drx>({
        label: t('actions.delete'),
        confirm: { content: t('messages.deleteConfirm') },
        run: (d) => deleteDrx(d.uuid),
        onSettled: (_r, ctx) => refresh(ctx),
      }),
    ],
    [t],
  );
}
