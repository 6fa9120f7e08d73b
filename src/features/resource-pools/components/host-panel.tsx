// A host: state, capacity and usage, its maintenance and power actions, and tabs for its VMs, its
// storage and (VMware) its performance.
import { Card, Col, Flex, Progress, Row, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '@/components/detail/description-list';
import { ErrorAlert } from '@/components/error-alert';
import { useUrlParam } from '@/hooks/use-url-param';
import { formatBytes } from '@/i18n/format';
import { useHost, type NodeRef } from '../api/use-pool-data';
import type { PoolKind } from '../model/pool';
import { HostActions } from './host-actions';
import { HostStateTag } from './host-state-tag';
import { PerfPanel } from './perf-panel';
import { StorageList } from './storage-list';
import { VmTable } from './vm-table';

export function HostPanel(props: {
  kind: PoolKind;
  n: NodeRef;
  zone: string;
  hostId: string;
  clusterId: string;
  clusterHostIds: readonly string[];
}) {
  const { kind, n, hostId } = props;
  const { t } = useTranslation('resource-pools');
  const [tab, setTab] = useUrlParam('tab', { defaultValue: 'vms' });
  const { host, query } = useHost(kind, n, hostId);
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!host) return <Skeleton active />;
  const usage = (label: string, pct: number) => (
    <Flex vertical>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Progress
        percent={Math.round(pct * 10) / 10}
        status={pct >= 90 ? 'exception' : 'normal'}
        format={(v) => `${v ?? 0}%`}
        aria-label={label}
      />
    </Flex>
  );
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="start" wrap gap={12}>
          <Flex align="center" gap={12}>
            <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
              {host.name}
            </Typography.Title>
            <HostStateTag host={host} />
          </Flex>
          <HostActions
            kind={kind}
            n={n}
            host={host}
            clusterId={props.clusterId}
            clusterHostIds={props.clusterHostIds}
          />
        </Flex>
        <Row gutter={24} style={{ marginTop: 16 }}>
          <Col xs={24} md={12}>
            {usage(t('fields.cpuUsage'), host.cpuPct)}
          </Col>
          <Col xs={24} md={12}>
            {usage(t('fields.memUsage'), host.memPct)}
          </Col>
        </Row>
        <DescriptionList
          columns={3}
          items={[
            { key: 'ip', label: t('fields.ip'), value: host.ip, copy: host.ip },
            { key: 'model', label: t('fields.model'), value: host.model },
            { key: 'vms', label: t('fields.vmCount'), value: host.vmCount },
            {
              key: 'cpu',
              label: t('fields.cpu'),
              value: host.sockets
                ? `${host.cpuModel} (${t('fields.cpuLayout', { sockets: host.sockets, cores: host.cores })})`
                : host.cpuModel,
              span: 2,
            },
            {
              key: 'memory',
              label: t('fields.memory'),
              value: formatBytes(host.memoryMB, undefined, { from: 'MiB', fractionDigits: 0 }),
            },
          ]}
        />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            {
              key: 'vms',
              label: t('tabs.vms'),
              children: <VmTable {...props} hostId={hostId} />,
            },
            {
              key: 'storage',
              label: t('tabs.storage'),
              children: <StorageList kind={kind} n={n} hostId={hostId} />,
            },
            ...(kind === 'vmware'
              ? [
                  {
                    key: 'performance',
                    label: t('tabs.performance'),
                    children: <PerfPanel n={n} type="host" id={hostId} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </Flex>
  );
}
