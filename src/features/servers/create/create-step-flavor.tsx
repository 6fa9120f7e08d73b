import { Form, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '@contract/schema';
import { useRules } from '@/components/form-drawer/use-rules';
import { formatBytes } from '@/i18n/format';
import { flavorFitsImage, type CreateValues, type QuotaAbsolute } from '../model/create';
import type { Flavor } from '../model/types';
import { QuotaPanel } from './create-quota-panel';

type Image = components['schemas']['Image'];

type Props = {
  flavors: readonly Flavor[] | undefined;
  images: readonly Image[] | undefined;
  quota: QuotaAbsolute | undefined;
};

/** Step 2: the flavor, with the image's minimums enforced, and the quota it will use. */
export function StepFlavor({ flavors, images, quota }: Props) {
  const { t } = useTranslation('servers');
  const rules = useRules();
  const source = Form.useWatch<CreateValues['source'] | undefined>('source');
  const imageId = Form.useWatch<string | undefined>('imageId');
  const selected = Form.useWatch<string | undefined>('flavorId');
  const count = Form.useWatch<number | undefined>('count') ?? 1;
  /** The image the server boots from; none when it boots from a volume. */
  const bootImage = (src: unknown, id: unknown) =>
    src === 'image' ? images?.find((i) => i.id === id) : undefined;
  const image = bootImage(source, imageId);
  const usable = (flavors ?? []).filter((f) => !f['OS-FLV-DISABLED:disabled']);
  const fits = (f: Flavor) => flavorFitsImage(f, image);
  return (
    <>
      <Form.Item
        name="flavorId"
        label={t('fields.flavor')}
        extra={
          image
            ? t('create.flavor.imageNeeds', {
                cpu: image.min_cpu ?? '0',
                ram: formatBytes(image.min_ram ?? 0, undefined, { from: 'MiB' }),
                disk: image.min_disk ?? 0,
              })
            : undefined
        }
        rules={[
          rules.required(),
          // The image is read from the form, not from the watched values: the re-validation a
          // changed image triggers may run before the watch has re-rendered this step.
          ({ getFieldValue }) => ({
            validator: async (_r, id: unknown) => {
              const f = usable.find((x) => x.id === id);
              const img = bootImage(getFieldValue('source'), getFieldValue('imageId'));
              if (f && !flavorFitsImage(f, img)) throw new Error(t('create.flavor.tooSmall'));
            },
          }),
        ]}
        dependencies={['imageId', 'source']}
      >
        <FlavorPicker flavors={flavors} usable={usable} fits={fits} />
      </Form.Item>
      <QuotaPanel
        quota={quota}
        flavor={usable.find((f) => f.id === selected)}
        count={source === 'volume' ? 1 : count}
      />
    </>
  );
}

type PickerProps = {
  flavors: readonly Flavor[] | undefined;
  usable: readonly Flavor[];
  fits: (f: Flavor) => boolean;
  value?: string;
  onChange?: (id: string) => void;
};

/** The flavors as a table with one radio per row; the form item feeds value/onChange. */
function FlavorPicker({ flavors, usable, fits, value, onChange }: PickerProps) {
  const { t } = useTranslation('servers');
  return (
    <Table<Flavor>
      size="small"
      rowKey="id"
      pagination={false}
      scroll={{ y: 300 }}
      loading={flavors === undefined}
      dataSource={usable}
      rowSelection={{
        type: 'radio',
        selectedRowKeys: value ? [value] : [],
        onChange: (keys) => {
          const [first] = keys;
          if (typeof first === 'string') onChange?.(first);
        },
        getCheckboxProps: (f) => ({ disabled: !fits(f), 'aria-label': f.name }),
      }}
      onRow={(f) => ({
        onClick: () => {
          if (fits(f)) onChange?.(f.id);
        },
      })}
      columns={[
        {
          key: 'name',
          title: t('create.flavor.name'),
          render: (_v, f) =>
            fits(f) ? (
              f.name
            ) : (
              <Typography.Text type="secondary">
                {f.name} · {t('create.flavor.tooSmallShort')}
              </Typography.Text>
            ),
        },
        { key: 'vcpus', title: t('resize.dim.vcpus'), align: 'right', render: (_v, f) => f.vcpus },
        {
          key: 'ram',
          title: t('resize.dim.ram'),
          align: 'right',
          render: (_v, f) => formatBytes(f.ram, undefined, { from: 'MiB' }),
        },
        {
          key: 'disk',
          title: t('resize.dim.disk'),
          align: 'right',
          render: (_v, f) => `${f.disk} GB`,
        },
      ]}
    />
  );
}
