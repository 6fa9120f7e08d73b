// Users ↔ organisations ↔ role groups (004 §1.18 #8), grouped the two ways the pages read them.
import type { components } from '@contract/schema';

type Assignment = components['schemas']['UserProjectAssignment'];

/** Distinct member ids per organisation. */
export function membersByProject(assignments: readonly Assignment[] | undefined) {
  const out = new Map<string, Set<string>>();
  for (const a of assignments ?? []) {
    const set = out.get(a.targetId) ?? new Set<string>();
    set.add(a.actorId);
    out.set(a.targetId, set);
  }
  return out;
}

/** Each user's assignments, by organisation name. */
export function assignmentsByUser(assignments: readonly Assignment[] | undefined) {
  const out = new Map<string, Assignment[]>();
  for (const a of assignments ?? []) {
    const list = out.get(a.actorId) ?? [];
    list.push(a);
    out.set(a.actorId, list);
  }
  for (const list of out.values())
    list.sort((x, y) => x.project.name.localeCompare(y.project.name));
  return out;
}

const ROLE_GROUPS = ['cloud', 'organization', 'member'] as const;
export type RoleGroupKey = (typeof ROLE_GROUPS)[number];

/**
 * The known role group a name stands for (`cloudos.rolegroup.cloud` → `cloud`): its label is
 * translated, since the service's description is itself an i18n key of the vendor's console.
 */
export function roleGroupKey(g: { name: string }): RoleGroupKey | undefined {
  const suffix = g.name.replace(/^cloudos\.rolegroup\./, '');
  return ROLE_GROUPS.find((k) => k === suffix);
}
