import { useState } from 'react';
import { Button, Flex, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '@/components/detail/description-list';
import { StatusTag } from '@/components/status-tag';
import { useViewer } from '@/hooks/use-session';
import { availabilityZoneQueries } from '@/api/resources/availability-zones';
import {
  isComputeHost,
  servicesOf,
  serviceTargetOf,
  type AvailabilityZone,
  type ZoneService,
} from '../model/zone';
import { StoragePools } from './storage-pools';

/** The zone's fields, its services (one per host) and a compute host's storage pools. */
export function ZoneQuickLook({ zone: listed }: { zone: AvailabilityZone }) {
  const { t } = useTranslation('availability-zones');
  // The zone as it is now (getAzone), shown at once from the list's copy.
  const { data } = useQuery({
    ...availabilityZoneQueries.detail(listed.id),
    placeholderData: listed,
  });
  const zone = data ?? listed;
  return (
    <Flex vertical gap={16}>
      <DescriptionList
        columns={1}
        bordered
        items={[
          { key: 'labelName', label: t('fields.labelName'), value: zone.labelName },
          { key: 'zone', label: t('fields.zone'), value: zone.zone, copy: zone.zone },
          {
            key: 'resourceType',
            label: t('fields.resourceType'),
            value: t(`resourceType.${zone.resourceType}`, { defaultValue: zone.resourceType }),
          },
          { key: 'virtType', label: t('fields.virtType'), value: zone.virtType },
          { key: 'description', label: t('fields.description'), value: zone.description },
          { key: 'id', label: t('fields.id'), value: zone.id, copy: zone.id },
        ]}
      />
      <ZoneServices zone={zone} />
    </Flex>
  );
}

function ZoneServices({ zone }: { zone: AvailabilityZone }) {
  const { t } = useTranslation('availability-zones');
  const { projectId } = useViewer();
  const target = serviceTargetOf(zone);
  const query = useQuery({
    ...availabilityZoneQueries.services(projectId, target ?? 'compute'),
    enabled: target !== null && projectId !== '',
  });
  const [host, setHost] = useState<string | undefined>();
  if (target === null)
    return <Typography.Text type="secondary">{t('services.noneForKind')}</Typography.Text>;
  const rows = servicesOf(zone, query.data ?? []);
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('services.title')}
      </Typography.Title>
      <Table<ZoneService>
        size="small"
        rowKey={(s) => s.id}
        loading={query.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('services.none') }}
        columns={[
          {
            key: 'host',
            title: t('services.host'),
            render: (_: unknown, s) =>
              isComputeHost(s) ? (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  onClick={() => setHost(s.host)}
                  aria-label={t('pools.open', { host: s.host })}
                >
                  {s.host}
                </Button>
              ) : (
                s.host
              ),
          },
          { key: 'binary', title: t('services.binary'), dataIndex: 'binary' },
          {
            key: 'status',
            title: t('services.status'),
            render: (_: unknown, s) => (
              <StatusTag
                label={t(`serviceStatus.${s.status}`)}
                tone={s.status === 'enabled' ? 'success' : 'warning'}
              />
            ),
          },
          {
            key: 'state',
            title: t('services.state'),
            render: (_: unknown, s) => (
              <StatusTag
                label={t(`serviceState.${s.state}`)}
                tone={s.state === 'up' ? 'success' : 'error'}
              />
            ),
          },
        ]}
      />
      {host ? <StoragePools host={host} /> : null}
    </Flex>
  );
}
