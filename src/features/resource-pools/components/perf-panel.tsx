// VMware performance of a host or cluster: CPU, memory and network over the last hour.
import { Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { resourcePoolQueries } from '@/api/resources/resource-pools';
import { ErrorAlert } from '@/components/error-alert';
import type { NodeRef } from '../api/use-pool-data';
import { LineChart } from './line-chart';

const COUNTERS = [
  { id: 2, key: 'cpu', max: 100 },
  { id: 24, key: 'mem', max: 100 },
  { id: 143, key: 'net', max: undefined },
] as const;

export function PerfPanel({ n, type, id }: { n: NodeRef; type: 'host' | 'cluster'; id: string }) {
  const { t } = useTranslation('resource-pools');
  const q = useQuery(resourcePoolQueries.perf(n, type, id));
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (q.data.timestamps.length === 0) return <Empty description={t('perf.empty')} />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('perf.lastHour')}</Typography.Paragraph>
      <Row gutter={[24, 16]}>
        {COUNTERS.map((c) => (
          <Col key={c.id} xs={24} lg={8}>
            <LineChart
              title={t(`perf.${c.key}`)}
              timestamps={q.data.timestamps}
              values={q.data.data.find((d) => d.counterId === c.id)?.value ?? []}
              max={c.max}
            />
          </Col>
        ))}
      </Row>
    </>
  );
}
