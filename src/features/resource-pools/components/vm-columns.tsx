import { useMemo } from 'react';
import { Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResourceColumn } from '@/components/resource-table/types';
import { formatBytes } from '@/i18n/format';
import type { PoolVm } from '../model/pool';
import { VmStateTag } from './vm-state-tag';

export function useVmColumns(showHost: boolean): ResourceColumn<PoolVm>[] {
  const { t } = useTranslation('resource-pools');
  return useMemo(
    () => [
      {
        key: 'name',
        title: t('fields.name'),
        alwaysVisible: true,
        sortable: true,
        searchable: true,
        value: (v) => v.title,
        render: (v) => (
          <Typography.Text strong>
            {v.title}
            {v.title !== v.name ? (
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                {' '}
                ({v.name})
              </Typography.Text>
            ) : null}
          </Typography.Text>
        ),
        width: 200,
      },
      {
        key: 'power',
        title: t('fields.state'),
        sortable: true,
        value: (v) => (v.migrating ? 'migrating' : v.power),
        render: (v) => <VmStateTag vm={v} />,
        // Wide enough for "Migrating…" with its spinner.
        width: 136,
      },
      {
        key: 'managed',
        title: t('fields.managed'),
        sortable: true,
        value: (v) => v.serverId,
        render: (v) =>
          v.serverId ? (
            <Link to={`/servers/${v.serverId}`}>{v.serverId.slice(0, 8)}</Link>
          ) : (
            <Typography.Text type="secondary">{t('managed.no')}</Typography.Text>
          ),
        width: 136,
      },
      ...(showHost
        ? [
            {
              key: 'host',
              title: t('fields.host'),
              sortable: true,
              searchable: true,
              value: (v: PoolVm) => v.hostName,
              width: 160,
            },
          ]
        : []),
      {
        key: 'cpu',
        title: t('fields.vcpus'),
        sortable: true,
        value: (v) => v.cpu,
        compare: (a, b) => a.cpu - b.cpu,
        align: 'right',
        width: 96,
      },
      {
        key: 'memory',
        title: t('fields.memory'),
        sortable: true,
        value: (v) => formatBytes(v.memoryMB, undefined, { from: 'MiB' }),
        compare: (a, b) => a.memoryMB - b.memoryMB,
        align: 'right',
        width: 100,
      },
      {
        key: 'os',
        title: t('fields.os'),
        searchable: true,
        value: (v) => v.os,
        ellipsis: true,
        // Beside the tree the table is narrow: the OS shows on wide screens only.
        showFrom: 1600,
        width: 220,
      },
    ],
    [t, showHost],
  );
}
