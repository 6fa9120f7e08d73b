// The server actions, declared once for the list (row menu + bulk bar) and the detail header.
// Each one is gated by the state machine in model/guards.ts; the power actions all send the one
// `servers/{id}/action` operation with their own body.
import { useMemo } from 'react';
import {
  CaretRightOutlined,
  CloudDownloadOutlined,
  CloudUploadOutlined,
  ClockCircleOutlined,
  CodeOutlined,
  DeleteOutlined,
  EditOutlined,
  ExpandAltOutlined,
  PauseOutlined,
  PoweroffOutlined,
  ReloadOutlined,
  StepForwardOutlined,
  SwapOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ActionContext, ResourceAction } from '@/components/actions/types';
import { deleteServer, serverAction, serverKeys } from '@/api/resources/servers';
import { POWER_ENDS, powerBody, type PowerActionKey } from '../model/action-bodies';
import { guard, type ServerActionKey } from '../model/guards';
import type { Server } from '../model/types';

export type ServerDialog = 'resize' | 'rename' | 'transfer' | 'shortenLease';

type Handlers = {
  onDialog: (dialog: ServerDialog, server: Server) => void;
  onConsole: (server: Server) => void;
  onDeleted?: () => void;
};

/** The order of the menu: the detail header shows the first three as buttons. */
export const ACTION_ORDER: readonly ServerActionKey[] = [
  'start',
  'stop',
  'reboot',
  'console',
  'rebootHard',
  'suspend',
  'resume',
  'resize',
  'shelve',
  'unshelve',
  'rename',
  'transfer',
  'shortenLease',
  'delete',
];

const refresh = (ctx: ActionContext) =>
  void ctx.queryClient.invalidateQueries({ queryKey: serverKeys.all });

export function useServerActions({
  onDialog,
  onConsole,
  onDeleted,
}: Handlers): ResourceAction<Server>[] {
  const { t } = useTranslation('servers');
  return useMemo(() => {
    const check =
      (key: ServerActionKey) =>
      (s: Server): true | string => {
        const verdict = guard(key, s);
        if (verdict === true) return true;
        switch (verdict.reason) {
          case 'busy':
            return t('guards.busy', {
              task: t(`task.${s['OS-EXT-STS:task_state'] ?? 'spawning'}`),
            });
          case 'state':
            return t('guards.state', {
              allowed: verdict.allowed.map((v) => t(`vmState.${v}`)).join(' / '),
              current: t(`vmState.${verdict.current}`),
            });
          case 'noLease':
            return t('guards.noLease');
          case 'deleting':
            return t('guards.deleting');
        }
      };
    const power = (
      key: PowerActionKey,
      icon: React.ReactNode,
      opts: { bulk?: boolean; confirm?: string; danger?: boolean } = {},
    ): ResourceAction<Server> => ({
      key,
      label: t(`actions.${key}`),
      icon,
      danger: opts.danger,
      bulk: opts.bulk,
      guard: check(key),
      confirm: opts.confirm ? { content: opts.confirm } : undefined,
      run: (s) => serverAction(s, powerBody(key)),
      follow: (s) => ({ type: 'server', id: s.id, project: s.tenant_id, expect: POWER_ENDS[key] }),
      onSettled: (_r, ctx) => refresh(ctx),
    });
    const dialog = (key: ServerDialog, icon: React.ReactNode): ResourceAction<Server> => ({
      key,
      label: t(`actions.${key}`),
      icon,
      guard: check(key),
      open: (s) => onDialog(key, s),
    });
    const byKey: Record<ServerActionKey, ResourceAction<Server> | null> = {
      start: power('start', <CaretRightOutlined aria-hidden />, { bulk: true }),
      stop: power('stop', <PoweroffOutlined aria-hidden />, {
        bulk: true,
        confirm: t('confirm.stop'),
      }),
      reboot: power('reboot', <ReloadOutlined aria-hidden />, {
        bulk: true,
        confirm: t('confirm.reboot'),
      }),
      rebootHard: power('rebootHard', <ThunderboltOutlined aria-hidden />, {
        confirm: t('confirm.rebootHard'),
        danger: true,
      }),
      suspend: power('suspend', <PauseOutlined aria-hidden />, { confirm: t('confirm.suspend') }),
      resume: power('resume', <StepForwardOutlined aria-hidden />),
      shelve: power('shelve', <CloudDownloadOutlined aria-hidden />, {
        confirm: t('confirm.shelve'),
      }),
      unshelve: power('unshelve', <CloudUploadOutlined aria-hidden />),
      console: {
        key: 'console',
        label: t('actions.console'),
        icon: <CodeOutlined aria-hidden />,
        guard: check('console'),
        open: onConsole,
      },
      resize: dialog('resize', <ExpandAltOutlined aria-hidden />),
      liveResize: null,
      // Taken from the detail page's Snapshots tab, not from the menu.
      snapshot: null,
      rename: dialog('rename', <EditOutlined aria-hidden />),
      transfer: dialog('transfer', <SwapOutlined aria-hidden />),
      shortenLease: dialog('shortenLease', <ClockCircleOutlined aria-hidden />),
      delete: {
        key: 'delete',
        label: t('actions.delete'),
        icon: <DeleteOutlined aria-hidden />,
        danger: true,
        bulk: true,
        guard: check('delete'),
        confirm: { typeToConfirm: true, content: t('confirm.delete') },
        run: (s) => deleteServer(s),
        // Followed until the server answers 404.
        follow: (s) => ({ type: 'server', id: s.id, project: s.tenant_id, expect: 'deleted' }),
        onSettled: (_r, ctx) => {
          refresh(ctx);
          onDeleted?.();
        },
      },
    };
    return ACTION_ORDER.flatMap((k) => {
      const a = byKey[k];
      return a ? [a] : [];
    });
  }, [t, onDialog, onConsole, onDeleted]);
}
