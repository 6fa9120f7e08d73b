import { App, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useCreateKeypair } from '@/api/resources/keypairs';
import { KeypairNameField } from './keypair-name-field';
import { toCreateRequest, withDuplicateName, type CreateFormValues } from '../model/keypair';

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
      <KeypairNameField />
      <Form.Item name="type" label={t('fields.type')} extra={t('form.type.help')}>
        {/* Generation is offered for ssh only; x509 certificates must be imported. */}
        <Select options={[{ value: 'ssh', label: t('type.ssh') }]} />
      </Form.Item>
    </FormDrawer>
  );
}
