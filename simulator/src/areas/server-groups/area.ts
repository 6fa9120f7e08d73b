// Server groups (004 §1.9 items 15–17): affinity / anti-affinity groups of the token's project.
// Membership and placement are the servers area's (createServer's scheduler hint, delete).
import { randomUUID } from 'node:crypto';
import { caller, defineHandlers, type Area } from '../../area.ts';
import { forbidden, notFound } from '../../errors.ts';
import type { Schemas, ServerGroupRec } from '../../state.ts';

const wire = (g: ServerGroupRec): Schemas['ServerGroup'] => ({
  id: g.id,
  name: g.name,
  policies: [...g.policies],
  members: [...g.members],
  project_id: g.project_id,
  user_id: g.user_id,
  metadata: { ...g.metadata },
});

const truthy = (v: unknown) => v === '1' || v === 'true' || v === 'True';

const handlers = defineHandlers({
  createServerGroup: (ctx) => {
    const auth = caller(ctx);
    const b = ctx.body.server_group;
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
    ctx.sim.state.serverGroups.push(rec);
    return { status: 200, body: { server_group: wire(rec) } };
  },
  listServerGroups: (ctx) => {
    const auth = caller(ctx);
    const all = truthy(ctx.query.all_projects);
    if (all && !auth.isAdmin) throw forbidden('all_projects is for cloud administrators only.');
    const list = ctx.sim.state.serverGroups
      .filter((g) => all || g.project_id === auth.token.projectId)
      .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    return { status: 200, body: { server_groups: list.map(wire) } };
  },
  getServerGroup: (ctx) => {
    const auth = caller(ctx);
    const id = ctx.params.id;
    const g = ctx.sim.state.serverGroups.find(
      (x) => x.id === id && (auth.isAdmin || x.project_id === auth.token.projectId),
    );
    if (!g) throw notFound(`Instance group ${id} could not be found.`);
    return { status: 200, body: { server_group: wire(g) } };
  },
  deleteServerGroup: (ctx) => {
    const auth = caller(ctx);
    const id = ctx.params.id;
    const state = ctx.sim.state;
    const g = state.serverGroups.find(
      (x) => x.id === id && (auth.isAdmin || x.project_id === auth.token.projectId),
    );
    if (!g) throw notFound(`Instance group ${id} could not be found.`);
    state.serverGroups = state.serverGroups.filter((x) => x.id !== g.id);
    return { status: 200 };
  },
});

export const serverGroupsArea = {
  handlers,
  defaults: (s) => {
    s.serverGroups ??= [];
  },
} satisfies Area;
