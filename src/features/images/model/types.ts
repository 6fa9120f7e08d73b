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

// Choice lists generated from the spec (src/api/enums.ts), re-exported for the feature.
export { DISK_FORMATS, IMAGE_STATUSES, VISIBILITIES } from '@/api/enums';

/** Who is looking: guards depend on the caller's role and project. */
export type Viewer = { isAdmin: boolean; projectId: string };
