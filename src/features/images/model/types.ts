import type { components } from '@contract/schema';

export type Image = components['schemas']['Image'];
export type ImageStatus = components['schemas']['ImageStatus'];
export type ImageVirtType = components['schemas']['ImageVirtType'];
export type ImageDiskFormat = components['schemas']['ImageDiskFormat'];
export type ImageVisibility = components['schemas']['ImageVisibility'];
export type ImageCreate = components['schemas']['ImageCreate'];
export type ImagePatch = components['schemas']['ImagePatch'];
export type ImageFtpCreate = components['schemas']['ImageFtpCreate'];
export type ImageType = components['schemas']['ImageType'];

export const IMAGE_STATUSES: readonly ImageStatus[] = [
  'queued',
  'saving',
  'active',
  'killed',
  'deleted',
  'pending_delete',
  'deactivated',
];
export const DISK_FORMATS: readonly ImageDiskFormat[] = [
  'qcow2',
  'vmdk',
  'raw',
  'vhd',
  'ari',
  'aki',
  'iso',
];
export const VISIBILITIES: readonly ImageVisibility[] = ['public', 'private'];

/** Who is looking: guards depend on the caller's role and project. */
export type Viewer = { isAdmin: boolean; projectId: string };
