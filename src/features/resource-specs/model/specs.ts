// Resource specs: what a value of a sub-type may be, which single specs a combined spec is made of,
// and the request bodies. Mirrors the simulator's checks (createNormSpecs), so a bad value is
// refused in the form, with the same reason, before it is sent.
import type {
  Norm,
  NormAdvance,
  NormBasic,
  NormSpecsCreate,
  NormSubType,
} from '@/api/resources/resource-specs';

export type Value = number | string;

/** Why a value does not fit a sub-type: an i18n key under `specs.problems` and its values. */
export type ValueProblem =
  | { key: 'required' }
  | { key: 'notOption'; options: string }
  | { key: 'notPositive' }
  | { key: 'belowMin'; min: number }
  | { key: 'aboveMax'; max: number }
  | { key: 'notStep'; base: number; step: number };

/** A text sub-type offers a fixed list of values (`extraInfos`); the others take numbers. */
export const isTextSubType = (sub: NormSubType) => sub.extraInfos.length > 0;
export const kindOf = (sub: NormSubType): 'dispersed' | 'continuous' => sub.types[0] ?? 'dispersed';

/** The value as the platform stores it, or why it does not fit. */
export function checkValue(
  sub: NormSubType,
  raw: Value | null | undefined,
): { ok: true; value: Value } | { ok: false; problem: ValueProblem } {
  if (raw === null || raw === undefined || String(raw).trim() === '')
    return { ok: false, problem: { key: 'required' } };
  if (isTextSubType(sub)) {
    const v = String(raw);
    return sub.extraInfos.includes(v)
      ? { ok: true, value: v }
      : { ok: false, problem: { key: 'notOption', options: sub.extraInfos.join(', ') } };
  }
  const n = typeof raw === 'number' ? raw : /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isFinite(n) || n <= 0) return { ok: false, problem: { key: 'notPositive' } };
  if (sub.min != null && n < sub.min)
    return { ok: false, problem: { key: 'belowMin', min: sub.min } };
  if (sub.max != null && n > sub.max)
    return { ok: false, problem: { key: 'aboveMax', max: sub.max } };
  if (
    kindOf(sub) === 'continuous' &&
    sub.minMultiple &&
    (n - (sub.min ?? 0)) % sub.minMultiple !== 0
  )
    return { ok: false, problem: { key: 'notStep', base: sub.min ?? 0, step: sub.minMultiple } };
  return { ok: true, value: n };
}

export const sameValue = (a: Value, b: Value) => String(a) === String(b);

/** The single specs of each sub-type, in the sub-types' order, values sorted. */
export function basicsBySubType(subTypes: readonly NormSubType[], norm: Norm | undefined) {
  const out = new Map<string, NormBasic[]>(subTypes.map((s) => [s.uuid, []]));
  for (const b of norm?.basics ?? []) out.get(b.subNormUuid)?.push(b);
  for (const list of out.values())
    list.sort((a, b) => {
      const x = a.subNormContent.normValue;
      const y = b.subNormContent.normValue;
      return typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y));
    });
  return out;
}

/** The combined spec that uses a single spec (which therefore cannot be deleted), if any. */
export const combinedUsing = (norm: Norm | undefined, basic: NormBasic): NormAdvance | undefined =>
  norm?.advances.find((a) =>
    a.subNorms.some(
      (x) => x.uuid === basic.subNormUuid && sameValue(x.value, basic.subNormContent.normValue),
    ),
  );

/** The sub-types that have no single spec yet: a combined spec needs one value of each. */
export const subTypesWithoutValues = (subTypes: readonly NormSubType[], norm: Norm | undefined) => {
  const by = basicsBySubType(subTypes, norm);
  return subTypes.filter((s) => (by.get(s.uuid) ?? []).length === 0);
};

/** The value a combined spec gives a sub-type. */
export const advanceValue = (a: NormAdvance, subUuid: string): Value | undefined =>
  a.subNorms.find((x) => x.uuid === subUuid)?.value;

/** A combined spec with the same value for every sub-type already exists. */
export const duplicateAdvance = (
  norm: Norm | undefined,
  values: Readonly<Record<string, Value | undefined>>,
) =>
  norm?.advances.find((a) =>
    a.subNorms.every((x) => {
      const v = values[x.uuid];
      return v !== undefined && sameValue(x.value, v);
    }),
  );

export const valueText = (v: Value, unit: string) => (unit ? `${v} ${unit}` : String(v));

/** A combined spec in one line: "CPU 4 核 · 内存 8 GB · …". */
export const advanceText = (a: NormAdvance, subTypes: readonly NormSubType[]) =>
  subTypes
    .map((s) => {
      const v = advanceValue(a, s.uuid);
      return v === undefined ? undefined : `${s.name} ${valueText(v, s.unit)}`;
    })
    .filter(Boolean)
    .join(' · ');

export type BasicFormValues = { subNormUuid?: string; value?: Value };
export type AdvanceFormValues = {
  values?: Record<string, Value | undefined>;
  initPrice?: number;
  unitPrice?: number;
};

/** One single spec. `uuid` names the norm (required for the host service's host types). */
export function toBasicRequest(
  serviceUuid: string,
  norm: Norm,
  sub: NormSubType,
  value: Value,
): NormSpecsCreate {
  return {
    serviceUuid,
    uuid: norm.uuid,
    basics: [
      { subNormUuid: sub.uuid, subNormContent: { valueType: kindOf(sub), normValue: value } },
    ],
  };
}

/** One combined spec: a value for every sub-type, in the sub-types' order. */
export function toAdvanceRequest(
  serviceUuid: string,
  norm: Norm,
  subTypes: readonly NormSubType[],
  form: AdvanceFormValues,
): NormSpecsCreate {
  return {
    serviceUuid,
    uuid: norm.uuid,
    advances: [
      {
        subNorms: subTypes.map((s) => ({ uuid: s.uuid, value: form.values?.[s.uuid] ?? '' })),
        initPrice: form.initPrice ?? 0,
        unitPrice: form.unitPrice ?? 0,
      },
    ],
  };
}
