import { App, Form, Input, InputNumber, Radio, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useRules } from '@/components/form-drawer/use-rules';
import { useViewer } from '@/hooks/use-session';
import { useUpdateImage } from '../api/mutations';
import {
  fromImage,
  IMAGE_NAME_PATTERN,
  LIMITS,
  toPatch,
  type ImageEditValues,
} from '../model/form';
import type { Image } from '../model/types';

// PATCH errors name the JSON-Patch operation (`body/0/value: /name …`); the form maps the paths.
const ALIASES = { 'body/name': 'name', 'body/description': 'description' };

type Props = { image: Image | undefined; onClose: () => void };

/** PATCH /v2/images/{id} (004:L892): only what changed is sent. */
export function EditImageDrawer({ image, onClose }: Props) {
  const { t } = useTranslation('images');
  const { message } = App.useApp();
  const rules = useRules();
  const viewer = useViewer();
  const update = useUpdateImage();
  return (
    <FormDrawer<Partial<ImageEditValues>>
      title={t('title.edit')}
      open={image !== undefined}
      onClose={onClose}
      initialValues={image ? fromImage(image) : {}}
      fieldAliases={ALIASES}
      onSubmit={async (values) => {
        if (!image) return;
        const ops = toPatch(image, values);
        if (ops.length === 0) {
          void message.info(t('messages.nothingChanged'));
          return;
        }
        await update.mutateAsync({ id: image.id, ops });
        void message.success(t('messages.updated', { name: values.name }));
      }}
    >
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
        <Input maxLength={LIMITS.nameMax} showCount />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('fields.description')}
        rules={[rules.maxLength(LIMITS.descriptionMax)]}
      >
        <Input.TextArea rows={2} maxLength={LIMITS.descriptionMax} showCount />
      </Form.Item>
      <Form.Item
        name="visibility"
        label={t('fields.visibility')}
        extra={viewer.isAdmin ? undefined : t('form.visibility.help')}
      >
        <Radio.Group
          options={[
            { value: 'private', label: t('visibility.private') },
            {
              value: 'public',
              label: t('visibility.public'),
              disabled: !viewer.isAdmin && image?.visibility !== 'public',
            },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="min_cpu"
        label={t('fields.min_cpu')}
        rules={[rules.required(), rules.integer({ min: 1, max: LIMITS.minCpuMax })]}
      >
        <InputNumber min={1} max={LIMITS.minCpuMax} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="min_ram"
        label={t('fields.min_ram')}
        rules={[rules.required(), rules.integer({ min: 1, max: LIMITS.minRamMax })]}
      >
        <InputNumber min={1} max={LIMITS.minRamMax} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="min_disk"
        label={t('fields.min_disk')}
        rules={[rules.required(), rules.integer({ min: 1, max: LIMITS.minDiskMax })]}
      >
        <InputNumber min={1} max={LIMITS.minDiskMax} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="protected"
        label={t('fields.protected')}
        extra={t('form.protected.help')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      {image?.image_type === 'snapshot' ? (
        <Form.Item
          name="image_type"
          label={t('fields.image_type')}
          extra={t('form.image_type.help')}
        >
          <Radio.Group
            options={[
              { value: 'snapshot', label: t('kind.snapshot') },
              { value: 'image', label: t('kind.image') },
            ]}
          />
        </Form.Item>
      ) : null}
    </FormDrawer>
  );
}
