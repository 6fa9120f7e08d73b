import { describe, expect, it } from 'vitest';
import { deviceOf, resourcesOf, toPoints, utcParam } from './monitoring';

const res = (type: string, original: string, node?: string) => ({
  id: original,
  type,
  original_resource_id: original,
  metrics: {},
  started_at: '',
  ...(node ? { node } : {}),
});

describe('monitoring resources of an instance', () => {
  const list = [
    res('ipmi_fan_sensor', 's1-fan1_speed_(0x70)', 's1'),
    res('ipmi_fan_sensor', 's2-fan1_speed_(0x70)', 's2'),
    res('host', '10.0.0.5'),
    res('host_network_interface', '10.0.0.5-eth0'),
    res('host', '10.0.0.50'),
  ];

  it('matches ipmi resources by node and agent resources by IP prefix', () => {
    expect(resourcesOf(list, 's1', ['10.0.0.5']).map((r) => r.id)).toEqual([
      's1-fan1_speed_(0x70)',
      '10.0.0.5',
      '10.0.0.5-eth0',
    ]);
    expect(resourcesOf(list, 's3', [])).toEqual([]);
  });

  it('names the sensor or device', () => {
    expect(deviceOf(res('ipmi_fan_sensor', 's1-fan1_speed_(0x70)'), 's1')).toBe(
      'fan1_speed_(0x70)',
    );
    expect(deviceOf(res('host_network_interface', '10.0.0.5-eth0'), 's1')).toBe('eth0');
    expect(deviceOf(res('host', '10.0.0.5'), 's1')).toBe('');
  });
});

describe('measures', () => {
  it('reads gnocchi triples as points', () => {
    expect(toPoints([['2026-01-01T00:00:00+00:00', 300, 42.5]])).toEqual([
      { timestamp: '2026-01-01T00:00:00+00:00', value: 42.5 },
    ]);
  });

  it('writes window bounds as zone-less UTC', () => {
    expect(utcParam(Date.UTC(2019, 2, 1, 0, 13, 44, 500))).toBe('2019-03-01T00:13:44');
  });
});
