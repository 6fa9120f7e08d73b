import { useEffect } from 'react';
import { Form, InputNumber, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '@contract/schema';
import { useRules } from '@/components/form-drawer/use-rules';
import { useOsName } from '@/components/os-type/use-os-name';
import { formatBytes } from '@/i18n/format';
import type { CreateValues } from '../model/create';

type Image = components['schemas']['Image'];
type Zone = components['schemas']['AvailabilityZone'];
type Volume = components['schemas']['ComputeVolume'];

export const MAX_COUNT = 10;

type Props = {
  project: string;
  images: readonly Image[] | undefined;
  volumes: readonly Volume[] | undefined;
  zones: readonly Zone[] | undefined;
  /** Take the first zone while none is chosen (off when a template's zone is gone). */
  pickFirstZone?: boolean;
};

/** Step 1: what the server boots from, where it runs, how many. */
export function StepSource({ images, volumes, zones, pickFirstZone = true }: Props) {
  const { t } = useTranslation('servers');
  const rules = useRules();
  const osName = useOsName();
  const source = Form.useWatch<CreateValues['source'] | undefined>('source') ?? 'image';
  const form = Form.useFormInstance<CreateValues>();
  const bootable = (volumes ?? []).filter((v) => v.bootable && v.status === 'available');
  // Most projects have one compute zone: take it (or the first) until the user picks another.
  const firstZone = zones?.[0]?.zone;
  useEffect(() => {
    if (pickFirstZone && firstZone && !form.getFieldValue('zone'))
      form.setFieldValue('zone', firstZone);
  }, [firstZone, form, pickFirstZone]);
  return (
    <>
      <Form.Item name="source" label={t('create.source.label')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'image', label: t('create.source.image') },
            { value: 'volume', label: t('create.source.volume') },
          ]}
        />
      </Form.Item>
      {source === 'image' ? (
        <Form.Item
          name="imageId"
          label={t('fields.image')}
          rules={[rules.required()]}
          extra={t('create.source.imageHelp')}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={images === undefined}
            placeholder={t('create.source.imagePlaceholder')}
            options={(images ?? [])
              .filter((i) => i.status === 'active')
              .map((i) => {
                const os = osName(i);
                return { value: i.id, label: os ? `${i.name} · ${os}` : i.name };
              })}
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="volumeId"
          label={t('create.source.volumeField')}
          rules={[rules.required()]}
          extra={
            bootable.length === 0 && volumes !== undefined ? (
              <Typography.Text type="warning">{t('create.source.noVolumes')}</Typography.Text>
            ) : (
              t('create.source.volumeHelp')
            )
          }
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={volumes === undefined}
            options={bootable.map((v) => ({
              value: v.id,
              label: `${v.displayName || v.id.slice(0, 8)} · ${formatBytes(v.size, undefined, { from: 'GiB' })}`,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="zone" label={t('fields.az')} rules={[rules.required()]}>
        <Select
          loading={zones === undefined}
          options={(zones ?? []).map((z) => ({
            value: z.zone,
            label: z.labelName && z.labelName !== z.zone ? `${z.labelName} (${z.zone})` : z.zone,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="count"
        label={t('create.count')}
        extra={
          source === 'volume' ? t('create.countVolume') : t('create.countHelp', { max: MAX_COUNT })
        }
        rules={[rules.required(), rules.integer({ min: 1, max: MAX_COUNT })]}
      >
        <InputNumber min={1} max={source === 'volume' ? 1 : MAX_COUNT} precision={0} />
      </Form.Item>
    </>
  );
}
