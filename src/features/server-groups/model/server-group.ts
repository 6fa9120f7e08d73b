// Server groups (004 §1.9 items 15–17): the documented name rule, the form ↔ request mapping and
// what a deletion should warn about.
import type { components } from '@contract/schema';

type S = components['schemas'];
export type ServerGroup = S['ServerGroup'];
export type ServerGroupCreate = S['ServerGroupCreate'];
export type ServerGroupPolicy = S['ServerGroupPolicy'];

export const POLICIES: readonly ServerGroupPolicy[] = ['affinity', 'anti-affinity'];

export const NAME_MAX = 64;

/** Why a name is refused (an i18n key under server-groups:form.name). */
export type NameProblem = 'required' | 'tooLong' | 'forbiddenChar' | 'fullWidth' | 'dotEdge';

/** `/ : * ? " < > |` (004:L8251). */
const FORBIDDEN = /[/:*?"<>|]/u;
/** Full-width forms (U+FF01–FF5E) and the ideographic space; other CJK text is allowed. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/u;

/**
 * The name rule of 004:L8251, as the contract's pattern states it: 1–64 characters (code points),
 * Chinese allowed, no full-width characters, none of `/ : * ? " < > |`, not starting or ending
 * with `.`. Checked on the trimmed name, which is what is sent.
 */
export function checkName(raw: string): true | NameProblem {
  const name = raw.trim();
  if (name === '') return 'required';
  if ([...name].length > NAME_MAX) return 'tooLong';
  if (FORBIDDEN.test(name)) return 'forbiddenChar';
  if (FULL_WIDTH.test(name)) return 'fullWidth';
  if (name.startsWith('.') || name.endsWith('.')) return 'dotEdge';
  return true;
}

export type CreateFormValues = { name: string; policy: ServerGroupPolicy };

export const toCreateRequest = (v: CreateFormValues): ServerGroupCreate => ({
  server_group: { name: v.name.trim(), policies: [v.policy] },
});

/** The group's one policy (the list holds exactly one). */
export const policyOf = (g: ServerGroup): ServerGroupPolicy | undefined => g.policies[0];

/**
 * Deleting a group with members is allowed (the servers stay where they are and leave the
 * group), so it is not refused; the confirmation says how many servers lose their placement rule.
 */
export function membersAffected(groups: readonly ServerGroup[]): {
  groups: number;
  servers: number;
} {
  const withMembers = groups.filter((g) => g.members.length > 0);
  return {
    groups: withMembers.length,
    servers: withMembers.reduce((n, g) => n + g.members.length, 0),
  };
}

/** The form's field names for the service's field paths (`policies` is a list in the body). */
export const FIELD_ALIASES = {
  'body/server_group/policies': 'policy',
  'body/server_group/policies/0': 'policy',
} as const;
