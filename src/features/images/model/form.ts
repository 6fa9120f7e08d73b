// Mapping between the create/edit/FTP forms and the API bodies. Pure, so it is tested on its own.
import type {
  Image,
  ImageCreate,
  ImageDiskFormat,
  ImageFtpCreate,
  ImagePatch,
  ImageVirtType,
  ImageVisibility,
} from './types';

/** What the create form holds. `osType` becomes cas_ostype or vmware_ostype by virtualization type. */
export type ImageFormValues = {
  name: string;
  description?: string;
  visibility: ImageVisibility;
  disk_format: ImageDiskFormat;
  virt_type: ImageVirtType;
  osType: string;
  sysdisk_type?: 'thin' | 'thick';
  min_cpu: number;
  min_ram: number;
  min_disk: number;
  container_format?: string;
  disk_bus?: string;
  hw_vif_model?: string;
  region?: string;
  protected?: boolean;
};

export type FtpFormValues = ImageFormValues & {
  localIp: string;
  file_name: string;
  md5_hash: string;
  os_username: string;
  os_password: string;
  sftp: boolean;
};

/** Limits of 004 §1.3 that the form mirrors (the console keeps description to the 128 of create). */
export const LIMITS = {
  nameMax: 64,
  descriptionMax: 128,
  minCpuMax: 999_999,
  minRamMax: 999_999,
  minDiskMax: 999_999,
  containerFormatMax: 20,
  textMax: 255,
} as const;

/** No Chinese or full-width characters and none of \ / : * ? " < > | (004:L160, api-notes I-29). */
export const IMAGE_NAME_PATTERN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what the rule forbids, as the spec's pattern does
  /^[^\\/:*?"<>|\u0000-\u001F\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+$/u;
export const MD5_PATTERN = /^[0-9a-fA-F]{32}$/;

/** The image-type field an image of this virtualization type carries its OS in. */
export const osField = (virt: ImageVirtType): 'cas_ostype' | 'vmware_ostype' =>
  virt === 'VMware' ? 'vmware_ostype' : 'cas_ostype';

const trimmed = (v: string | undefined) => {
  const t = v?.trim();
  return t ? t : undefined;
};

export function toCreateRequest(v: ImageFormValues): ImageCreate {
  const body: ImageCreate = {
    name: v.name.trim(),
    visibility: v.visibility,
    disk_format: v.disk_format,
    virt_type: v.virt_type,
    min_cpu: String(v.min_cpu),
    min_ram: v.min_ram,
    min_disk: v.min_disk,
    [osField(v.virt_type)]: v.osType,
  };
  const description = trimmed(v.description);
  if (description) body.description = description;
  if (v.virt_type === 'VMware') body.sysdisk_type = v.sysdisk_type ?? 'thin';
  const container = trimmed(v.container_format);
  if (container) body.container_format = container;
  const bus = trimmed(v.disk_bus);
  if (bus) body.disk_bus = bus;
  const vif = trimmed(v.hw_vif_model);
  if (vif) body.hw_vif_model = vif;
  const region = trimmed(v.region);
  if (region) body['os-region-name'] = region;
  if (v.protected) body.protected = true;
  return body;
}

export function toFtpRequest(v: FtpFormValues): { glance: ImageFtpCreate } {
  const { protected: _protected, ...base } = toCreateRequest(v);
  return {
    glance: {
      ...base,
      localIp: v.localIp.trim(),
      file_name: v.file_name.trim(),
      md5_hash: v.md5_hash.trim().toLowerCase(),
      os_username: v.os_username,
      os_password: v.os_password,
      sftp: v.sftp ? '1' : '0',
    },
  };
}

/** Edit form: the fields an owner may change after creation. */
export type ImageEditValues = {
  name: string;
  description: string;
  visibility: ImageVisibility;
  min_cpu: number;
  min_ram: number;
  min_disk: number;
  protected: boolean;
  image_type: 'image' | 'snapshot';
};

export function fromImage(img: Image): ImageEditValues {
  return {
    name: img.name,
    description: img.description ?? '',
    visibility: img.visibility,
    min_cpu: Number(img.min_cpu) || 1,
    min_ram: img.min_ram,
    min_disk: img.min_disk,
    protected: img.protected,
    image_type: img.image_type ?? 'image',
  };
}

/**
 * The JSON Patch that turns `img` into `values`: only what changed, in a stable order. A field the
 * form did not render (undefined, e.g. the kind of a non-snapshot) is left alone.
 */
export function toPatch(img: Image, values: Partial<ImageEditValues>): ImagePatch {
  const before = fromImage(img);
  const ops: ImagePatch = [];
  const replace = (path: ImagePatch[number]['path'], value: unknown) =>
    ops.push({ op: 'replace', path, value });
  const name = values.name?.trim();
  if (name !== undefined && name !== before.name) replace('/name', name);
  const description = values.description?.trim();
  if (description !== undefined && description !== before.description)
    replace('/description', description);
  if (values.visibility !== undefined && values.visibility !== before.visibility)
    replace('/visibility', values.visibility);
  if (values.min_cpu !== undefined && values.min_cpu !== before.min_cpu)
    replace('/min_cpu', String(values.min_cpu));
  if (values.min_ram !== undefined && values.min_ram !== before.min_ram)
    replace('/min_ram', values.min_ram);
  if (values.min_disk !== undefined && values.min_disk !== before.min_disk)
    replace('/min_disk', values.min_disk);
  if (values.protected !== undefined && values.protected !== before.protected)
    replace('/protected', values.protected);
  if (values.image_type !== undefined && values.image_type !== before.image_type)
    replace('/image_type', values.image_type);
  return ops;
}
