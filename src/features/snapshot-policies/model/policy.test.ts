import { describe, expect, it } from 'vitest';
import type { SnapshotPolicy } from '@/api/resources/vm-snapshots';
import { fromPolicy, scheduleOf, toCreateRequest, toUpdateRequest } from './policy';

const policy: SnapshotPolicy = {
  uuid: 'u1',
  id: '7',
  name: 'nightly',
  desc: null,
  state: '1',
  flag: '0',
  maxSnapshotNum: '3',
  frequency: '1',
  day: '7',
  hour: '2',
  minutes: '5',
  tenantId: 'p1',
  tenantName: 'chengdu',
  labelZoneIds: 'z1',
  labelZones: 'cas191p1c1',
  snapStrategyVm: [{ uuid: 's1', snapStrategyId: '7', name: 'web-01' }],
};

describe('snapshot policy model', () => {
  it('says the schedule', () => {
    expect(scheduleOf(policy)).toEqual({ key: 'schedule.weekly', day: '7', time: '02:05' });
    expect(scheduleOf({ ...policy, frequency: '2' }).key).toBe('schedule.daily');
    expect(scheduleOf({ ...policy, frequency: '0', day: '15' })).toMatchObject({
      key: 'schedule.monthly',
      day: '15',
    });
  });

  it('round-trips a policy through the form as documented strings', () => {
    const v = fromPolicy(policy);
    expect(v).toMatchObject({ enabled: true, memory: false, day: 7, hour: 2, serverIds: ['s1'] });
    expect(toUpdateRequest(v, policy)).toEqual({
      uuid: 'u1',
      id: '7',
      name: 'nightly',
      desc: null,
      state: '1',
      flag: '0',
      maxSnapshotNum: '3',
      frequency: '1',
      day: '7',
      hour: '2',
      minutes: '5',
      labelZoneIds: 'z1',
      snapStrategyVm: [{ uuid: 's1', snapStrategyId: '7' }],
    });
  });

  it('creates with the organisation, sends day 1 for a daily policy and caps a weekday', () => {
    const v = { ...fromPolicy(policy), frequency: '2' as const, day: 20, desc: ' x ' };
    const body = toCreateRequest(v, 'chengdu');
    expect(body).toMatchObject({ day: '1', desc: 'x', tenantId: 'p1', tenantName: 'chengdu' });
    expect(body.snapStrategyVm).toEqual([{ uuid: 's1' }]);
    expect(toCreateRequest({ ...v, frequency: '1', day: 20 }, 'c').day).toBe('7');
  });
});
