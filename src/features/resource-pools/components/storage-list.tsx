// A host's storage pools (CAS) or datastores (VMware) with capacity bars.
import { Empty, Flex, List, Progress, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { formatBytes } from '@/i18n/format';
import { useStores, type NodeRef } from '../api/use-pool-data';
import type { PoolKind } from '../model/pool';

export function StorageList({ kind, n, hostId }: { kind: PoolKind; n: NodeRef; hostId: string }) {
  const { t } = useTranslation('resource-pools');
  const { stores, query } = useStores(kind, n, hostId);
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!stores) return <Skeleton active />;
  if (stores.length === 0) return <Empty description={t(`storeEmpty.${kind}`)} />;
  const gib = (v: number) => formatBytes(v, undefined, { from: 'GiB', fractionDigits: 1 });
  return (
    <List
      aria-label={t('tabs.storage')}
      dataSource={stores}
      renderItem={(s) => {
        const pct = s.totalGB > 0 ? Math.round((s.usedGB / s.totalGB) * 1000) / 10 : 0;
        return (
          <List.Item key={s.id}>
            <Flex vertical style={{ width: '100%' }} gap={4}>
              <Flex justify="space-between" wrap gap={8}>
                <Typography.Text strong>{s.name}</Typography.Text>
                <Typography.Text type="secondary">{s.path}</Typography.Text>
              </Flex>
              <Progress
                percent={pct}
                status={pct >= 90 ? 'exception' : 'normal'}
                format={(v) => `${v ?? 0}%`}
                aria-label={`${s.name} ${t('fields.used')}`}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('fields.used')} {gib(s.usedGB)} · {t('fields.free')} {gib(s.totalGB - s.usedGB)}{' '}
                · {t('fields.capacity')} {gib(s.totalGB)}
              </Typography.Text>
            </Flex>
          </List.Item>
        );
      }}
    />
  );
}
