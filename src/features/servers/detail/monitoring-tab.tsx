// The server's Monitoring tab (004 §1.9 items 26, 29, 30): CPU, memory, disk I/O, network and disk
// usage charts from gnocchi over a chosen window, and a chart per GPU when the server has any.
// The server's disks and NICs come from the resource search (item 31); raw ceilometer samples
// (item 27) open in a drawer.
import { useState } from 'react';
import { Alert, Button, Col, Flex, Row, Segmented } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { serverMetricQueries } from '@/api/resources/server-metrics';
import { ErrorAlert } from '@/components/error-alert';
import { MetricChart, type MetricSeries } from '@/components/metric-chart/metric-chart';
import {
  chartLines,
  isReporting,
  measurePoints,
  MONITOR_CHARTS,
  MONITOR_WINDOW_KEYS,
  STEP_MS,
  windowOf,
  type ChartLine,
  type MonitorWindowKey,
} from '../model/monitoring';
import type { Server } from '../model/types';
import { formatMetric } from './monitoring-format';
import { MonitoringGpus } from './monitoring-gpus';
import { MonitoringSamples } from './monitoring-samples';

export function MonitoringTab({ server }: { server: Server }) {
  const { t } = useTranslation('servers');
  const [win, setWin] = useState<MonitorWindowKey>('6h');
  const [range, setRange] = useState(() => windowOf('6h', Date.now()));
  const [samples, setSamples] = useState(false);
  const resources = useQuery(serverMetricQueries.resources(server.id));
  const charts = MONITOR_CHARTS.map((chart) => ({
    chart,
    lines: chartLines(chart, resources.data ?? []),
  }));
  const flat = charts.flatMap((c) => c.lines);
  const measures = useQueries({
    queries: flat.map((l) => serverMetricQueries.measures(l.resourceId, l.metric, range)),
  });
  const byLine = new Map(flat.map((l, i) => [`${l.resourceId}/${l.metric}`, measures[i]]));
  const failed = resources.error ?? measures.find((m) => m.error)?.error;
  const perSecond = t('monitoring.unit.perSecond');

  const lineName = (key: string, l: ChartLine) => {
    switch (key) {
      case 'network':
        return `${l.device} ${t(l.metric.includes('incoming') ? 'monitoring.series.in' : 'monitoring.series.out')}`;
      case 'diskIo':
        return t(l.metric.includes('read') ? 'monitoring.series.read' : 'monitoring.series.write');
      case 'diskUsage':
        return l.device;
      default:
        return t(key === 'cpu' ? 'monitoring.series.cpu' : 'monitoring.series.memory');
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        {isReporting(server) ? (
          <Alert type="info" showIcon title={t('monitoring.about')} style={{ flex: 1 }} />
        ) : (
          <Alert
            type="warning"
            showIcon
            title={t('monitoring.notReporting', { status: t(`status.${server.status}`) })}
            style={{ flex: 1 }}
          />
        )}
        <Segmented<MonitorWindowKey>
          value={win}
          onChange={(v) => {
            setWin(v);
            setRange(windowOf(v, Date.now()));
          }}
          options={MONITOR_WINDOW_KEYS.map((k) => ({
            value: k,
            label: t(`monitoring.window.${k}`),
          }))}
          aria-label={t('monitoring.windowLabel')}
        />
        <Button onClick={() => setSamples(true)}>{t('monitoring.samples.open')}</Button>
      </Flex>
      {failed ? <ErrorAlert error={failed} title={t('monitoring.failed')} /> : null}
      <Row gutter={[24, 24]}>
        {charts.map(({ chart, lines }) => {
          const data: MetricSeries[] = lines.map((l) => ({
            name: lineName(chart.key, l),
            points: measurePoints(
              byLine.get(`${l.resourceId}/${l.metric}`)?.data ?? [],
              chart.scale,
            ),
          }));
          const loading =
            resources.isPending ||
            lines.some((l) => byLine.get(`${l.resourceId}/${l.metric}`)?.isPending);
          return (
            <Col key={chart.key} xs={24} xl={12}>
              <MetricChart
                title={t(`monitoring.chart.${chart.key}`)}
                series={data}
                formatValue={(v) => formatMetric(chart.unit, v, perSecond)}
                granularity={STEP_MS}
                loading={loading}
              />
            </Col>
          );
        })}
      </Row>
      <MonitoringGpus server={server} range={range} />
      <MonitoringSamples
        server={server}
        range={range}
        open={samples}
        onClose={() => setSamples(false)}
      />
    </Flex>
  );
}
