import { App, Divider, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useViewer } from '@/hooks/use-session';
import { useCreateDrx } from '@/api/resources/drx';
import { serverQueries } from '@/api/resources/servers';
import {
  COUNT_FIELDS,
  FIELD_ALIASES,
  REFERENCE_FIELDS,
  INITIAL_VALUES,
  PAIRS,
  reduceBelow,
  toCreateRequest,
  type FormValues,
} from '../model/drx';

type Props = { open: boolean; onClose: () => void };
const WIDE = { width: '100%' } as const;
type NumberField = Exclude<
  { [K in keyof FormValues]: FormValues[K] extends number ? K : never }[keyof FormValues],
  undefined
>;

/** Create a policy (004:L21164) with every documented field. */
export function CreateDrxDrawer({ open, onClose }: Props) {
  const { t } = useTranslation('drx');
  const { message } = App.useApp();
  const rules = useRules();
  const { projectId } = useViewer();
  const create = useCreateDrx();
  const servers = useQuery({
    ...serverQueries.list(projectId, { all_tenants: 'true', status: 'ACTIVE', limit: 200 }),
    enabled: open && projectId !== '',
  });

  const count = ({
    name,
    ...opts
  }: {
    name: NumberField;
    min: number;
    max?: number;
    unit?: 'percent' | 'seconds';
  }) => (
    <Form.Item
      key={name}
      name={name}
      label={t(`fields.${name}`)}
      dependencies={PAIRS.flatMap((p) => (p[1] === name ? [p[0]] : []))}
      rules={[
        rules.required(),
        rules.integer({ min: opts.min, max: opts.max }),
        ({ getFieldValue }) => ({
          validator: async (_r: unknown, value: unknown) => {
            const pair = PAIRS.find((p) => p[1] === name);
            if (pair && !reduceBelow(getFieldValue(pair[0]), value))
              throw new Error(t('form.reduceBelow', { extend: t(`fields.${pair[0]}`) }));
          },
        }),
      ]}
    >
      <InputNumber
        style={WIDE}
        precision={0}
        suffix={opts.unit ? t(`units.${opts.unit}`) : undefined}
      />
    </Form.Item>
  );
  const text = (name: 'poolId' | 'memberUuid' | 'monitorUuid') => (
    <Form.Item key={name} name={name} label={t(`fields.${name}`)} rules={[rules.maxLength(255)]}>
      <Input autoComplete="off" />
    </Form.Item>
  );

  return (
    <FormDrawer<FormValues>
      title={t('title.create')}
      open={open}
      onClose={onClose}
      size={560}
      initialValues={INITIAL_VALUES}
      fieldAliases={FIELD_ALIASES}
      onSubmit={async (values) => {
        const created = await create.mutateAsync(toCreateRequest(values));
        void message.success(t('messages.created', { name: created.info_desc || created.uuid }));
      }}
    >
      <Form.Item
        name="uuid"
        label={t('fields.uuid')}
        extra={t('form.uuid.help')}
        rules={[rules.required(), rules.maxLength(255)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="info_desc" label={t('fields.info_desc')} rules={[rules.maxLength(255)]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="instanceUuid"
        label={t('fields.instanceUuid')}
        extra={t('form.instanceUuid.help')}
        rules={[rules.required()]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          loading={servers.isPending}
          options={(servers.data?.servers ?? []).map((s) => ({
            value: s.id,
            label: `${s.name} (${s.id.slice(0, 8)})`,
          }))}
        />
      </Form.Item>
      <Form.Item name="enabled" label={t('fields.enabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Divider titlePlacement="start">{t('form.sections.thresholds')}</Divider>
      {COUNT_FIELDS.thresholds.map(count)}
      <Form.Item
        name="connectCount_extend"
        label={t('fields.connectCount_extend')}
        rules={[rules.integer({ min: 0 })]}
      >
        <InputNumber style={WIDE} precision={0} />
      </Form.Item>
      <Form.Item
        name="connectCount_reduce"
        label={t('fields.connectCount_reduce')}
        rules={[rules.integer({ min: 0 })]}
      >
        <InputNumber style={WIDE} precision={0} />
      </Form.Item>
      <Divider titlePlacement="start">{t('form.sections.scaling')}</Divider>
      {COUNT_FIELDS.scaling.map(count)}
      <Divider titlePlacement="start">{t('form.sections.loadBalancer')}</Divider>
      {REFERENCE_FIELDS.map(text)}
    </FormDrawer>
  );
}
