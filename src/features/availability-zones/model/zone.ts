// Availability zones (004 §1.7): the documented rules of the alias and the zone name, the form ↔
// request mapping of create and update, and which of a zone's services are its hosts.
import type { components } from '@contract/schema';

type S = components['schemas'];
export type AvailabilityZone = S['AvailabilityZone'];
export type AzoneCreate = S['AzoneCreate'];
export type AzoneUpdate = S['AzoneUpdate'];
export type ZoneService = S['ZoneService'];
export type HostPool = S['HostPool'];
export type VirtType = S['ImageVirtType'];
export type ResourceType = S['AzoneResourceType'];

export const VIRT_TYPES: readonly VirtType[] = [
  'CAS',
  'VMware',
  'KVM',
  'Xen',
  'PowerVM',
  'BareMetal',
];
export const RESOURCE_TYPES: readonly ResourceType[] = ['nova', 'cinder', 'ironic'];
export const LABEL_MAX = 32;
export const ZONE_MAX = 16;
export const DESCRIPTION_MAX = 128;

/** Why an alias is refused (an i18n key under availability-zones:form.labelName). */
export type LabelProblem = 'tooLong' | 'forbiddenChar' | 'fullWidth' | 'dotEdge';
/** Why a zone name is refused (an i18n key under availability-zones:form.zone). */
export type ZoneProblem = 'tooLong' | 'pattern' | 'reserved';

// eslint-disable-next-line no-control-regex -- control characters are refused by the contract's pattern
const FORBIDDEN = /[/:*?"<>|\u0000-\u001F]/u;
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/u;

/** 1–32 characters; none of `/ : * ? " < > |`, no full-width forms, no `.` at either end (004:L4596). */
export function checkLabelName(raw: string): true | LabelProblem {
  const name = raw.trim();
  if ([...name].length > LABEL_MAX) return 'tooLong';
  if (FORBIDDEN.test(name)) return 'forbiddenChar';
  if (FULL_WIDTH.test(name)) return 'fullWidth';
  if (name.startsWith('.') || name.endsWith('.')) return 'dotEdge';
  return true;
}

/** 1–16 letters, digits and `_`, and not `nova` in any case (004:L4601). */
export function checkZoneName(raw: string): true | ZoneProblem {
  const zone = raw.trim();
  if (zone.length > ZONE_MAX) return 'tooLong';
  if (!/^[A-Za-z0-9_]+$/u.test(zone)) return 'pattern';
  if (zone.toLowerCase() === 'nova') return 'reserved';
  return true;
}

export type ZoneFormValues = {
  labelName: string;
  zone: string;
  virtType: VirtType;
  resourceType: ResourceType;
  description?: string;
};

export const toCreateRequest = (v: ZoneFormValues): AzoneCreate => ({
  labelName: v.labelName.trim(),
  zone: v.zone.trim(),
  virtType: v.virtType,
  resourceType: v.resourceType,
  description: (v.description ?? '').trim(),
});

export const toUpdateRequest = (id: string, v: ZoneFormValues): AzoneUpdate => ({
  id,
  ...toCreateRequest(v),
});

const isVirtType = (v: string): v is VirtType => VIRT_TYPES.some((x) => x === v);
const isResourceType = (v: string): v is ResourceType => RESOURCE_TYPES.some((x) => x === v);

/** The edit form's starting values; a stored kind outside the lists falls back to the first. */
export const fromZone = (z: AvailabilityZone): ZoneFormValues => ({
  labelName: z.labelName,
  zone: z.zone,
  virtType: isVirtType(z.virtType) ? z.virtType : 'CAS',
  resourceType: isResourceType(z.resourceType) ? z.resourceType : 'nova',
  description: z.description ?? '',
});

/** Compute zones list nova's services, storage zones cinder's; bare-metal zones have none here. */
export const serviceTargetOf = (z: AvailabilityZone): 'compute' | 'block_storage' | null =>
  z.resourceType === 'nova' ? 'compute' : z.resourceType === 'cinder' ? 'block_storage' : null;

/** The zone's own services (the control services of `internal` are not a zone's). */
export const servicesOf = (z: AvailabilityZone, services: readonly ZoneService[]) =>
  services.filter((s) => s.zone === z.zone);

/** Storage pools are asked for per compute node: the hosts running nova-compute. */
export const isComputeHost = (s: ZoneService) => s.binary === 'nova-compute';
