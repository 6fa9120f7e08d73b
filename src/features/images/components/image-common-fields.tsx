// Form items shared by the create, FTP-import and edit drawers, each with the limits of 004 §1.3.
import { Form, Input, InputNumber, Radio, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRules } from '@/components/form-drawer/use-rules';
import { IMAGE_NAME_PATTERN, LIMITS } from '../model/form';

export function NameField() {
  const { t } = useTranslation('images');
  const rules = useRules();
  return (
    <Form.Item
      name="name"
      label={t('fields.name')}
      extra={t('form.name.help')}
      rules={[
        rules.required(),
        rules.maxLength(LIMITS.nameMax),
        rules.pattern(IMAGE_NAME_PATTERN, t('form.name.help')),
      ]}
    >
      <Input autoComplete="off" maxLength={LIMITS.nameMax} showCount />
    </Form.Item>
  );
}

export function DescriptionField() {
  const { t } = useTranslation('images');
  const rules = useRules();
  return (
    <Form.Item
      name="description"
      label={t('fields.description')}
      rules={[rules.maxLength(LIMITS.descriptionMax)]}
    >
      <Input.TextArea rows={2} maxLength={LIMITS.descriptionMax} showCount />
    </Form.Item>
  );
}

/** Only administrators may publish (glance's publicize_image); others see why. */
export function VisibilityField({ allowPublic }: { allowPublic: boolean }) {
  const { t } = useTranslation('images');
  return (
    <Form.Item
      name="visibility"
      label={t('fields.visibility')}
      extra={allowPublic ? undefined : t('form.visibility.help')}
    >
      <Radio.Group
        options={[
          { value: 'private', label: t('visibility.private') },
          { value: 'public', label: t('visibility.public'), disabled: !allowPublic },
        ]}
      />
    </Form.Item>
  );
}

/** min_cpu, min_ram (MB) and min_disk (GB): positive integers of at most 6 digits. */
export function MinimumsFields() {
  const { t } = useTranslation('images');
  const rules = useRules();
  const fields = [
    { name: 'min_cpu', max: LIMITS.minCpuMax, extra: undefined },
    { name: 'min_ram', max: LIMITS.minRamMax, extra: t('form.min_ram.help') },
    { name: 'min_disk', max: LIMITS.minDiskMax, extra: undefined },
  ] as const;
  return fields.map((f) => (
    <Form.Item
      key={f.name}
      name={f.name}
      label={t(`fields.${f.name}`)}
      extra={f.extra}
      rules={[rules.required(), rules.integer({ min: 1, max: f.max })]}
    >
      <InputNumber min={1} max={f.max} precision={0} style={{ width: 160 }} />
    </Form.Item>
  ));
}

export function ProtectedField() {
  const { t } = useTranslation('images');
  return (
    <Form.Item
      name="protected"
      label={t('fields.protected')}
      extra={t('form.protected.help')}
      valuePropName="checked"
    >
      <Switch />
    </Form.Item>
  );
}
