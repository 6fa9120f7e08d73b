import { Link } from 'react-router';
import { Button, Flex, Form, Input, Radio, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PasswordFields } from '@/components/form-drawer/password-fields';
import { useRules } from '@/components/form-drawer/use-rules';
import type { components } from '@contract/schema';
import {
  ALIAS,
  SERVER_NAME,
  SERVER_NAME_MAX,
  WINDOWS_NAME_ADVISED,
  isWindowsImage,
  longestServerName,
  nameMaxFor,
} from '../model/names';
import type { CreateValues } from '../model/create';
import { keypairQueries } from '@/api/resources/keypairs';

type Image = components['schemas']['Image'];
type Props = { project: string; images: readonly Image[] | undefined };

/** Step 4: name, display name and description, how to log in, extra metadata. */
export function StepLogin({ project, images }: Props) {
  const { t } = useTranslation('servers');
  const { t: tUi } = useTranslation('ui');
  const rules = useRules();
  const auth = Form.useWatch<CreateValues['auth'] | undefined>('auth') ?? 'password';
  const keypairs = useQuery(keypairQueries.list(project));
  return (
    <>
      <Form.Item
        name="name"
        label={t('fields.name')}
        extra={t('rename.help', { max: SERVER_NAME_MAX, windows: WINDOWS_NAME_ADVISED })}
        rules={[
          rules.required(),
          rules.pattern(SERVER_NAME, t('rename.invalid')),
          // Read from the form, not from a watch: the count is on the first step.
          ({ getFieldValue }) => {
            const max = nameMaxFor(Number(getFieldValue('count') ?? 1));
            return { type: 'string', max, message: tUi('validation.maxLength', { max }) };
          },
          ({ getFieldValue }) => ({
            warningOnly: true,
            validator: async (_r, v: unknown) => {
              if (typeof v !== 'string' || getFieldValue('source') !== 'image') return;
              const image = images?.find((i) => i.id === getFieldValue('imageId'));
              const longest = longestServerName(v, Number(getFieldValue('count') ?? 1));
              if (isWindowsImage(image) && longest.length > WINDOWS_NAME_ADVISED)
                throw new Error(
                  t('create.login.windowsName', {
                    windows: WINDOWS_NAME_ADVISED,
                    name: longest,
                    length: longest.length,
                  }),
                );
            },
          }),
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="alias"
        label={t('fields.alias')}
        extra={t('create.login.aliasHelp')}
        rules={[rules.maxLength(32), rules.pattern(ALIAS, t('create.login.aliasInvalid'))]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="description" label={t('fields.description')} rules={[rules.maxLength(128)]}>
        <Input.TextArea rows={2} showCount maxLength={128} />
      </Form.Item>
      <Form.Item name="auth" label={t('create.login.auth')}>
        <Radio.Group
          options={[
            { value: 'password', label: t('create.login.password') },
            { value: 'keypair', label: t('create.login.keypair') },
            { value: 'imageDefault', label: t('create.login.imageDefault') },
          ]}
        />
      </Form.Item>
      {auth === 'password' ? (
        <PasswordFields
          label={t('create.login.passwordField')}
          help={t('create.login.passwordHelp')}
          confirmLabel={t('create.login.confirm')}
          mismatch={t('create.login.mismatch')}
        />
      ) : null}
      {auth === 'keypair' ? (
        <Form.Item
          name="keyName"
          label={t('fields.key_name')}
          rules={[rules.required()]}
          extra={
            <>
              {t('create.login.keypairHelp')}{' '}
              <Link to="/keypairs">{t('create.login.manageKeys')}</Link>
            </>
          }
        >
          <Select
            loading={keypairs.isPending}
            options={(keypairs.data ?? []).map((k) => ({ value: k.name, label: k.name }))}
          />
        </Form.Item>
      ) : null}
      {auth === 'imageDefault' ? <Form.Item>{t('create.login.imageDefaultHelp')}</Form.Item> : null}
      <Form.Item label={t('fields.metadata')} extra={t('create.login.metadataHelp')}>
        <Form.List name="metadata">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="flex-start">
                  <Form.Item
                    name={[f.name, 'key']}
                    rules={[
                      rules.required(),
                      rules.maxLength(255),
                      rules.pattern(
                        /^(?!(user_name|zone_uuid|enableAdminPass|h3c_extend_api|alias|description)$)/,
                        t('create.login.reservedKey'),
                      ),
                    ]}
                    style={{ flex: 1, marginBottom: 0 }}
                  >
                    <Input placeholder={t('fields.metaKey')} aria-label={t('fields.metaKey')} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'value']}
                    rules={[rules.maxLength(255)]}
                    style={{ flex: 1, marginBottom: 0 }}
                  >
                    <Input placeholder={t('fields.metaValue')} aria-label={t('fields.metaValue')} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('create.login.removeMeta')}
                    onClick={() => remove(f.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ key: '', value: '' })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('create.login.addMeta')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}
