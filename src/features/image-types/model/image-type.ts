// Image types (004 §1.5): guards, form mapping and the documented limits.
import type { components } from '@contract/schema';

export type ImageType = components['schemas']['ImageType'];
export type ImageTypeCreate = components['schemas']['ImageTypeCreate'];
export type ImageTypeUpdate = components['schemas']['ImageTypeUpdate'];
import { VIRT_TYPES, type VirtType } from '@/api/enums';

export type { VirtType };

export type Guard = true | 'system';

/** System types (addType 0) are read-only (api-notes 4.8). */
export const canModify = (t: ImageType): Guard => (t.addType === 0 ? 'system' : true);

export const LIMITS = {
  nameMax: 128,
  descriptionMax: 85,
  operatingSystemMax: 64,
  osTypeMax: 255,
} as const;

/** 1–128, no Chinese/full-width, none of / \ : * ? " < > |, no leading or trailing "." (004:L2119). */
export const TYPE_NAME_PATTERN =
  // eslint-disable-next-line no-control-regex -- control characters are forbidden, as in the spec's pattern
  /^(?!\.)(?!.*\.$)[^\\/:*?"<>|\u0000-\u001F\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+$/u;
export const NO_WIDE_CHARS =
  /^[^\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+$/u;

/** "In the hypervisor's format" (004:L2139): what operatingSystem must look like per type. */
export function operatingSystemFormat(virt: VirtType): RegExp | null {
  if (virt === 'CAS') return /^[a-z]+\|.+$/;
  if (virt === 'VMware') return /^[A-Za-z0-9_]+$/;
  return null;
}

export type ImageTypeFormValues = {
  imageTypeName: string;
  description?: string;
  virtType: VirtType;
  osType: string;
  operatingSystem: string;
};

export const fromImageType = (t: ImageType): ImageTypeFormValues => ({
  imageTypeName: t.imageTypeName,
  description: t.description ?? '',
  virtType: VIRT_TYPES.find((v) => v === t.virtType) ?? 'CAS',
  osType: t.osType,
  operatingSystem: t.operatingSystem,
});

/** Types created from the console are user types (addType 1). */
export function toCreateRequest(v: ImageTypeFormValues): ImageTypeCreate {
  return {
    imageTypeName: v.imageTypeName.trim(),
    description: v.description?.trim() ?? '',
    virtType: v.virtType,
    osType: v.osType.trim(),
    operatingSystem: v.operatingSystem.trim(),
    addType: 1,
  };
}

export const toUpdateRequest = (uuid: string, v: ImageTypeFormValues): ImageTypeUpdate => ({
  uuid,
  ...toCreateRequest(v),
});

/** Client-side filter of the list (the API returns everything; §1.5 items 4–5 filter server-side). */
export function matches(t: ImageType, q: { search?: string; addType?: 0 | 1 }): boolean {
  if (q.addType !== undefined && t.addType !== q.addType) return false;
  const s = q.search?.trim().toLowerCase();
  if (!s) return true;
  return [t.imageTypeName, t.operatingSystem, t.osType, t.description ?? ''].some((f) =>
    f.toLowerCase().includes(s),
  );
}
