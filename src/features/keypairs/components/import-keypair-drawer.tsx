import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useCreateKeypair } from '@/api/resources/keypairs';
import { KeypairNameField } from './keypair-name-field';
import {
  checkPublicKey,
  PUBLIC_KEY_MAX,
  toImportRequest,
  withDuplicateName,
  type ImportFormValues,
} from '../model/keypair';

type Props = { projectId: string; open: boolean; onClose: () => void };

/** Import an OpenSSH public key (004:L1695 with `public_key`). */
export function ImportKeypairDrawer({ projectId, open, onClose }: Props) {
  const { t } = useTranslation('keypairs');
  const { message } = App.useApp();
  const rules = useRules();
  const create = useCreateKeypair(projectId);
  return (
    <FormDrawer<ImportFormValues>
      title={t('title.import')}
      open={open}
      onClose={onClose}
      onSubmit={async (values) => {
        const created = await create
          .mutateAsync(toImportRequest(values))
          .catch((e: unknown) => Promise.reject(withDuplicateName(e, t('form.name.duplicate'))));
        void message.success(t('messages.imported', { name: created.name }));
      }}
    >
      <KeypairNameField />
      <Form.Item
        name="public_key"
        label={t('fields.public_key')}
        extra={t('form.public_key.help')}
        rules={[
          rules.required(),
          rules.maxLength(PUBLIC_KEY_MAX),
          {
            validator: async (_rule: unknown, value: unknown) => {
              if (typeof value !== 'string' || value.trim() === '') return;
              const result = checkPublicKey(value);
              if (result !== true) throw new Error(t(`form.public_key.${result}`));
            },
          },
        ]}
      >
        <Input.TextArea
          rows={6}
          placeholder={t('form.public_key.placeholder')}
          spellCheck={false}
          style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
        />
      </Form.Item>
    </FormDrawer>
  );
}
