// Server groups (004 §1.9 items 15–17): affinity / anti-affinity groups of the token's project.
// Membership and placement are the servers area's (createServer's scheduler hint, delete).
import { randomUUID } from 'node:crypto';
import type { components } from '../../../openapi/generated/schema.d.ts';
import { caller, type Area, type Ctx } from '../area.ts';
import { forbidden, notFound } from '../errors.ts';
import type { ServerGroupRec, State } from '../state.ts';

type S = components['schemas'];
type CreateBody = S['ServerGroupCreate'];

/** States persisted before server groups existed lack the collection. */
export function groups(state: State): ServerGroupRec[] {
  const s = state as Partial<State>;
  return (s.serverGroups ??= []);
}

const wire = (g: ServerGroupRec): S['ServerGroup'] => ({
  id: g.id,
  name: g.name,
  policies: [...g.policies],
  members: [...g.members],
  project_id: g.project_id,
  user_id: g.user_id,
  metadata: { ...g.metadata },
});

const truthy = (v: unknown) => v === '1' || v === 'true' || v === 'True';

function createServerGroup(ctx: Ctx) {
  const auth = caller(ctx);
  const b = (ctx.body as CreateBody).server_group;
  const policy = Array.isArray(b.policies) ? b.policies[0] : b.policies;
  const rec: ServerGroupRec = {
    id: randomUUID(),
    name: b.name,
    policies: [policy ?? 'affinity'],
    members: [],
    project_id: auth.token.projectId,
    user_id: auth.user.id,
    metadata: {},
  };
  groups(ctx.sim.state).push(rec);
  return { status: 200, body: { server_group: wire(rec) } };
}

function listServerGroups(ctx: Ctx) {
  const auth = caller(ctx);
  const all = truthy(ctx.query.all_projects);
  if (all && !auth.isAdmin) throw forbidden('all_projects is for cloud administrators only.');
  const list = groups(ctx.sim.state)
    .filter((g) => all || g.project_id === auth.token.projectId)
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  return { status: 200, body: { server_groups: list.map(wire) } };
}

function deleteServerGroup(ctx: Ctx) {
  const auth = caller(ctx);
  const id = ctx.params.id ?? '';
  const state = ctx.sim.state;
  const g = groups(state).find(
    (x) => x.id === id && (auth.isAdmin || x.project_id === auth.token.projectId),
  );
  if (!g) throw notFound(`Instance group ${id} could not be found.`);
  state.serverGroups = groups(state).filter((x) => x !== g);
  return { status: 200 };
}

export const serverGroupsArea: Area = {
  handlers: { createServerGroup, listServerGroups, deleteServerGroup },
};
