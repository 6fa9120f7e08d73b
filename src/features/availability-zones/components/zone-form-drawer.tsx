import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import {
  useCreateAvailabilityZone,
  useUpdateAvailabilityZone,
} from '@/api/resources/availability-zones';
import {
  checkLabelName,
  checkZoneName,
  DESCRIPTION_MAX,
  fromZone,
  LABEL_MAX,
  RESOURCE_TYPES,
  toCreateRequest,
  toUpdateRequest,
  VIRT_TYPES,
  ZONE_MAX,
  type AvailabilityZone,
  type ZoneFormValues,
} from '../model/zone';

type Props = {
  open: boolean;
  onClose: () => void;
  /** The zone to edit; create when absent. */
  zone?: AvailabilityZone;
};

const countChars = (text: string) => [...text].length;

/** Create (004:L4569) or edit (004:L4701) a zone. The service refuses renaming a zone in use. */
export function ZoneFormDrawer({ open, onClose, zone }: Props) {
  const { t } = useTranslation('availability-zones');
  const { message } = App.useApp();
  const rules = useRules();
  const create = useCreateAvailabilityZone();
  const update = useUpdateAvailabilityZone();
  const labelRule = async (_rule: unknown, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    const result = checkLabelName(value);
    if (result !== true) throw new Error(t(`form.labelName.${result}`, { max: LABEL_MAX }));
  };
  const zoneRule = async (_rule: unknown, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    const result = checkZoneName(value);
    if (result !== true) throw new Error(t(`form.zone.${result}`, { max: ZONE_MAX }));
  };
  return (
    <FormDrawer<ZoneFormValues>
      title={zone ? t('title.edit', { name: zone.labelName }) : t('title.create')}
      open={open}
      onClose={onClose}
      initialValues={zone ? fromZone(zone) : { virtType: 'CAS', resourceType: 'nova' }}
      onSubmit={async (values) => {
        const saved = zone
          ? await update.mutateAsync(toUpdateRequest(zone.id, values))
          : await create.mutateAsync(toCreateRequest(values));
        void message.success(
          t(zone ? 'messages.updated' : 'messages.created', { name: saved.labelName }),
        );
      }}
    >
      <Form.Item
        name="labelName"
        label={t('fields.labelName')}
        extra={t('form.labelName.help')}
        rules={[rules.required(), { validator: labelRule }]}
      >
        <Input autoComplete="off" count={{ show: true, max: LABEL_MAX, strategy: countChars }} />
      </Form.Item>
      <Form.Item
        name="zone"
        label={t('fields.zone')}
        extra={zone ? t('form.zone.editHelp') : t('form.zone.help')}
        rules={[rules.required(), { validator: zoneRule }]}
      >
        <Input autoComplete="off" count={{ show: true, max: ZONE_MAX }} />
      </Form.Item>
      <Form.Item name="resourceType" label={t('fields.resourceType')} rules={[rules.required()]}>
        <Select
          options={RESOURCE_TYPES.map((r) => ({ value: r, label: t(`resourceType.${r}`) }))}
        />
      </Form.Item>
      <Form.Item name="virtType" label={t('fields.virtType')} rules={[rules.required()]}>
        <Select options={VIRT_TYPES.map((v) => ({ value: v, label: v }))} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('fields.description')}
        rules={[rules.maxLength(DESCRIPTION_MAX)]}
      >
        <Input.TextArea rows={3} count={{ show: true, max: DESCRIPTION_MAX }} />
      </Form.Item>
    </FormDrawer>
  );
}
