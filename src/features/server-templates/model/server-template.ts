// Server templates (004 §1.11): the documented limits, the server types, the form mapping and the
// guards of the row actions.
import type { components } from '@contract/schema';

type S = components['schemas'];
export type ServerTemplate = S['ServerTemplate'];
export type ServerTemplateCreate = S['ServerTemplateCreate'];
export type ServerTemplateUpdate = S['ServerTemplateUpdate'];

/** 004:L11659 name 1–15 of [A-Za-z0-9_]; L11660 description 0–64; L11667 ≤255. */
export const LIMITS = { nameMax: 15, descriptionMax: 64, textMax: 255 } as const;
export const NAME_PATTERN = /^[A-Za-z0-9_]+$/;

/** The server types a template may name (004:L11661), by their norm uuid. */
export const SERVER_TYPES = [
  { key: 'normal', uuid: '38e42432-06a5-47a3-b47d-f078ed03795d' },
  { key: 'vgpu', uuid: '270d3a64-4496-11e9-8a6a-02420a654e1d' },
  { key: 'gpu', uuid: 'c0634876-810d-412b-85a9-1c7a1109b7bf' },
  { key: 'bigdata', uuid: 'db514283-abc1-4e78-a7e7-6f576780b4c1' },
] as const;
export type ServerTypeKey = (typeof SERVER_TYPES)[number]['key'];

export const serverTypeOf = (t: Pick<ServerTemplate, 'metadata'>): ServerTypeKey | undefined =>
  SERVER_TYPES.find((x) => x.uuid === t.metadata.normUuid)?.key;

/** The storage type the platform's own templates use (004:L11731). */
export const DEFAULT_STORAGE_TYPE = '普通';

export type TemplateFormValues = {
  name: string;
  description?: string;
  normUuid: string;
  imageId: string;
  flavorId: string;
  /** The zone's id (azone_uuid); its name is looked up when the request is built. */
  zoneId: string;
  storageType: string;
  storagePool?: string;
};

export const NEW_TEMPLATE: Partial<TemplateFormValues> = {
  normUuid: SERVER_TYPES[0].uuid,
  storageType: DEFAULT_STORAGE_TYPE,
};

export const fromTemplate = (t: ServerTemplate): TemplateFormValues => ({
  name: t.name,
  description: t.description,
  normUuid: t.metadata.normUuid,
  imageId: t.image_uuid,
  flavorId: t.flavor_uuid,
  zoneId: t.azone_uuid,
  storageType: t.metadata.storageType,
  storagePool: t.metadata.storagePool ?? '',
});

export type RequestContext = {
  /** The organisation the template belongs to. */
  projectId: string;
  /** The user the template is saved for (the creator; kept on edit). */
  userId: string;
  /** imageSrc is not asked for: the console only offers glance images ("normal"). */
  imageSrc?: string;
  zones: readonly { id: string; zone: string }[] | undefined;
};

export function toCreateRequest(v: TemplateFormValues, ctx: RequestContext): ServerTemplateCreate {
  return {
    name: v.name.trim(),
    description: v.description?.trim() ?? '',
    metadata: {
      normUuid: v.normUuid,
      storageType: v.storageType.trim(),
      imageSrc: ctx.imageSrc ?? 'normal',
      storagePool: v.storagePool?.trim() ?? '',
      projectId: ctx.projectId,
    },
    user_uuid: ctx.userId,
    availability_zone: ctx.zones?.find((z) => z.id === v.zoneId)?.zone ?? '',
    azone_uuid: v.zoneId,
    image_uuid: v.imageId,
    flavor_uuid: v.flavorId,
  };
}

export const toUpdateRequest = (
  t: ServerTemplate,
  v: TemplateFormValues,
  zones: RequestContext['zones'],
): ServerTemplateUpdate => ({
  uuid: t.uuid,
  ...toCreateRequest(v, {
    projectId: t.metadata.projectId,
    userId: t.user_uuid,
    imageSrc: t.metadata.imageSrc,
    zones,
  }),
});

/** Where the platform's validation errors point in the form. */
export const FIELD_ALIASES: Readonly<Record<string, keyof TemplateFormValues>> = {
  'body/image_uuid': 'imageId',
  'body/flavor_uuid': 'flavorId',
  'body/azone_uuid': 'zoneId',
  'body/availability_zone': 'zoneId',
  'body/metadata/normUuid': 'normUuid',
  'body/metadata/storageType': 'storageType',
  'body/metadata/storagePool': 'storagePool',
};

export type Guard = true | 'otherProject';

/**
 * A server is created in the token's organisation: a cloud administrator looking at another
 * organisation's template cannot start from it (its image and zone are that organisation's).
 */
export const canCreateServer = (t: ServerTemplate, projectId: string): Guard =>
  t.metadata.projectId === projectId ? true : 'otherProject';

/** The create wizard's address, opened prefilled from the template. */
export const createServerPath = (t: Pick<ServerTemplate, 'uuid'>) =>
  `/servers?drawer=create&template=${encodeURIComponent(t.uuid)}`;
