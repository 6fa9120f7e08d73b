// The node actions for the list (row menu + bulk bar) and the detail header. Power and
// maintenance run through the batch runner; each guard says why an action is unavailable.
import { useMemo } from 'react';
import { Form, Input } from 'antd';
import {
  DeleteOutlined,
  EditOutlined,
  PoweroffOutlined,
  ReloadOutlined,
  ThunderboltOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ActionContext, ResourceAction } from '@/components/actions/types';
import type { Followed } from '@/components/task-centre/task-model';
import {
  bareMetalKeys,
  clearNodeMaintenance,
  deleteNode,
  setNodeMaintenance,
  setNodePower,
  type BmNode,
} from '@/api/resources/bare-metal';
import { deleteGuard, powerGuard } from '../model/node';

const refresh = (ctx: ActionContext) =>
  void ctx.queryClient.invalidateQueries({ queryKey: bareMetalKeys.all });

/** The task centre follows a power change until ironic has no target left (nodes are global). */
const followNode = (n: BmNode): Followed => ({
  type: 'node',
  id: n.uuid,
  project: '',
  expect: null,
});

// The maintenance reason typed in the confirmation, read when the batch runs. Module-level, not
// state: typing must not rebuild the actions under the open confirmation, and only one
// confirmation is ever open.
const reason = { current: '' };

type Handlers = { onEdit?: (node: BmNode) => void; onDeleted?: () => void };

export function useNodeActions({ onEdit, onDeleted }: Handlers = {}): ResourceAction<BmNode>[] {
  const { t } = useTranslation('bare-metal');
  return useMemo(() => {
    const power =
      (target: 'power on' | 'power off' | 'rebooting') =>
      (n: BmNode): true | string => {
        const v = powerGuard(target, n);
        if (v === true) return true;
        if (v.reason === 'already')
          return t(target === 'power on' ? 'guards.alreadyOn' : 'guards.alreadyOff');
        return t(`guards.${v.reason}`);
      };
    const actions: (ResourceAction<BmNode> | false)[] = [
      {
        key: 'powerOn',
        label: t('actions.powerOn'),
        icon: <ThunderboltOutlined aria-hidden />,
        bulk: true,
        guard: power('power on'),
        run: (n) => setNodePower(n.uuid, 'power on'),
        follow: followNode,
        onSettled: (_r, ctx) => refresh(ctx),
      },
      {
        key: 'powerOff',
        label: t('actions.powerOff'),
        icon: <PoweroffOutlined aria-hidden />,
        bulk: true,
        guard: power('power off'),
        confirm: { content: t('confirm.powerOff') },
        run: (n) => setNodePower(n.uuid, 'power off'),
        follow: followNode,
        onSettled: (_r, ctx) => refresh(ctx),
      },
      {
        key: 'reboot',
        label: t('actions.reboot'),
        icon: <ReloadOutlined aria-hidden />,
        bulk: true,
        guard: power('rebooting'),
        run: (n) => setNodePower(n.uuid, 'rebooting'),
        follow: followNode,
        onSettled: (_r, ctx) => refresh(ctx),
      },
      {
        key: 'maintenanceOn',
        label: t('actions.maintenanceOn'),
        icon: <ToolOutlined aria-hidden />,
        bulk: true,
        guard: (n) => (n.maintenance ? t('guards.alreadyMaintenance') : true),
        confirm: {
          content: () => {
            reason.current = '';
            return (
              <Form layout="vertical" style={{ marginTop: 12 }}>
                <Form.Item label={t('form.reason')} extra={t('form.reasonHelp')}>
                  <Input
                    aria-label={t('form.reason')}
                    maxLength={255}
                    onChange={(e) => {
                      reason.current = e.target.value;
                    }}
                  />
                </Form.Item>
              </Form>
            );
          },
        },
        run: (n) => setNodeMaintenance(n.uuid, reason.current.trim()),
        onSettled: (_r, ctx) => refresh(ctx),
      },
      {
        key: 'maintenanceOff',
        label: t('actions.maintenanceOff'),
        icon: <ToolOutlined aria-hidden />,
        bulk: true,
        guard: (n) => (n.maintenance ? true : t('guards.notMaintenance')),
        run: (n) => clearNodeMaintenance(n.uuid),
        onSettled: (_r, ctx) => refresh(ctx),
      },
      onEdit !== undefined && {
        key: 'edit',
        label: t('actions.edit'),
        icon: <EditOutlined aria-hidden />,
        guard: (n) => (n.reservation ? t('guards.locked', { conductor: n.reservation }) : true),
        open: (n) => onEdit(n),
      },
      {
        key: 'delete',
        label: t('actions.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: (n) => {
          const v = deleteGuard(n);
          if (v === true) return true;
          if (v.reason === 'instance') return t('guards.instance');
          if (v.reason === 'locked') return t('guards.locked', { conductor: v.conductor });
          return t('guards.deleteState', { current: t(`provision.${v.current}`) });
        },
        confirm: { typeToConfirm: true, content: t('confirm.delete') },
        run: (n) => deleteNode(n.uuid),
        follow: (n) => ({ ...followNode(n), expect: 'deleted' }),
        onSettled: (_r, ctx) => {
          refresh(ctx);
          onDeleted?.();
        },
      },
    ];
    return actions.filter((a): a is ResourceAction<BmNode> => a !== false);
  }, [t, onEdit, onDeleted]);
}
