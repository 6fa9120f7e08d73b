import { App, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useViewer } from '@/hooks/use-session';
import { useUpdateImage } from '@/api/resources/images';
import { fromImage, toPatch, type ImageEditValues } from '../model/form';
import type { Image } from '../model/types';
import {
  DescriptionField,
  MinimumsFields,
  NameField,
  ProtectedField,
  VisibilityField,
} from './image-common-fields';

// PATCH errors name the JSON-Patch operation (`body/0/value: /name …`); the form maps the paths.
const ALIASES = { 'body/name': 'name', 'body/description': 'description' };

type Props = { image: Image | undefined; onClose: () => void };

/** PATCH /v2/images/{id} (004:L892): only what changed is sent. */
export function EditImageDrawer({ image, onClose }: Props) {
  const { t } = useTranslation('images');
  const { message } = App.useApp();
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
      <NameField />
      <DescriptionField />
      <VisibilityField allowPublic={viewer.isAdmin || image?.visibility === 'public'} />
      <MinimumsFields />
      <ProtectedField />
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
