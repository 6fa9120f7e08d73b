import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useCreateKeypair } from '../api/mutations';
import {
  NAME_MAX,
  NAME_PATTERN,
  toCreateRequest,
  withDuplicateName,
  type CreateFormValues,
} from '../model/keypair';

type Props = {
  projectId: string;
  open: boolean;
  onClose: () => void;
  /** The generated private key, to be shown once. */
  onCreated: (created: { name: string; privateKey: string }) => void;
};

/** Generate a key pair (004:L1695 without `public_key`): the platform returns the private key once. */
export function CreateKeypairDrawer({ projectId, open, onClose, onCreated }: Props) {
  const { t } = useTranslation('keypairs');
  const { message } = App.useApp();
  const rules = useRules();
  const create = useCreateKeypair(projectId);
  return (
    <FormDrawer<CreateFormValues>
      title={t('title.create')}
      open={open}
      onClose={onClose}
      initialValues={{ type: 'ssh' }}
      onSubmit={async (values) => {
        const created = await create
          .mutateAsync(toCreateRequest(values))
          .catch((e: unknown) => Promise.reject(withDuplicateName(e, t('form.name.duplicate'))));
        void message.success(t('messages.created', { name: created.name }));
        if (created.private_key) onCreated({ name: created.name, privateKey: created.private_key });
      }}
    >
      <Form.Item
        name="name"
        label={t('fields.name')}
        extra={t('form.name.help')}
        rules={[
          rules.required(),
          rules.maxLength(NAME_MAX),
          rules.pattern(NAME_PATTERN, t('form.name.help')),
        ]}
      >
        <Input maxLength={NAME_MAX} showCount autoComplete="off" />
      </Form.Item>
      <Form.Item name="type" label={t('fields.type')} extra={t('form.type.help')}>
        {/* Generation is offered for ssh only; x509 certificates must be imported. */}
        <Select options={[{ value: 'ssh', label: t('type.ssh') }]} />
      </Form.Item>
    </FormDrawer>
  );
}
