// Add a single spec (one value of one sub-type) or a combined spec (one existing single value for
// every sub-type, with prices). Values are checked as the platform checks them before sending.
import { useMemo } from 'react';
import { App, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateNormSpecs, type Norm, type NormSubType } from '@/api/resources/resource-specs';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import {
  basicsBySubType,
  checkValue,
  duplicateAdvance,
  isTextSubType,
  sameValue,
  toAdvanceRequest,
  toBasicRequest,
  valueText,
  type AdvanceFormValues,
  type BasicFormValues,
  type Value,
  type ValueProblem,
} from '../model/specs';

type Props = {
  open: boolean;
  onClose: () => void;
  serviceUuid: string;
  norm: Norm;
  subTypes: NormSubType[];
};
const WIDE = { width: '100%' } as const;

export function AddSingleDrawer({ open, onClose, serviceUuid, norm, subTypes }: Props) {
  const { t } = useTranslation('resource-specs');
  const { message } = App.useApp();
  const rules = useRules();
  const create = useCreateNormSpecs();
  const problem = (p: ValueProblem) => t(`problems.${p.key}`, p);
  return (
    <FormDrawer<BasicFormValues>
      title={t('title.addSingle')}
      open={open}
      onClose={onClose}
      size={480}
      initialValues={{ subNormUuid: subTypes[0]?.uuid }}
      fieldAliases={{
        'body/basics/0/subNormUuid': 'subNormUuid',
        'body/basics/0/subNormContent/normValue': 'value',
      }}
      onSubmit={async (values) => {
        const sub = subTypes.find((s) => s.uuid === values.subNormUuid);
        if (!sub) throw new Error(t('problems.required'));
        const checked = checkValue(sub, values.value);
        if (!checked.ok) throw new Error(problem(checked.problem));
        await create.mutateAsync(toBasicRequest(serviceUuid, norm, sub, checked.value));
        void message.success(
          t('messages.singleAdded', { spec: `${sub.name} ${valueText(checked.value, sub.unit)}` }),
        );
      }}
    >
      <Form.Item name="subNormUuid" label={t('fields.subType')} rules={[rules.required()]}>
        <Select
          options={subTypes.map((s) => ({
            value: s.uuid,
            label: s.unit ? `${s.name} (${s.unit})` : s.name,
          }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['subNormUuid']}>
        {({ getFieldValue }) => {
          const sub = subTypes.find((s) => s.uuid === getFieldValue('subNormUuid'));
          if (!sub) return null;
          const existing = (norm.basics ?? []).filter((b) => b.subNormUuid === sub.uuid);
          const taken = (v: Value) =>
            existing.some((b) => sameValue(b.subNormContent.normValue, v));
          return (
            <Form.Item
              key={sub.uuid}
              name="value"
              label={t('fields.value')}
              extra={
                isTextSubType(sub)
                  ? undefined
                  : t('range', {
                      min: sub.min ?? 1,
                      max: sub.max ?? '∞',
                      step: sub.minMultiple ?? 1,
                      unit: sub.unit,
                    })
              }
              rules={[
                {
                  validator: async (_r, value: Value | undefined) => {
                    const checked = checkValue(sub, value);
                    if (!checked.ok) throw new Error(problem(checked.problem));
                    if (taken(checked.value)) throw new Error(t('problems.exists'));
                  },
                },
              ]}
            >
              {isTextSubType(sub) ? (
                <Select
                  options={sub.extraInfos.map((v) => ({ value: v, label: v, disabled: taken(v) }))}
                />
              ) : (
                <InputNumber
                  style={WIDE}
                  min={sub.min ?? 1}
                  max={sub.max ?? undefined}
                  step={sub.minMultiple ?? 1}
                  suffix={sub.unit || undefined}
                />
              )}
            </Form.Item>
          );
        }}
      </Form.Item>
    </FormDrawer>
  );
}

export function AddCombinedDrawer({ open, onClose, serviceUuid, norm, subTypes }: Props) {
  const { t } = useTranslation('resource-specs');
  const { message } = App.useApp();
  const rules = useRules();
  const create = useCreateNormSpecs();
  const by = useMemo(() => basicsBySubType(subTypes, norm), [subTypes, norm]);
  const aliases = useMemo(
    () =>
      Object.fromEntries([
        ...subTypes.map((s, i) => [`body/advances/0/subNorms/${i}/value`, ['values', s.uuid]]),
        ['body/advances/0/initPrice', 'initPrice'],
        ['body/advances/0/unitPrice', 'unitPrice'],
      ]),
    [subTypes],
  );
  return (
    <FormDrawer<AdvanceFormValues>
      title={t('title.addCombined')}
      open={open}
      onClose={onClose}
      size={520}
      initialValues={{ initPrice: 0, unitPrice: 0 }}
      fieldAliases={aliases}
      onSubmit={async (values) => {
        const same = duplicateAdvance(norm, values.values ?? {});
        if (same) throw new Error(t('problems.combinedExists'));
        await create.mutateAsync(toAdvanceRequest(serviceUuid, norm, subTypes, values));
        void message.success(t('messages.combinedAdded'));
      }}
    >
      {subTypes.map((s) => (
        <Form.Item
          key={s.uuid}
          name={['values', s.uuid]}
          label={s.unit ? `${s.name} (${s.unit})` : s.name}
          rules={[rules.required()]}
        >
          <Select
            options={(by.get(s.uuid) ?? []).map((b) => ({
              value: b.subNormContent.normValue,
              label: valueText(b.subNormContent.normValue, s.unit),
            }))}
          />
        </Form.Item>
      ))}
      <Form.Item
        name="initPrice"
        label={t('fields.initPrice')}
        rules={[rules.integer({ min: 0, max: 99999999999 })]}
      >
        <InputNumber style={WIDE} precision={0} min={0} />
      </Form.Item>
      <Form.Item
        name="unitPrice"
        label={t('fields.unitPrice')}
        rules={[rules.integer({ min: 0, max: 99999999999 })]}
      >
        <InputNumber style={WIDE} precision={0} min={0} />
      </Form.Item>
    </FormDrawer>
  );
}
