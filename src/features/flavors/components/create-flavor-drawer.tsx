import { App, Form, Input, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useViewer } from '@/hooks/use-session';
import { useCreateFlavor } from '@/api/resources/flavors';
import {
  checkId,
  hasControlChar,
  COUNT_MAX,
  FIELD_ALIASES,
  ID_MAX,
  INITIAL_VALUES,
  NAME_MAX,
  toCreateRequest,
  type CreateFormValues,
} from '../model/flavor';

type Props = { open: boolean; onClose: () => void };

const WIDE = { width: '100%' } as const;

/** Create a flavor (004:L20690): name, optional id, vCPUs, RAM, disks, visibility, RX/TX factor. */
export function CreateFlavorDrawer({ open, onClose }: Props) {
  const { t } = useTranslation('flavors');
  const { message } = App.useApp();
  const rules = useRules();
  const { projectId } = useViewer();
  const create = useCreateFlavor(projectId);
  return (
    <FormDrawer<CreateFormValues>
      title={t('title.create')}
      open={open}
      onClose={onClose}
      initialValues={INITIAL_VALUES}
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
          rules.maxLength(NAME_MAX),
          {
            validator: async (_r, v: string | undefined) => {
              if (v && hasControlChar(v)) throw new Error(t('form.name.controlChar'));
            },
          },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="id"
        label={t('fields.id')}
        extra={t('form.id.help')}
        rules={[
          {
            validator: async (_rule: unknown, value: unknown) => {
              if (typeof value !== 'string') return;
              const result = checkId(value);
              if (result !== true) throw new Error(t(`form.id.${result}`, { max: ID_MAX }));
            },
          },
        ]}
      >
        <Input autoComplete="off" placeholder={t('form.id.placeholder')} />
      </Form.Item>
      <Form.Item
        name="vcpus"
        label={t('fields.vcpus')}
        rules={[rules.required(), rules.integer({ min: 1, max: COUNT_MAX })]}
      >
        <InputNumber style={WIDE} precision={0} suffix={t('units.vcpu')} />
      </Form.Item>
      <Form.Item
        name="ram"
        label={t('fields.ram')}
        extra={t('form.ram.help')}
        rules={[rules.required(), rules.integer({ min: 1, max: COUNT_MAX })]}
      >
        <InputNumber style={WIDE} precision={0} suffix="MiB" />
      </Form.Item>
      <Form.Item
        name="disk"
        label={t('fields.disk')}
        extra={t('form.disk.help')}
        rules={[rules.required(), rules.integer({ min: 0, max: COUNT_MAX })]}
      >
        <InputNumber style={WIDE} precision={0} suffix="GiB" />
      </Form.Item>
      <Form.Item
        name="ephemeral"
        label={t('fields.ephemeral')}
        rules={[rules.integer({ min: 0, max: COUNT_MAX })]}
      >
        <InputNumber style={WIDE} precision={0} suffix="GiB" />
      </Form.Item>
      <Form.Item
        name="swap"
        label={t('fields.swap')}
        rules={[rules.integer({ min: 0, max: COUNT_MAX })]}
      >
        <InputNumber style={WIDE} precision={0} suffix="MiB" />
      </Form.Item>
      <Form.Item
        name="rxtxFactor"
        label={t('fields.rxtx_factor')}
        extra={t('form.rxtxFactor.help')}
        rules={[
          {
            validator: async (_rule: unknown, value: unknown) => {
              if (value === null || value === undefined) return;
              if (typeof value !== 'number' || !(value > 0))
                throw new Error(t('form.rxtxFactor.positive'));
            },
          },
        ]}
      >
        <InputNumber style={WIDE} step={0.1} />
      </Form.Item>
      <Form.Item
        name="isPublic"
        label={t('fields.isPublic')}
        extra={t('form.isPublic.help')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
    </FormDrawer>
  );
}
