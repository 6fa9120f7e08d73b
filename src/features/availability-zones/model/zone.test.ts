import { describe, expect, it } from 'vitest';
import {
  checkLabelName,
  checkZoneName,
  fromZone,
  servicesOf,
  serviceTargetOf,
  toUpdateRequest,
  type AvailabilityZone,
  type ZoneService,
} from './zone';

const zone = (over: Partial<AvailabilityZone> = {}): AvailabilityZone => ({
  id: 'z1',
  labelName: 'Chengdu A',
  description: null,
  zone: 'cd_a',
  virtType: 'CAS',
  resourceType: 'nova',
  deleted: 0,
  ...over,
});

const service = (over: Partial<ZoneService>): ZoneService => ({
  id: 1,
  status: 'enabled',
  binary: 'nova-compute',
  zone: 'cd_a',
  state: 'up',
  updated_at: '2026-01-01T00:00:00Z',
  host: 'comp1',
  disabled_reason: null,
  ...over,
});

describe('availability zone model', () => {
  it('checks the alias as documented', () => {
    expect(checkLabelName('成都一区')).toBe(true);
    expect(checkLabelName('a'.repeat(33))).toBe('tooLong');
    expect(checkLabelName('a:b')).toBe('forbiddenChar');
    expect(checkLabelName('a：b')).toBe('fullWidth');
    expect(checkLabelName('.a')).toBe('dotEdge');
  });

  it('checks the zone name: letters, digits, _, at most 16, never nova', () => {
    expect(checkZoneName('cd_a1')).toBe(true);
    expect(checkZoneName('cd-a')).toBe('pattern');
    expect(checkZoneName('成都')).toBe('pattern');
    expect(checkZoneName('a'.repeat(17))).toBe('tooLong');
    expect(checkZoneName('NoVa')).toBe('reserved');
  });

  it('maps an edit: the id in the body, trimmed fields, an empty description', () => {
    expect(toUpdateRequest('z1', { ...fromZone(zone()), labelName: ' A ' })).toEqual({
      id: 'z1',
      labelName: 'A',
      zone: 'cd_a',
      virtType: 'CAS',
      resourceType: 'nova',
      description: '',
    });
  });

  it('knows which services belong to a zone', () => {
    expect(serviceTargetOf(zone())).toBe('compute');
    expect(serviceTargetOf(zone({ resourceType: 'cinder' }))).toBe('block_storage');
    expect(serviceTargetOf(zone({ resourceType: 'ironic' }))).toBeNull();
    const list = [service({}), service({ zone: 'internal', binary: 'nova-scheduler' })];
    expect(servicesOf(zone(), list)).toHaveLength(1);
  });
});
