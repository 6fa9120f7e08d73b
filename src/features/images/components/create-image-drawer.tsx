import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer/form-drawer';
import { useCreateImage } from '@/api/resources/images';
import { toCreateRequest, type ImageFormValues } from '../model/form';
import type { Image } from '../model/types';
import { IMAGE_FORM_DEFAULTS, ImageMetadataFields } from './image-metadata-fields';

// Server field errors arrive on the API's names; the form calls the OS field osType.
const ALIASES = {
  'body/cas_ostype': 'osType',
  'body/vmware_ostype': 'osType',
  'body/os-region-name': 'region',
};

type Props = { open: boolean; onClose: () => void; onCreated: (image: Image) => void };

/** Step 1 of "create": the image record (metadata). The page then offers the file upload. */
export function CreateImageDrawer({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation('images');
  const { message } = App.useApp();
  const create = useCreateImage();
  return (
    <FormDrawer<ImageFormValues>
      title={t('title.create')}
      open={open}
      onClose={onClose}
      initialValues={IMAGE_FORM_DEFAULTS}
      fieldAliases={ALIASES}
      submitText={t('actions.next')}
      onSubmit={async (values) => {
        const image = await create.mutateAsync(toCreateRequest(values));
        void message.success(t('messages.created', { name: image.name }));
        onCreated(image);
      }}
    >
      <ImageMetadataFields />
    </FormDrawer>
  );
}
