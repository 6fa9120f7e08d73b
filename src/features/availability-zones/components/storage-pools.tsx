import { Flex, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import { formatBytes } from '@/i18n/format';
import { useViewer } from '@/hooks/use-session';
import { availabilityZoneQueries } from '@/api/resources/availability-zones';
import type { HostPool } from '../model/zone';

type Pool = HostPool['storagePools'][number];
const mb = (n: number) => formatBytes(n, undefined, { from: 'MiB', fractionDigits: 1 });

/** A compute host's CVK nodes and each node's storage pools, sizes in binary units. */
export function StoragePools({ host }: { host: string }) {
  const { t } = useTranslation('availability-zones');
  const { projectId } = useViewer();
  const query = useQuery(availabilityZoneQueries.storagePools(projectId, host));
  return (
    <Flex vertical gap={8} role="region" aria-label={t('pools.title', { host })}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('pools.title', { host })}
      </Typography.Title>
      {query.isPending ? <Table size="small" loading dataSource={[]} /> : null}
      {(query.data ?? []).map((node) => (
        <Flex key={node.nodename} vertical gap={4}>
          <Typography.Text type="secondary">
            {t('pools.node', { node: node.nodename, cluster: node.clusterName, pool: node.hpName })}
          </Typography.Text>
          <Table<Pool>
            size="small"
            rowKey={(p) => p.name}
            dataSource={node.storagePools}
            pagination={false}
            columns={[
              { key: 'name', title: t('pools.name'), dataIndex: 'name' },
              { key: 'type', title: t('pools.type'), dataIndex: 'type' },
              {
                key: 'status',
                title: t('pools.status'),
                render: (_: unknown, p) => (
                  <StatusTag
                    label={t(p.status === 1 ? 'pools.active' : 'pools.inactive')}
                    tone={p.status === 1 ? 'success' : 'default'}
                  />
                ),
              },
              {
                key: 'total',
                title: t('pools.total'),
                align: 'right',
                render: (_: unknown, p) => mb(p.totalSize),
              },
              {
                key: 'free',
                title: t('pools.free'),
                align: 'right',
                render: (_: unknown, p) => mb(p.freeSize),
              },
              {
                key: 'allocated',
                title: t('pools.allocated'),
                align: 'right',
                render: (_: unknown, p) => mb(p.preAllocation),
              },
            ]}
          />
        </Flex>
      ))}
    </Flex>
  );
}
