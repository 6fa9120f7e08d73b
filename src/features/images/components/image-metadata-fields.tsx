// The image fields shared by "create" and "import from FTP" (004 §1.3 create limits).
import { Collapse, Form, Input, Radio, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useRules } from '@/components/form-drawer/use-rules';
import {
  DescriptionField,
  MinimumsFields,
  NameField,
  ProtectedField,
  VisibilityField,
} from './image-common-fields';
import { useViewer } from '@/hooks/use-session';
import { LIMITS, type ImageFormValues } from '../model/form';
import { VIRT_TYPES } from '@/api/enums';
import { DISK_FORMATS } from '../model/types';
import { imageTypeQueries } from '@/api/resources/image-types';
import { projectQueries } from '@/api/resources/projects';

export const IMAGE_FORM_DEFAULTS: Partial<ImageFormValues> = {
  visibility: 'private',
  virt_type: 'CAS',
  disk_format: 'qcow2',
  min_cpu: 1,
  min_ram: 1024,
  min_disk: 20,
  container_format: 'bare',
  sysdisk_type: 'thin',
};

export function ImageMetadataFields({ withProtected = true }: { withProtected?: boolean }) {
  const { t } = useTranslation('images');
  const rules = useRules();
  const form = Form.useFormInstance<ImageFormValues>();
  const virt = Form.useWatch('virt_type', form);
  const viewer = useViewer();
  const imageTypes = useQuery(imageTypeQueries.list());
  const azones = useQuery(projectQueries.azones(viewer.projectId));
  const osOptions = (imageTypes.data ?? [])
    .filter((it) => it.virtType === virt)
    .map((it) => ({
      value: it.operatingSystem,
      label: `${it.imageTypeName} · ${it.operatingSystem}`,
    }));
  const zoneOptions = (azones.data?.assigments ?? [])
    .filter((a) => a.azone.resourceType === 'nova' || a.azone.resourceType === 'ironic')
    .map((a) => ({ value: a.azone.zone, label: a.azone.labelName }));

  return (
    <>
      <NameField />
      <DescriptionField />
      <Form.Item name="virt_type" label={t('fields.virt_type')} rules={[rules.required()]}>
        <Select
          options={VIRT_TYPES.map((v) => ({ value: v, label: v }))}
          onChange={() => form.setFieldValue('osType', undefined)}
        />
      </Form.Item>
      <Form.Item
        name="osType"
        label={t('fields.osType')}
        extra={t('form.osType.help')}
        rules={[{ required: true, message: t('form.osTypeRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={osOptions}
          loading={imageTypes.isPending}
          notFoundContent={null}
        />
      </Form.Item>
      {virt === 'VMware' ? (
        <Form.Item name="sysdisk_type" label={t('fields.sysdisk_type')} rules={[rules.required()]}>
          <Radio.Group
            options={[
              { value: 'thin', label: t('sysdisk.thin') },
              { value: 'thick', label: t('sysdisk.thick') },
            ]}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="disk_format" label={t('fields.disk_format')} rules={[rules.required()]}>
        <Select options={DISK_FORMATS.map((f) => ({ value: f, label: f }))} />
      </Form.Item>
      <VisibilityField allowPublic={viewer.isAdmin} />
      <MinimumsFields />
      <Form.Item name="region" label={t('fields.region')}>
        <Select
          allowClear
          placeholder={t('form.region.placeholder')}
          options={zoneOptions}
          loading={azones.isPending}
        />
      </Form.Item>
      {withProtected ? <ProtectedField /> : null}
      <Collapse
        ghost
        size="small"
        items={[
          {
            key: 'advanced',
            label: t('form.advanced'),
            forceRender: true,
            children: (
              <>
                <Form.Item
                  name="container_format"
                  label={t('fields.container_format')}
                  rules={[rules.maxLength(LIMITS.containerFormatMax)]}
                >
                  <Input maxLength={LIMITS.containerFormatMax} />
                </Form.Item>
                <Form.Item
                  name="disk_bus"
                  label={t('fields.disk_bus')}
                  rules={[rules.maxLength(LIMITS.textMax)]}
                >
                  <Input placeholder="virtio" />
                </Form.Item>
                <Form.Item
                  name="hw_vif_model"
                  label={t('fields.hw_vif_model')}
                  rules={[rules.maxLength(LIMITS.textMax)]}
                >
                  <Input placeholder="virtio" />
                </Form.Item>
              </>
            ),
          },
        ]}
      />
    </>
  );
}
