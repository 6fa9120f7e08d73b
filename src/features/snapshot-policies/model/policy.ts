// Snapshot policies (004 §1.10 #1–5, api-notes 4.4): the schedule in words, and the form's values
// to and from the documented all-strings body.
import type {
  SnapshotPolicy,
  SnapshotPolicyCreate,
  SnapshotPolicyUpdate,
} from '@/api/resources/vm-snapshots';

export type Frequency = SnapshotPolicy['frequency'];
export const FREQUENCIES: readonly Frequency[] = ['2', '1', '0'];

export type PolicyFormValues = {
  name: string;
  desc?: string;
  enabled: boolean;
  memory: boolean;
  frequency: Frequency;
  day: number;
  hour: number;
  minutes: number;
  maxSnapshotNum: number;
  zoneId: string;
  serverIds: string[];
  tenantId: string;
};

/** The documented name rule (004:L10494): Chinese, letters, digits, `-`, `_`, `.`; ≤32. */
export const POLICY_NAME = /^[\u4e00-\u9fa5A-Za-z0-9._-]+$/;
export const MAX_RETENTION = 10;

const pad = (n: string) => n.padStart(2, '0');

/** "02:30" */
export const timeOf = (p: Pick<SnapshotPolicy, 'hour' | 'minutes'>) =>
  `${pad(p.hour)}:${pad(p.minutes)}`;

/** The schedule as a key of the locale and its values (daily / weekly on a weekday / monthly). */
export function scheduleOf(p: Pick<SnapshotPolicy, 'frequency' | 'day' | 'hour' | 'minutes'>): {
  key: 'schedule.daily' | 'schedule.weekly' | 'schedule.monthly';
  day: string;
  time: string;
} {
  const time = timeOf(p);
  if (p.frequency === '1') return { key: 'schedule.weekly', day: p.day, time };
  if (p.frequency === '0') return { key: 'schedule.monthly', day: p.day, time };
  return { key: 'schedule.daily', day: p.day, time };
}

/** The largest `day` a frequency allows: weekday 1–7, day of month 1–31. */
export const maxDay = (f: Frequency) => (f === '1' ? 7 : 31);

export const INITIAL_VALUES: Partial<PolicyFormValues> = {
  enabled: true,
  memory: false,
  frequency: '2',
  day: 1,
  hour: 2,
  minutes: 0,
  maxSnapshotNum: 3,
  serverIds: [],
};

export function fromPolicy(p: SnapshotPolicy): PolicyFormValues {
  return {
    name: p.name,
    desc: p.desc ?? '',
    enabled: p.state === '1',
    memory: p.flag === '1',
    frequency: p.frequency,
    day: Number(p.day),
    hour: Number(p.hour),
    minutes: Number(p.minutes),
    maxSnapshotNum: Number(p.maxSnapshotNum),
    zoneId: p.labelZoneIds.split(';')[0] ?? '',
    serverIds: p.snapStrategyVm.map((v) => v.uuid),
    tenantId: p.tenantId,
  };
}

function fields(v: PolicyFormValues) {
  const desc = v.desc?.trim();
  return {
    name: v.name.trim(),
    desc: desc ? desc : null,
    state: v.enabled ? '1' : '0',
    flag: v.memory ? '1' : '0',
    maxSnapshotNum: String(v.maxSnapshotNum),
    frequency: v.frequency,
    // Daily policies ignore the day; it is sent as 1, as the documents' examples do.
    day: String(v.frequency === '2' ? 1 : Math.min(v.day, maxDay(v.frequency))),
    hour: String(v.hour),
    minutes: String(v.minutes),
    labelZoneIds: v.zoneId,
  } as const;
}

export function toCreateRequest(v: PolicyFormValues, tenantName: string): SnapshotPolicyCreate {
  return {
    ...fields(v),
    tenantId: v.tenantId,
    tenantName,
    snapStrategyVm: v.serverIds.map((uuid) => ({ uuid })),
  };
}

export function toUpdateRequest(v: PolicyFormValues, p: SnapshotPolicy): SnapshotPolicyUpdate {
  return {
    ...fields(v),
    uuid: p.uuid,
    id: p.id,
    snapStrategyVm: v.serverIds.map((uuid) => ({ uuid, snapStrategyId: p.id })),
  };
}
