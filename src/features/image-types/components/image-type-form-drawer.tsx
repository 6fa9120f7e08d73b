import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { VIRT_TYPES } from '@/api/enums';
import { useCreateImageType, useUpdateImageType } from '@/api/resources/image-types';
import {
  fromImageType,
  LIMITS,
  NO_WIDE_CHARS,
  operatingSystemFormat,
  toCreateRequest,
  toUpdateRequest,
  TYPE_NAME_PATTERN,
  type ImageType,
  type ImageTypeFormValues,
} from '../model/image-type';

type Props = { open: boolean; editing: ImageType | undefined; onClose: () => void };

/** Create (004:L2092) or edit (004:L2197) a user-defined image type. */
export function ImageTypeFormDrawer({ open, editing, onClose }: Props) {
  const { t } = useTranslation('image-types');
  const { message } = App.useApp();
  const rules = useRules();
  const create = useCreateImageType();
  const update = useUpdateImageType();
  return (
    <FormDrawer<ImageTypeFormValues>
      title={editing ? t('title.edit') : t('title.create')}
      open={open}
      onClose={onClose}
      initialValues={editing ? fromImageType(editing) : { virtType: 'CAS', osType: 'Linux' }}
      onSubmit={async (values) => {
        if (editing) await update.mutateAsync(toUpdateRequest(editing.uuid, values));
        else await create.mutateAsync(toCreateRequest(values));
        void message.success(
          t(editing ? 'messages.updated' : 'messages.created', { name: values.imageTypeName }),
        );
      }}
    >
      <Form.Item
        name="imageTypeName"
        label={t('fields.imageTypeName')}
        extra={t('form.imageTypeName.help')}
        rules={[
          rules.required(),
          rules.maxLength(LIMITS.nameMax),
          rules.pattern(TYPE_NAME_PATTERN, t('form.imageTypeName.help')),
        ]}
      >
        <Input maxLength={LIMITS.nameMax} showCount autoComplete="off" />
      </Form.Item>
      <Form.Item name="virtType" label={t('fields.virtType')} rules={[rules.required()]}>
        <Select options={VIRT_TYPES.map((v) => ({ value: v, label: v }))} />
      </Form.Item>
      <Form.Item
        name="osType"
        label={t('fields.osType')}
        rules={[rules.required(), rules.maxLength(LIMITS.osTypeMax)]}
      >
        <Input placeholder={t('form.osType.placeholder')} />
      </Form.Item>
      <Form.Item noStyle dependencies={['virtType']}>
        {({ getFieldValue }) => {
          const virt = VIRT_TYPES.find((v) => v === getFieldValue('virtType')) ?? 'CAS';
          const format = operatingSystemFormat(virt);
          const help =
            virt === 'CAS'
              ? t('form.operatingSystem.helpCAS')
              : virt === 'VMware'
                ? t('form.operatingSystem.helpVMware')
                : t('form.operatingSystem.help');
          return (
            <Form.Item
              name="operatingSystem"
              label={t('fields.operatingSystem')}
              extra={help}
              rules={[
                rules.required(),
                rules.maxLength(LIMITS.operatingSystemMax),
                rules.pattern(NO_WIDE_CHARS, t('form.operatingSystem.help')),
                ...(format ? [rules.pattern(format, t('form.operatingSystem.format'))] : []),
              ]}
            >
              <Input
                maxLength={LIMITS.operatingSystemMax}
                showCount
                autoComplete="off"
                style={{ fontFamily: 'monospace' }}
              />
            </Form.Item>
          );
        }}
      </Form.Item>
      <Form.Item
        name="description"
        label={t('fields.description')}
        rules={[rules.maxLength(LIMITS.descriptionMax)]}
      >
        <Input.TextArea rows={2} maxLength={LIMITS.descriptionMax} showCount />
      </Form.Item>
    </FormDrawer>
  );
}
