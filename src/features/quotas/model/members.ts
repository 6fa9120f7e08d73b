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

/** A role group's readable name: its description, else its name without the vendor prefix. */
export const roleGroupLabel = (g: { name: string; description?: string }) =>
  g.description || g.name.replace(/^cloudos\.rolegroup\./, '');
