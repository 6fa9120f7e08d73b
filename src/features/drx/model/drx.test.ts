import { describe, expect, it } from 'vitest';
import {
  canDisable,
  canEnable,
  INITIAL_VALUES,
  reduceBelow,
  toCreateRequest,
  type Drx,
  type FormValues,
} from './drx';

const values: FormValues = {
  ...INITIAL_VALUES,
  uuid: ' lst-1 ',
  instanceUuid: 'srv-1',
  cpuUtilThreshold: 80,
  cpuUtilReduceThreshold: 20,
  memoryUtilThreshold: 70,
  memoryUtilReduceThreshold: 30,
  tcpConnectionUtilThreshold: 3000,
  tcpConnectionUtilReduceThreshold: 1000,
  visitCountThreshold: 2,
  visitCount_extend: 0,
  visitCount_reduce: 1,
  waitingTime: 300,
  interval: 60,
  max_extend_members: 5,
  enabled: false,
  poolId: ' ',
  monitorUuid: 'mon-1',
};

describe('drx model', () => {
  it('writes every value as a string and leaves blank references out', () => {
    const req = toCreateRequest(values);
    expect(req.extraInfos.uuid).toBe('lst-1');
    expect(req.extraInfos.info_value).toMatchObject({
      instanceUuid: 'srv-1',
      cpuUtilThreshold: '80',
      cpuUtilReduceThreshold: '20',
      connectCount_extend: null,
      monitorUuid: 'mon-1',
      waitingTime: '300',
      operationType: 'autoScaling',
      status: 'inactive',
    });
    expect(req.extraInfos.info_value).not.toHaveProperty('poolId');
  });

  it('needs each reduce threshold below its extend threshold', () => {
    expect(reduceBelow(70, 30)).toBe(true);
    expect(reduceBelow(70, 70)).toBe(false);
    expect(reduceBelow(undefined, 70)).toBe(true);
  });

  it('offers enable or disable by status', () => {
    const d = (status: 'active' | 'inactive') =>
      ({ info_value: { status } }) satisfies { info_value: Pick<Drx['info_value'], 'status'> };
    expect(canEnable({ ...toDrx(d('active')) })).toBe('alreadyActive');
    expect(canDisable({ ...toDrx(d('inactive')) })).toBe('alreadyInactive');
    expect(canEnable({ ...toDrx(d('inactive')) })).toBe(true);
  });
});

function toDrx(partial: { info_value: Pick<Drx['info_value'], 'status'> }): Drx {
  const v = toCreateRequest(values).extraInfos.info_value;
  return {
    id: '1',
    uuid: 'lst-1',
    info_type: 'LoadBalancer',
    info_desc: '',
    info_value: {
      cpuUtilThreshold: v.cpuUtilThreshold ?? '',
      cpuUtilReduceThreshold: '',
      memoryUtilThreshold: '',
      memoryUtilReduceThreshold: '',
      tcpConnectionUtilThreshold: '',
      tcpConnectionUtilReduceThreshold: '',
      visitCountThreshold: '',
      visitCount_extend: '',
      visitCount_reduce: '',
      connectCount_extend: null,
      connectCount_reduce: null,
      instanceUuid: '',
      oldInstanceUuid: '',
      serverName: '',
      memberUuid: '',
      poolId: '',
      monitorUuid: '',
      waitingTime: '',
      interval: '',
      max_extend_members: '',
      operationType: '',
      status: partial.info_value.status,
    },
  };
}
