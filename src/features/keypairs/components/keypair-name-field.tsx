import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRules } from '@/components/form-drawer/use-rules';
import { NAME_MAX, NAME_PATTERN } from '../model/keypair';

/** The key-pair name of both the create and the import drawer: 1–64 of [A-Za-z0-9_-]. */
export function KeypairNameField() {
  const { t } = useTranslation('keypairs');
  const rules = useRules();
  return (
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
  );
}
