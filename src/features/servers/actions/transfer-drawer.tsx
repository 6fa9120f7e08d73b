import { App, Form, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useTransferServer } from '@/api/resources/servers';
import type { Server } from '../model/types';
import { projectQueries } from '@/api/resources/projects';

type Values = { project: string; user: string };

/**
 * Asset transfer (004:L7948). The platform takes only the new owner; the organisation is picked
 * first so the user list stays short, and the help says where the server ends up.
 */
export function TransferDrawer({ server, onClose }: { server?: Server; onClose: () => void }) {
  const { t } = useTranslation('servers');
  const { message } = App.useApp();
  const transfer = useTransferServer();
  const projects = useQuery({ ...projectQueries.list(), enabled: server !== undefined });
  return (
    <FormDrawer<Values>
      title={t('title.transfer', { name: server?.name ?? '' })}
      open={server !== undefined}
      onClose={onClose}
      initialValues={{ project: server?.tenant_id }}
      submitText={t('actions.transfer')}
      onSubmit={async ({ user }) => {
        if (!server) return;
        await transfer.mutateAsync({ server, userId: user });
        void message.success(t('messages.transferred', { name: server.name, user }));
      }}
      fieldAliases={{ 'body/transfer/user_id': 'user' }}
    >
      <TransferFields
        owner={server?.user_id ?? ''}
        projects={(projects.data ?? []).filter((p) => p.enabled)}
      />
    </FormDrawer>
  );
}

function TransferFields({
  owner,
  projects,
}: {
  owner: string;
  projects: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation('servers');
  const rules = useRules();
  const form = Form.useFormInstance<Values>();
  const project = Form.useWatch<string | undefined>('project') ?? '';
  const users = useQuery(projectQueries.users(project));
  return (
    <>
      <Form.Item
        name="project"
        label={t('transfer.project')}
        extra={t('transfer.help')}
        rules={[rules.required()]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          onChange={() => form.setFieldValue('user', undefined)}
          options={projects.map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <Form.Item
        name="user"
        label={t('transfer.user')}
        dependencies={['project']}
        rules={[
          rules.required(),
          {
            validator: async (_r, v: unknown) => {
              if (v === owner) throw new Error(t('transfer.sameOwner'));
            },
          },
        ]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={users.isFetching}
          notFoundContent={users.isFetching ? undefined : t('transfer.noUsers')}
          options={(users.data ?? []).map((u) => ({
            value: u.id,
            label: u.display_name || u.name,
          }))}
        />
      </Form.Item>
    </>
  );
}
