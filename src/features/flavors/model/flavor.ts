// Flavors (004 §1.16): the create form ↔ request mapping with the contract's limits, and the
// visibility and state a flavor is listed with.
import type { components } from '@contract/schema';

type S = components['schemas'];
export type Flavor = S['Flavor'];
export type FlavorCreate = S['FlavorCreate'];

/** The contract's upper bound of every count (a 32-bit signed integer). */
export const COUNT_MAX = 2147483647;
export const NAME_MAX = 255;

/** A control character (NUL, tab, newline…): nova, and the contract, refuse names with one. */
export const hasControlChar = (s: string) =>
  [...s].some((c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });
export const ID_MAX = 36;
const ID_PATTERN = /^[A-Za-z0-9._-]+$/u;

export type Visibility = 'public' | 'private';
export type FlavorState = 'enabled' | 'disabled';
export const VISIBILITIES: readonly Visibility[] = ['public', 'private'];
export const STATES: readonly FlavorState[] = ['enabled', 'disabled'];

export const visibilityOf = (f: Flavor): Visibility =>
  f['os-flavor-access:is_public'] ? 'public' : 'private';
export const stateOf = (f: Flavor): FlavorState =>
  f['OS-FLV-DISABLED:disabled'] ? 'disabled' : 'enabled';

/** Why an id is refused (an i18n key under flavors:form.id). */
export type IdProblem = 'tooLong' | 'pattern';

/** Optional; 1–36 letters, digits, `.`, `_` or `-` (a uuid is generated when left empty). */
export function checkId(raw: string): true | IdProblem {
  const id = raw.trim();
  if (id === '') return true;
  if (id.length > ID_MAX) return 'tooLong';
  if (!ID_PATTERN.test(id)) return 'pattern';
  return true;
}

export type CreateFormValues = {
  name: string;
  id?: string;
  vcpus: number;
  /** MiB, as the API counts it. */
  ram: number;
  /** GiB. */
  disk: number;
  /** MiB. */
  swap?: number | null;
  /** GiB. */
  ephemeral?: number | null;
  isPublic: boolean;
  rxtxFactor?: number | null;
};

export const INITIAL_VALUES: Partial<CreateFormValues> = {
  vcpus: 1,
  ram: 1024,
  disk: 20,
  swap: 0,
  ephemeral: 0,
  isPublic: true,
  rxtxFactor: 1,
};

const orDefault = (v: number | null | undefined, d: number) =>
  v === null || v === undefined ? d : v;

/** The request of createFlavor: the trimmed name, the id only when given, counts as integers. */
export function toCreateRequest(v: CreateFormValues): FlavorCreate {
  const id = v.id?.trim() ?? '';
  return {
    flavor: {
      ...(id === '' ? {} : { id }),
      name: v.name.trim(),
      vcpus: v.vcpus,
      ram: v.ram,
      disk: v.disk,
      swap: orDefault(v.swap, 0),
      'OS-FLV-EXT-DATA:ephemeral': orDefault(v.ephemeral, 0),
      'os-flavor-access:is_public': v.isPublic,
      rxtx_factor: orDefault(v.rxtxFactor, 1),
    },
  };
}

/** The form's field names for the service's field paths. */
export const FIELD_ALIASES = {
  'body/flavor/id': 'id',
  'body/flavor/name': 'name',
  'body/flavor/vcpus': 'vcpus',
  'body/flavor/ram': 'ram',
  'body/flavor/disk': 'disk',
  'body/flavor/swap': 'swap',
  'body/flavor/OS-FLV-EXT-DATA:ephemeral': 'ephemeral',
  'body/flavor/os-flavor-access:is_public': 'isPublic',
  'body/flavor/rxtx_factor': 'rxtxFactor',
} as const;
