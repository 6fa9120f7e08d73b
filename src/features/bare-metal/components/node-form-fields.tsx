// The fields enroll and edit share: name, driver, resource class, IPMI access, hardware.
import { Divider, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { BM_DRIVERS } from '@/api/enums';
import { useRules } from '@/components/form-drawer/use-rules';
import { isNodeName } from '../model/enroll';

export function NodeFormFields({ editing }: { editing?: boolean }) {
  const { t } = useTranslation('bare-metal');
  const rules = useRules();
  const positive = {
    validator: async (_r: unknown, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0)
        throw new Error(t('form.positive'));
    },
  };
  return (
    <>
      <Form.Item
        name="name"
        label={t('fields.name')}
        rules={[
          {
            validator: async (_r: unknown, value: unknown) => {
              if (typeof value === 'string' && value.trim() !== '' && !isNodeName(value.trim()))
                throw new Error(t('form.invalidName'));
            },
          },
        ]}
      >
        <Input autoComplete="off" maxLength={255} />
      </Form.Item>
      <Form.Item name="resource_class" label={t('fields.resource_class')}>
        <Input autoComplete="off" maxLength={80} />
      </Form.Item>
      <Divider titlePlacement="start">{t('form.sectionDriver')}</Divider>
      <Form.Item
        name="driver"
        label={t('fields.driver')}
        extra={t('form.driverHelp')}
        rules={[rules.required()]}
      >
        <Select options={BM_DRIVERS.map((d) => ({ value: d, label: d }))} />
      </Form.Item>
      <Form.Item name="ipmi_address" label={t('form.ipmiAddress')} rules={[rules.required()]}>
        <Input autoComplete="off" maxLength={255} placeholder="172.25.16.228" />
      </Form.Item>
      <Form.Item name="ipmi_username" label={t('form.ipmiUsername')}>
        <Input autoComplete="off" maxLength={255} />
      </Form.Item>
      <Form.Item
        name="ipmi_password"
        label={t('form.ipmiPassword')}
        extra={editing ? t('form.passwordKeep') : undefined}
      >
        <Input.Password autoComplete="new-password" maxLength={255} />
      </Form.Item>
      <Divider titlePlacement="start">{t('form.sectionProperties')}</Divider>
      <Form.Item name="cpus" label={t('fields.cpus')} rules={[positive]}>
        <InputNumber style={{ width: '100%' }} min={1} precision={0} />
      </Form.Item>
      <Form.Item name="memory_mb" label={t('fields.memory_mb')} rules={[positive]}>
        <InputNumber style={{ width: '100%' }} min={1} precision={0} suffix="MiB" />
      </Form.Item>
      <Form.Item name="local_gb" label={t('fields.local_gb')} rules={[positive]}>
        <InputNumber style={{ width: '100%' }} min={1} precision={0} suffix="GiB" />
      </Form.Item>
      <Form.Item name="cpu_arch" label={t('fields.cpu_arch')}>
        <Input autoComplete="off" maxLength={64} />
      </Form.Item>
    </>
  );
}
