import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useRenameServer } from '@/api/resources/servers';
import { SERVER_NAME, SERVER_NAME_MAX, WINDOWS_NAME_ADVISED } from '../model/names';
import type { Server } from '../model/types';

type Values = { name: string };

/** Rename (004:L7007): nova's host-name rules, checked before sending. */
export function RenameDrawer({ server, onClose }: { server?: Server; onClose: () => void }) {
  const { t } = useTranslation('servers');
  const rules = useRules();
  const { message } = App.useApp();
  const rename = useRenameServer();
  return (
    <FormDrawer<Values>
      title={t('title.rename', { name: server?.name ?? '' })}
      open={server !== undefined}
      onClose={onClose}
      initialValues={{ name: server?.name }}
      onSubmit={async ({ name }) => {
        if (!server) return;
        await rename.mutateAsync({ server, name });
        void message.success(t('messages.renamed', { name }));
      }}
      fieldAliases={{ 'body/server/name': 'name' }}
    >
      <Form.Item
        name="name"
        label={t('fields.name')}
        extra={t('rename.help', { max: SERVER_NAME_MAX, windows: WINDOWS_NAME_ADVISED })}
        rules={[
          rules.required(),
          rules.maxLength(SERVER_NAME_MAX),
          rules.pattern(SERVER_NAME, t('rename.invalid')),
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
    </FormDrawer>
  );
}
