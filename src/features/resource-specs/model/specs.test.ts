import { describe, expect, it } from 'vitest';
import type { Norm, NormSubType } from '@/api/resources/resource-specs';
import {
  advanceText,
  basicsBySubType,
  checkValue,
  combinedUsing,
  duplicateAdvance,
  subTypesWithoutValues,
  toAdvanceRequest,
  toBasicRequest,
} from './specs';

const sub = (over: Partial<NormSubType>): NormSubType => ({
  uuid: 'cpu',
  normConfigUuid: 'c1',
  name: 'CPU',
  key: 'cpu',
  type: '["dispersed"]',
  extraInfo: '[]',
  types: ['dispersed'],
  extraInfos: [],
  max: 128,
  min: 1,
  minMultiple: 1,
  unit: '核',
  ...over,
});
const CPU = sub({});
const DISK = sub({
  uuid: 'disk',
  name: '系统盘',
  types: ['continuous'],
  min: 20,
  max: 2048,
  minMultiple: 10,
  unit: 'GB',
});
const STORAGE = sub({
  uuid: 'st',
  name: '存储类型',
  extraInfos: ['普通', 'SSD'],
  min: null,
  max: null,
  minMultiple: null,
  unit: '',
});

const nth = <T>(list: readonly T[], i: number): T => {
  const v = list[i];
  if (v === undefined) throw new Error(`no item ${i}`);
  return v;
};
const basic = (uuid: string, subNormUuid: string, normValue: number | string) => ({
  uuid,
  normUuid: 'n1',
  subNormUuid,
  subNormType: '',
  subNormName: '',
  subNormValue: '',
  subNormContent: { valueType: 'dispersed' as const, normValue },
  unit: '',
});
const NORM: Norm = {
  uuid: 'n1',
  serviceUuid: 'svc',
  normName: 'ComputeNorm',
  model: '',
  description: '',
  basics: [basic('b3', 'cpu', 16), basic('b1', 'cpu', 2), basic('b2', 'st', 'SSD')],
  advances: [
    {
      uuid: 'a1',
      normUuid: 'n1',
      normAdvContent: '',
      subNorms: [
        { uuid: 'cpu', value: 2 },
        { uuid: 'st', value: 'SSD' },
      ],
      initPrice: 0,
      unitPrice: 0,
    },
  ],
  models: ['advance'],
};

describe('checkValue mirrors the platform’s limits', () => {
  it('takes a listed text value and refuses others, naming the choices', () => {
    expect(checkValue(STORAGE, 'SSD')).toEqual({ ok: true, value: 'SSD' });
    expect(checkValue(STORAGE, 'NVMe')).toEqual({
      ok: false,
      problem: { key: 'notOption', options: '普通, SSD' },
    });
  });
  it('reads digit strings as numbers and refuses what is not a positive number', () => {
    expect(checkValue(CPU, '8')).toEqual({ ok: true, value: 8 });
    expect(checkValue(CPU, 'eight')).toMatchObject({ problem: { key: 'notPositive' } });
    expect(checkValue(CPU, 0)).toMatchObject({ problem: { key: 'notPositive' } });
    expect(checkValue(CPU, '')).toMatchObject({ problem: { key: 'required' } });
  });
  it('keeps numbers within min and max', () => {
    expect(checkValue(CPU, 129)).toMatchObject({ problem: { key: 'aboveMax', max: 128 } });
    expect(checkValue(DISK, 10)).toMatchObject({ problem: { key: 'belowMin', min: 20 } });
  });
  it('keeps a continuous value on its steps from the minimum', () => {
    expect(checkValue(DISK, 40)).toEqual({ ok: true, value: 40 });
    expect(checkValue(DISK, 45)).toMatchObject({ problem: { key: 'notStep', base: 20, step: 10 } });
  });
});

describe('single and combined specs', () => {
  it('groups single specs by sub-type with values in order', () => {
    const by = basicsBySubType([CPU, STORAGE, DISK], NORM);
    expect(by.get('cpu')?.map((b) => b.uuid)).toEqual(['b1', 'b3']);
    expect(by.get('disk')).toEqual([]);
  });
  it('names the combined spec that keeps a single spec from being deleted', () => {
    expect(combinedUsing(NORM, nth(NORM.basics, 1))?.uuid).toBe('a1');
    expect(combinedUsing(NORM, nth(NORM.basics, 0))).toBeUndefined();
  });
  it('says which sub-types still need a value before a combined spec can be made', () => {
    expect(subTypesWithoutValues([CPU, STORAGE, DISK], NORM).map((s) => s.uuid)).toEqual(['disk']);
  });
  it('finds a combined spec with the same values', () => {
    expect(duplicateAdvance(NORM, { cpu: '2', st: 'SSD' })?.uuid).toBe('a1');
    expect(duplicateAdvance(NORM, { cpu: 16, st: 'SSD' })).toBeUndefined();
  });
  it('writes a combined spec in one line, with units', () => {
    expect(advanceText(nth(NORM.advances, 0), [CPU, STORAGE])).toBe('CPU 2 核 · 存储类型 SSD');
  });
  it('builds the documented bodies, naming the norm', () => {
    expect(toBasicRequest('svc', NORM, DISK, 40)).toEqual({
      serviceUuid: 'svc',
      uuid: 'n1',
      basics: [{ subNormUuid: 'disk', subNormContent: { valueType: 'continuous', normValue: 40 } }],
    });
    expect(
      toAdvanceRequest('svc', NORM, [CPU, STORAGE], {
        values: { cpu: 16, st: 'SSD' },
        initPrice: 5,
      }),
    ).toEqual({
      serviceUuid: 'svc',
      uuid: 'n1',
      advances: [
        {
          subNorms: [
            { uuid: 'cpu', value: 16 },
            { uuid: 'st', value: 'SSD' },
          ],
          initPrice: 5,
          unitPrice: 0,
        },
      ],
    });
  });
});
