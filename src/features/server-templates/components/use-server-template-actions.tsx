import { useMemo } from 'react';
import { CloudServerOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { deleteAction, editAction } from '@/components/actions/common-actions';
import type { ResourceAction } from '@/components/actions/types';
import { deleteServerTemplate, serverTemplateKeys } from '@/api/resources/server-templates';
import { canCreateServer, createServerPath, type ServerTemplate } from '../model/server-template';

/** Create a server from the template (the servers page's wizard, prefilled), edit, delete. */
export function useServerTemplateActions(
  projectId: string,
  onEdit: (x: ServerTemplate) => void,
): ResourceAction<ServerTemplate>[] {
  const { t } = useTranslation('server-templates');
  return useMemo<ResourceAction<ServerTemplate>[]>(
    () => [
      {
        key: 'createServer',
        label: t('actions.createServer'),
        icon: <CloudServerOutlined aria-hidden />,
        guard: (x) => {
          const ok = canCreateServer(x, projectId);
          return ok === true ? true : t(`guards.${ok}`);
        },
        open: (x, ctx) => void ctx.navigate(createServerPath(x)),
      },
      editAction(t('actions.edit'), onEdit),
      deleteAction<ServerTemplate>({
        label: t('actions.delete'),
        confirm: { content: t('messages.deleteConfirm') },
        run: (x) => deleteServerTemplate(x.uuid),
        invalidate: [serverTemplateKeys.all],
      }),
    ],
    [t, projectId, onEdit],
  );
}
