// The node's monitoring charts: its instance's gnocchi resources (listBaremetalMonitoringResources)
// and their measures (listBaremetalMetricMeasures) over the last 6 hours, day or week. A node
// without an instance has nothing to monitor; a GPU chart appears for GPU nodes.
import { useMemo, useState } from 'react';
import { Alert, Col, Empty, Flex, Row, Segmented } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { bareMetalQueries, type BmNode } from '@/api/resources/bare-metal';
import { serverQueries } from '@/api/resources/servers';
import { MetricChart, type MetricSeries } from '@/components/metric-chart/metric-chart';
import { ErrorAlert } from '@/components/error-alert';
import { formatBytes, formatNumber } from '@/i18n/format';
import {
  CHARTS,
  deviceOf,
  resourcesOf,
  toPoints,
  utcParam,
  WINDOWS,
  WINDOW_KEYS,
  type ChartUnit,
  type WindowKey,
} from '../model/monitoring';

const STEP_MS = 300_000;

export function MonitoringTab({ node }: { node: BmNode }) {
  const { t } = useTranslation('bare-metal');
  const serverId = node.instance_uuid ?? '';
  const project = node.properties.tenancyId ?? '';
  const [win, setWin] = useState<WindowKey>('24h');
  // One window per choice: the stop is "now" rounded down to gnocchi's 5-minute step.
  const [range, setRange] = useState(() => rangeOf('24h'));
  const server = useQuery(serverQueries.detail(project, serverId));
  const gpu = node.resource_class === 'baremetal.gpu';
  const charts = CHARTS.filter((c) => c.key !== 'gpu' || gpu);
  const types = [...new Set(charts.map((c) => c.type))];
  const resources = useQueries({
    queries: types.map((type) => ({ ...bareMetalQueries.monitoring(type), enabled: !!serverId })),
  });
  const ips = useMemo(
    () =>
      Object.values(server.data?.addresses ?? {})
        .flat()
        .map((a) => a.addr),
    [server.data],
  );
  // Each chart's series: the node's resources of its type × the chart's metrics.
  const wanted = charts.map((c) => {
    const list = resources[types.indexOf(c.type)]?.data ?? [];
    const mine = resourcesOf(list, serverId, ips);
    return {
      chart: c,
      series: mine.flatMap((r) =>
        c.metrics
          .filter((m) => r.metrics[m])
          .map((m) => ({ metricId: r.metrics[m] ?? '', device: deviceOf(r, serverId), metric: m })),
      ),
    };
  });
  const flat = wanted.flatMap((w) => w.series);
  const measures = useQueries({
    queries: flat.map((s) => bareMetalQueries.measures(s.metricId, range.start, range.stop)),
  });
  const byMetric = new Map(flat.map((s, i) => [s.metricId, measures[i]]));

  if (!serverId) return <Empty description={t('monitoring.noInstance')} />;
  const failed = resources.find((r) => r.error) ?? measures.find((m) => m.error);
  const listsLoading = resources.some((r) => r.isPending) || server.isPending;
  const fmt = (unit: ChartUnit) => (v: number) => formatUnit(unit, v, t);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Alert type="info" showIcon title={t('monitoring.about')} style={{ flex: 1 }} />
        <Segmented<WindowKey>
          value={win}
          onChange={(v) => {
            setWin(v);
            setRange(rangeOf(v));
          }}
          options={WINDOW_KEYS.map((k) => ({
            value: k,
            label: t(`monitoring.window.${k}`),
          }))}
          aria-label={t('monitoring.windowLabel')}
        />
      </Flex>
      {failed?.error ? <ErrorAlert error={failed.error} title={t('monitoring.failed')} /> : null}
      <Row gutter={[24, 24]}>
        {wanted.map(({ chart, series }) => {
          const data: MetricSeries[] = series.map((s) => ({
            name:
              chart.key === 'network'
                ? `${s.device} ${t(`monitoring.direction.${s.metric.includes('incoming') ? 'in' : 'out'}`)}`
                : s.device || t(`monitoring.chart.${chart.key}`),
            points: toPoints(byMetric.get(s.metricId)?.data ?? [], chart.scale),
          }));
          const loading = listsLoading || series.some((s) => byMetric.get(s.metricId)?.isPending);
          return (
            <Col key={chart.key} xs={24} xl={12}>
              <MetricChart
                title={`${t(`monitoring.chart.${chart.key}`)} (${t(`monitoring.unit.${chart.unit}`)})`}
                series={data}
                formatValue={fmt(chart.unit)}
                granularity={STEP_MS}
                loading={loading}
              />
            </Col>
          );
        })}
      </Row>
    </Flex>
  );
}

function rangeOf(win: WindowKey) {
  const stop = Math.floor(Date.now() / STEP_MS) * STEP_MS;
  return { start: utcParam(stop - WINDOWS[win] * 3600_000), stop: utcParam(stop) };
}

type T = (key: `monitoring.unit.${ChartUnit}`) => string;
function formatUnit(unit: ChartUnit, v: number, t: T): string {
  switch (unit) {
    case 'gib':
      return formatBytes(v, undefined, { from: 'GiB', fractionDigits: 1 });
    case 'mib':
      return formatBytes(v, undefined, { from: 'MiB', fractionDigits: 1 });
    case 'percent':
      return `${formatNumber(v, undefined, { maximumFractionDigits: 1 })} %`;
    default:
      return `${formatNumber(v, undefined, { maximumFractionDigits: 1 })} ${t(`monitoring.unit.${unit}`)}`;
  }
}
