// Enumerations of the contract offered as choices (filters, pickers). The values are generated
// from the spec (openapi/generated/enums.ts, by `npm run api:gen`), never copied from it.
import type { components } from '@contract/schema';
import {
  BmDriverValues,
  BmPortgroupModeValues,
  BmProvisionStateValues,
  ImageDiskFormatValues,
  ImageStatusValues,
  ImageVirtTypeValues,
  ImageVisibilityValues,
  ServerPowerStateValues,
  ServerStatusValues,
} from '../../openapi/generated/enums';

type Schemas = components['schemas'];
export type VirtType = Schemas['ImageVirtType'];

/** Virtualization types (004:L180); image types are declared per type as well. */
export const VIRT_TYPES: readonly VirtType[] = ImageVirtTypeValues;
export const IMAGE_STATUSES: readonly Schemas['ImageStatus'][] = ImageStatusValues;
export const DISK_FORMATS: readonly Schemas['ImageDiskFormat'][] = ImageDiskFormatValues;
export const VISIBILITIES: readonly Schemas['ImageVisibility'][] = ImageVisibilityValues;
export const POWER_STATES: readonly Schemas['ServerPowerState'][] = ServerPowerStateValues;

/**
 * The statuses the servers filter offers: ACTIVE first (what people look for most), then the
 * spec's order; DELETED is left out, since nova does not list deleted servers.
 */
export const SERVER_STATUSES: readonly Schemas['ServerStatus'][] = [
  'ACTIVE',
  ...ServerStatusValues.filter((s) => s !== 'ACTIVE' && s !== 'DELETED'),
];

/** Bare metal: provision states (in the state machine's order), drivers and bond modes. */
export const BM_PROVISION_STATES: readonly Schemas['BmProvisionState'][] = BmProvisionStateValues;
export const BM_DRIVERS: readonly Schemas['BmDriver'][] = BmDriverValues;
export const BM_PORTGROUP_MODES: readonly Schemas['BmPortgroupMode'][] = BmPortgroupModeValues;
