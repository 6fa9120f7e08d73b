import { describe, expect, it } from 'vitest';
import type { MetricResource } from '@/api/resources/server-metrics';
import { chartLines, isReporting, measurePoints, MONITOR_CHARTS, windowOf } from './monitoring';

const res = (
  type: MetricResource['type'],
  id: string,
  name: string | undefined,
  metrics: string[],
) =>
  ({
    id,
    type,
    name,
    original_resource_id: id,
    instance_id: 's1',
    metrics: Object.fromEntries(metrics.map((m) => [m, `${id}/${m}`])),
    project_id: 'p',
    user_id: 'u',
    creator: 'c',
    created_by_user_id: 'c',
    created_by_project_id: 'c',
    started_at: '2026-01-01T00:00:00+00:00',
    revision_start: '2026-01-01T00:00:00+00:00',
    revision_end: null,
    ended_at: null,
  }) satisfies MetricResource;

describe('monitoring model', () => {
  it('ends windows on gnocchi’s 5-minute step, in UTC without a zone', () => {
    const now = Date.UTC(2026, 0, 2, 10, 7, 31);
    expect(windowOf('1h', now)).toEqual({
      start: '2026-01-02T09:05:00',
      stop: '2026-01-02T10:05:00',
    });
    expect(windowOf('7d', now).start).toBe('2025-12-26T10:05:00');
  });

  it('reads string measures as scaled numbers', () => {
    expect(
      measurePoints(
        [{ period: '300', value: '2048', timestamp: '2026-01-01T00:00:00+00:00' }],
        1 / 1024,
      ),
    ).toEqual([{ timestamp: '2026-01-01T00:00:00+00:00', value: 2 }]);
  });

  it('draws a line per resource of the chart’s type and metric it has', () => {
    const resources = [
      res('instance', 's1', undefined, ['cpu_util', 'memory.usage']),
      res('instance_network_interface', 'n1', 'fa:16:3e:00:00:01', [
        'network.incoming.bytes.rate',
        'network.outgoing.bytes.rate',
      ]),
      res('instance_network_interface', 'n2', 'fa:16:3e:00:00:02', ['network.incoming.bytes.rate']),
    ];
    const network = MONITOR_CHARTS.find((c) => c.key === 'network');
    const cpu = MONITOR_CHARTS.find((c) => c.key === 'cpu');
    if (!network || !cpu) throw new Error('charts');
    expect(chartLines(network, resources).map((l) => `${l.device} ${l.metric}`)).toEqual([
      'fa:16:3e:00:00:01 network.incoming.bytes.rate',
      'fa:16:3e:00:00:01 network.outgoing.bytes.rate',
      'fa:16:3e:00:00:02 network.incoming.bytes.rate',
    ]);
    expect(chartLines(cpu, resources)).toEqual([
      { resourceId: 's1', metric: 'cpu_util', device: '' },
    ]);
  });

  it('reports only while the guest runs', () => {
    expect(isReporting({ 'OS-EXT-STS:power_state': 1 })).toBe(true);
    expect(isReporting({ 'OS-EXT-STS:power_state': 4 })).toBe(false);
  });
});
