import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '@/components/detail/description-list';
import type { Aggregate } from '../model/aggregate';
import { AggregateHosts } from './aggregate-hosts';

export function AggregateQuickLook({ aggregate }: { aggregate: Aggregate }) {
  const { t } = useTranslation('aggregates');
  const metadata = Object.entries(aggregate.metadata).filter(([k]) => k !== 'availability_zone');
  return (
    <Flex vertical gap={16}>
      <DescriptionList
        columns={1}
        bordered
        items={[
          { key: 'name', label: t('fields.name'), value: aggregate.name },
          {
            key: 'availability_zone',
            label: t('fields.availability_zone'),
            value: aggregate.availability_zone,
          },
          { key: 'id', label: t('fields.id'), value: String(aggregate.id) },
          { key: 'uuid', label: t('fields.uuid'), value: aggregate.uuid, copy: aggregate.uuid },
          {
            key: 'metadata',
            label: t('fields.metadata'),
            value: metadata.length
              ? metadata.map(([k, v]) => (
                  <div key={k}>
                    <Typography.Text code>{k}</Typography.Text> {v}
                  </div>
                ))
              : null,
          },
          { key: 'created_at', label: t('fields.created_at'), value: aggregate.created_at },
          { key: 'updated_at', label: t('fields.updated_at'), value: aggregate.updated_at },
        ]}
      />
      <AggregateHosts aggregate={aggregate} />
    </Flex>
  );
}
