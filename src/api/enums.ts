// Enumerations of the contract that several features offer as choices. Typed from the generated
// schema, so a value the spec drops fails `tsc` here rather than in a select somewhere.
import type { components } from '@contract/schema';

export type VirtType = components['schemas']['ImageVirtType'];

/** Virtualization types (004:L180); image types are declared per type as well. */
export const VIRT_TYPES: readonly VirtType[] = [
  'KVM',
  'CAS',
  'VMware',
  'Xen',
  'PowerVM',
  'BareMetal',
];
