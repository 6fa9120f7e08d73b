// DRX policies (004 §1.17): the create form ↔ request mapping (every value a string, as the
// documents print them), the thresholds' rules, and the enable/disable guards.
import type { components } from '@contract/schema';

type S = components['schemas'];
export type Drx = S['Drx'];
/** The create body as the contract means it (the generated `DrxCreate` types the required
 * `instanceUuid` of its `allOf` as an empty record; resources/drx.ts sends this shape). */
export type DrxCreate = {
  extraInfos: S['DrxInput'] & {
    uuid: string;
    info_value: S['DrxValueInput'] & { instanceUuid: string };
  };
};
export type DrxStatus = S['DrxValue']['status'];
export const STATUSES: readonly DrxStatus[] = ['active', 'inactive'];

export type FormValues = {
  uuid: string;
  info_desc?: string;
  instanceUuid: string;
  cpuUtilThreshold: number;
  cpuUtilReduceThreshold: number;
  memoryUtilThreshold: number;
  memoryUtilReduceThreshold: number;
  tcpConnectionUtilThreshold: number;
  tcpConnectionUtilReduceThreshold: number;
  visitCountThreshold: number;
  visitCount_extend: number;
  visitCount_reduce: number;
  connectCount_extend?: number | null;
  connectCount_reduce?: number | null;
  poolId?: string;
  memberUuid?: string;
  monitorUuid?: string;
  waitingTime: number;
  interval: number;
  max_extend_members: number;
  enabled: boolean;
};

export const INITIAL_VALUES: Partial<FormValues> = {
  cpuUtilThreshold: 70,
  cpuUtilReduceThreshold: 30,
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
  enabled: true,
};

/** Pairs whose reduce threshold must stay below the extend one (else the service answers 400). */
export const PAIRS = [
  ['cpuUtilThreshold', 'cpuUtilReduceThreshold'],
  ['memoryUtilThreshold', 'memoryUtilReduceThreshold'],
  ['tcpConnectionUtilThreshold', 'tcpConnectionUtilReduceThreshold'],
] as const;

/** Whether a reduce threshold is below its extend threshold (blank values are not compared). */
export const reduceBelow = (extend: unknown, reduce: unknown) =>
  typeof extend !== 'number' || typeof reduce !== 'number' || reduce < extend;

const str = (n: number) => String(Math.trunc(n));
const optional = (v: string | undefined) => {
  const s = v?.trim() ?? '';
  return s === '' ? undefined : s;
};
const optionalCount = (v: number | null | undefined) =>
  v === null || v === undefined ? null : str(v);

export function toCreateRequest(v: FormValues): DrxCreate {
  const poolId = optional(v.poolId);
  const memberUuid = optional(v.memberUuid);
  const monitorUuid = optional(v.monitorUuid);
  return {
    extraInfos: {
      uuid: v.uuid.trim(),
      info_type: 'LoadBalancer',
      info_desc: v.info_desc?.trim() ?? '',
      info_value: {
        instanceUuid: v.instanceUuid,
        cpuUtilThreshold: str(v.cpuUtilThreshold),
        cpuUtilReduceThreshold: str(v.cpuUtilReduceThreshold),
        memoryUtilThreshold: str(v.memoryUtilThreshold),
        memoryUtilReduceThreshold: str(v.memoryUtilReduceThreshold),
        tcpConnectionUtilThreshold: str(v.tcpConnectionUtilThreshold),
        tcpConnectionUtilReduceThreshold: str(v.tcpConnectionUtilReduceThreshold),
        visitCountThreshold: str(v.visitCountThreshold),
        visitCount_extend: str(v.visitCount_extend),
        visitCount_reduce: str(v.visitCount_reduce),
        connectCount_extend: optionalCount(v.connectCount_extend),
        connectCount_reduce: optionalCount(v.connectCount_reduce),
        ...(poolId ? { poolId } : {}),
        ...(memberUuid ? { memberUuid } : {}),
        ...(monitorUuid ? { monitorUuid } : {}),
        waitingTime: str(v.waitingTime),
        interval: str(v.interval),
        max_extend_members: str(v.max_extend_members),
        operationType: 'autoScaling',
        status: v.enabled ? 'active' : 'inactive',
      },
    },
  };
}

export const statusOf = (d: Drx): DrxStatus => d.info_value.status;

/** Enable is offered on a disabled policy, disable on an enabled one (the reason otherwise). */
export const canEnable = (d: Drx): true | 'alreadyActive' =>
  statusOf(d) === 'active' ? 'alreadyActive' : true;
export const canDisable = (d: Drx): true | 'alreadyInactive' =>
  statusOf(d) === 'inactive' ? 'alreadyInactive' : true;

export const FIELD_ALIASES = Object.fromEntries(
  [
    ...Object.keys(INITIAL_VALUES).filter((k) => k !== 'enabled'),
    'instanceUuid',
    'connectCount_extend',
    'connectCount_reduce',
    'poolId',
    'memberUuid',
    'monitorUuid',
  ].map((k) => [`body/extraInfos/info_value/${k}`, k]),
);

/** The whole-number fields of the form, in order, with their bounds (`percent`, `seconds` units). */
export const COUNT_FIELDS = {
  thresholds: [
    { name: 'cpuUtilThreshold', min: 0, max: 100, unit: 'percent' },
    { name: 'cpuUtilReduceThreshold', min: 0, max: 100, unit: 'percent' },
    { name: 'memoryUtilThreshold', min: 0, max: 100, unit: 'percent' },
    { name: 'memoryUtilReduceThreshold', min: 0, max: 100, unit: 'percent' },
    { name: 'tcpConnectionUtilThreshold', min: 0 },
    { name: 'tcpConnectionUtilReduceThreshold', min: 0 },
    { name: 'visitCountThreshold', min: 0 },
    { name: 'visitCount_extend', min: 0 },
    { name: 'visitCount_reduce', min: 0 },
  ],
  scaling: [
    { name: 'waitingTime', min: 1, max: 999999999, unit: 'seconds' },
    { name: 'interval', min: 1, max: 999999999, unit: 'seconds' },
    { name: 'max_extend_members', min: 1, max: 999999999 },
  ],
} as const;

export const REFERENCE_FIELDS = ['poolId', 'memberUuid', 'monitorUuid'] as const;
