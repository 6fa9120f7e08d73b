// A chart per GPU of the server (004 §1.9 items 29, 30): utilisation, memory, encoder and decoder
// rates in percent. Nothing shows for a server without GPUs.
import { Col, Row, Typography } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { serverMetricQueries, type MetricWindow } from '@/api/resources/server-metrics';
import { ErrorAlert } from '@/components/error-alert';
import { MetricChart } from '@/components/metric-chart/metric-chart';
import { GPU_METERS, measurePoints, STEP_MS } from '../model/monitoring';
import type { Server } from '../model/types';
import { formatMetric } from './monitoring-format';

const METER_KEY = {
  'vgpu.rate': 'rate',
  'vgpu.memory.rate': 'memory',
  'vgpu.encoder.rate': 'encoder',
  'vgpu.decoder.rate': 'decoder',
} as const;

export function MonitoringGpus({ server, range }: { server: Server; range: MetricWindow }) {
  const { t } = useTranslation('servers');
  const gpus = useQuery(serverMetricQueries.gpus(server.id));
  const ids = gpus.data ?? [];
  const lines = ids.flatMap((id) => GPU_METERS.map((meter) => ({ id, meter })));
  const measures = useQueries({
    queries: lines.map((l) => serverMetricQueries.gpuMeasures(l.id, l.meter, range)),
  });
  if (gpus.error) return <ErrorAlert error={gpus.error} title={t('monitoring.gpus.failed')} />;
  if (ids.length === 0) return null;
  return (
    <section aria-label={t('monitoring.gpus.title')}>
      <Typography.Title level={5}>
        {t('monitoring.gpus.title')} ({t('monitoring.gpus.count', { count: ids.length })})
      </Typography.Title>
      <Row gutter={[24, 24]}>
        {ids.map((id, g) => (
          <Col key={id} xs={24} xl={12}>
            <MetricChart
              title={t('monitoring.gpus.chart', { index: g, id: id.slice(0, 8) })}
              series={GPU_METERS.map((meter) => {
                const i = lines.findIndex((l) => l.id === id && l.meter === meter);
                return {
                  name: t(`monitoring.gpus.meter.${METER_KEY[meter]}`),
                  points: measurePoints(measures[i]?.data ?? []),
                };
              })}
              formatValue={(v) => formatMetric('percent', v, '')}
              granularity={STEP_MS}
              loading={lines.some((l, i) => l.id === id && measures[i]?.isPending)}
            />
          </Col>
        ))}
      </Row>
    </section>
  );
}
