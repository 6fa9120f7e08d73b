// A cluster (or CAS host pool): its VMs across its hosts, and (VMware) its performance.
import { Card, Flex, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUrlParam } from '@/hooks/use-url-param';
import type { NodeRef } from '../api/use-pool-data';
import type { PoolKind } from '../model/pool';
import { PerfPanel } from './perf-panel';
import { VmTable } from './vm-table';

export function ClusterPanel(props: {
  kind: PoolKind;
  n: NodeRef;
  zone: string;
  clusterId: string;
  name: string;
  pool: boolean;
  clusterHostIds: readonly string[];
}) {
  const { kind, n, clusterId } = props;
  const { t } = useTranslation('resource-pools');
  const [tab, setTab] = useUrlParam('tab', { defaultValue: 'vms' });
  return (
    <Card>
      <Flex align="center" gap={12} style={{ marginBottom: 8 }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {props.name}
        </Typography.Title>
        {props.pool ? <Tag>{t('tree.pool')}</Tag> : null}
        <Typography.Text type="secondary">
          {t('fields.hosts')}: {props.clusterHostIds.length}
        </Typography.Text>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          {
            key: 'vms',
            label: t('tabs.vms'),
            children: <VmTable {...props} hostId={null} />,
          },
          ...(kind === 'vmware'
            ? [
                {
                  key: 'performance',
                  label: t('tabs.performance'),
                  children: <PerfPanel n={n} type="cluster" id={clusterId} />,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
