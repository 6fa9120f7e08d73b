import { useMemo } from 'react';
import { Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResourceColumn } from '@/components/resource-table/types';
import type { ComputeNode } from '../model/compute-node';

const POOL_PAGES: Partial<Record<string, string>> = {
  CAS: '/resource-pools/cas',
  VMware: '/resource-pools/vmware',
};

export function useNodeColumns(): ResourceColumn<ComputeNode>[] {
  const { t } = useTranslation('compute-nodes');
  return useMemo(
    () => [
      {
        key: 'hostName',
        title: t('fields.hostName'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (n) => n.hostName,
        render: (n) => <Typography.Text strong>{n.hostName}</Typography.Text>,
        width: 200,
      },
      {
        key: 'virtType',
        title: t('fields.virtType'),
        sortable: true,
        value: (n) => n.virtType,
        // CAS and VMware nodes open their resource pool (clusters, hosts, VMs).
        render: (n) => {
          const pool = POOL_PAGES[n.virtType];
          return pool ? (
            <Link to={`${pool}?node=${encodeURIComponent(n.hostName)}`}>
              <Tag color="blue">{n.virtType}</Tag>
            </Link>
          ) : (
            <Tag color="blue">{n.virtType}</Tag>
          );
        },
        width: 120,
      },
      {
        key: 'hostIp',
        title: t('fields.hostIp'),
        searchable: true,
        value: (n) => n.hostIp,
        width: 140,
      },
      {
        key: 'cluster',
        title: t('fields.cluster'),
        searchable: true,
        value: (n) => n.clusterName,
        width: 130,
      },
      {
        key: 'zone',
        title: t('fields.zone'),
        sortable: true,
        value: (n) => n.zone,
        render: (n) =>
          n.zone === 'nova' ? (
            <Typography.Text type="secondary">{t('zone.none')}</Typography.Text>
          ) : (
            <Typography.Text code>{n.zone}</Typography.Text>
          ),
        width: 150,
      },
      {
        key: 'storageZone',
        title: t('fields.storageZone'),
        defaultHidden: true,
        value: (n) => n.storageZone,
        width: 130,
      },
      {
        key: 'hypervisors',
        title: t('fields.hypervisors'),
        sortable: true,
        value: (n) => n.hypervisors,
        compare: (a, b) => a.hypervisors - b.hypervisors,
        align: 'right',
        width: 100,
      },
      {
        key: 'servers',
        title: t('fields.servers'),
        sortable: true,
        value: (n) => n.servers,
        compare: (a, b) => a.servers - b.servers,
        align: 'right',
        width: 100,
      },
    ],
    [t],
  );
}
