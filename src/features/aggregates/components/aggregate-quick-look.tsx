import { Flex, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '@/components/detail/description-list';
import { useViewer } from '@/hooks/use-session';
import { aggregateQueries } from '@/api/resources/aggregates';
import type { Aggregate } from '../model/aggregate';
import { AggregateHosts } from './aggregate-hosts';

/** The aggregate as it is now (getAggregate), shown at once from the list's copy. */
export function AggregateQuickLook({ aggregate: listed }: { aggregate: Aggregate }) {
  const { t } = useTranslation('aggregates');
  const { projectId } = useViewer();
  const { data } = useQuery({
    ...aggregateQueries.detail(projectId, listed.id),
    placeholderData: listed,
  });
  const aggregate = data ?? listed;
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
