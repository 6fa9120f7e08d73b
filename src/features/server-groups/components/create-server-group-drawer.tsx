import { App, Flex, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useCreateServerGroup } from '@/api/resources/server-groups';
import {
  checkName,
  FIELD_ALIASES,
  NAME_MAX,
  POLICIES,
  toCreateRequest,
  type CreateFormValues,
} from '../model/server-group';

type Props = { open: boolean; onClose: () => void };

const countChars = (text: string) => [...text].length;

/** Create a group (004:L8219) in the token's project: a name and one policy. */
export function CreateServerGroupDrawer({ open, onClose }: Props) {
  const { t } = useTranslation('server-groups');
  const { message } = App.useApp();
  const rules = useRules();
  const create = useCreateServerGroup();
  return (
    <FormDrawer<CreateFormValues>
      title={t('title.create')}
      open={open}
      onClose={onClose}
      initialValues={{ policy: 'anti-affinity' }}
      fieldAliases={FIELD_ALIASES}
      onSubmit={async (values) => {
        const created = await create.mutateAsync(toCreateRequest(values));
        void message.success(t('messages.created', { name: created.name }));
      }}
    >
      <Form.Item
        name="name"
        label={t('fields.name')}
        extra={t('form.name.help')}
        rules={[
          rules.required(),
          {
            validator: async (_rule: unknown, value: unknown) => {
              if (typeof value !== 'string' || value.trim() === '') return;
              const result = checkName(value);
              if (result !== true) throw new Error(t(`form.name.${result}`));
            },
          },
        ]}
      >
        <Input autoComplete="off" count={{ show: true, max: NAME_MAX, strategy: countChars }} />
      </Form.Item>
      <Form.Item name="policy" label={t('fields.policy')} extra={t('form.policy.help')}>
        <Radio.Group style={{ width: '100%' }}>
          <Flex vertical gap={12}>
            {POLICIES.map((p) => (
              <div key={p}>
                <Radio value={p}>{t(`policy.${p}`)}</Radio>
                <Typography.Paragraph
                  type="secondary"
                  style={{ margin: '2px 0 0', paddingInlineStart: 24 }}
                >
                  {t(`policyHelp.${p}`)}
                </Typography.Paragraph>
              </div>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
    </FormDrawer>
  );
}
