// Identity: Keystone v3 login (undocumented, api-notes 3.3) and 004 §1.18 items 4, 7, 8, 9.
import {
  authenticate,
  dropTokens,
  isCloudAdmin,
  issueToken,
  projectsOf,
  requireAdmin,
  type AuthContext,
} from '../../auth.ts';
import { caller, defineHandlers, type Area, type OpCtx } from '../../area.ts';
import { forbidden, notFound, unauthorized } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { ProjectRec, Schemas, TokenRec, UserRec } from '../../state.ts';
import { publicBase } from '../discovery/urls.ts';
import { KINTON, toProject, toProjectSummary, toUser, tokenBody } from './wire.ts';

/** Projects whose data the caller may read: all for an admin, its own otherwise. */
function visibleProjectIds(sim: Sim, auth: AuthContext): Set<string> {
  return new Set(
    (auth.isAdmin ? sim.state.projects : projectsOf(sim, auth.user.id)).map((p) => p.id),
  );
}

function login(ctx: OpCtx<'createToken'>) {
  const { sim } = ctx;
  const req = ctx.body;
  const method = req.auth.identity.methods[0];
  let user: UserRec | undefined;
  if (method === 'password') {
    const u = req.auth.identity.password?.user;
    if (!u) throw unauthorized('The password method needs identity.password.user.');
    user = sim.state.users.find((x) => (u.id ? x.id === u.id : x.name === u.name));
    if (!user || user.password !== u.password) throw unauthorized('Invalid username or password.');
  } else {
    const id = req.auth.identity.token?.id;
    user = authenticate(sim, id).user;
  }
  if (!user.enabled) throw unauthorized(`User ${user.name} is disabled.`);
  const mine = projectsOf(sim, user.id);
  const admin = isCloudAdmin(sim, user.id);
  const scope = req.auth.scope?.project;
  let project: ProjectRec | undefined;
  if (scope?.id || scope?.name) {
    const pool = admin ? sim.state.projects : mine;
    project = pool.find((p) => (scope.id ? p.id === scope.id : p.name === scope.name));
    if (!project) throw unauthorized(`User ${user.name} has no role on the requested project.`);
  } else {
    project =
      mine.find((p) => p.id === user.defaultProjectId && p.enabled) ?? mine.find((p) => p.enabled);
    if (!project) throw unauthorized(`User ${user.name} has no project to log in to.`);
  }
  if (!project.enabled) throw unauthorized(`Project ${project.name} is disabled.`);
  const token = issueToken(sim, user, project, [method ?? 'password']);
  return {
    status: 201,
    body: tokenBody(sim, token, publicBase(ctx.headers)),
    headers: { 'X-Subject-Token': token.id },
  };
}

function subjectToken(ctx: OpCtx<'validateToken' | 'revokeToken'>): TokenRec {
  const auth = caller(ctx);
  const id = ctx.headers['x-subject-token'] ?? '';
  const token = ctx.sim.state.tokens[id];
  // Another user's live token looks exactly like one that does not exist: a 403 would tell a
  // tenant that the token it guessed or found is valid.
  if (!token || token.expiresAt <= ctx.sim.now() || (token.id !== auth.token.id && !auth.isAdmin))
    throw notFound('The subject token could not be found.');
  return token;
}

/** Records by id, built once per request (a row looks its relations up here, not by a scan). */
const byId = <T>(list: readonly T[], id: (x: T) => string) =>
  new Map(list.map((x): [string, T] => [id(x), x]));

const handlers = defineHandlers({
  createToken: login,
  validateToken: (ctx) => {
    const token = subjectToken(ctx);
    return {
      status: 200,
      body: tokenBody(ctx.sim, token, publicBase(ctx.headers)),
      headers: { 'X-Subject-Token': token.id },
    };
  },
  revokeToken: (ctx) => {
    const token = subjectToken(ctx);
    dropTokens(ctx.sim, (t) => t.id === token.id);
    return { status: 204 };
  },
  listProjects: (ctx) => {
    const auth = caller(ctx);
    const ids = visibleProjectIds(ctx.sim, auth);
    return {
      status: 200,
      body: {
        links: { self: `${KINTON}/v3/projects`, previous: '', next: '' },
        projects: ctx.sim.state.projects.filter((p) => ids.has(p.id)).map(toProject),
      },
    };
  },
  listProjectAzoneAssignments: (ctx) => {
    const { sim } = ctx;
    const auth = caller(ctx);
    const target = ctx.query.targets;
    if (!visibleProjectIds(sim, auth).has(target) && !auth.isAdmin) {
      throw forbidden(`You may not read the availability zones of project ${target}.`);
    }
    const project = sim.state.projects.find((p) => p.id === target);
    const azones = byId(sim.state.azones, (z) => z.id);
    const assigments = project
      ? sim.state.azoneProjects
          .filter((a) => a.projectId === target)
          .flatMap((a): Schemas['AzoneProjectAssignment'][] => {
            const azone = azones.get(a.azoneId);
            return azone
              ? [
                  {
                    type: 'AzoneProject',
                    actorId: azone.id,
                    targetId: target,
                    project: toProjectSummary(project),
                    azone,
                  },
                ]
              : [];
          })
      : [];
    return { status: 200, body: { assigments } };
  },
  listUserProjectAssignments: (ctx) => {
    const { sim } = ctx;
    const auth = caller(ctx);
    const visible = visibleProjectIds(sim, auth);
    const target = ctx.query.targets;
    if (target && !visible.has(target) && !auth.isAdmin) {
      throw forbidden(`You may not read the members of project ${target}.`);
    }
    const projects = byId(sim.state.projects, (p) => p.id);
    const users = byId(sim.state.users, (u) => u.id);
    const groups = byId(sim.state.roleGroups, (g) => g.uuid);
    const assigments = sim.state.userProjects
      .filter((a) => visible.has(a.projectId) && (!target || a.projectId === target))
      .flatMap((a): Schemas['UserProjectAssignment'][] => {
        const project = projects.get(a.projectId);
        const user = users.get(a.userId);
        const group = groups.get(a.groupId);
        if (!project || !user || !group) return [];
        return [
          {
            type: 'UserProjectGroup',
            actorId: user.id,
            targetId: project.id,
            groupId: group.uuid,
            project: toProjectSummary(project),
            user: toUser(user),
            group,
          },
        ];
      });
    return { status: 200, body: { assigments } };
  },
  listUsers: (ctx) => {
    requireAdmin(caller(ctx));
    return { status: 200, body: { users: ctx.sim.state.users.map(toUser) } };
  },
});

export const identityArea = {
  handlers,
  defaults: (s) => {
    s.projects ??= [];
    s.users ??= [];
    s.roleGroups ??= [];
    s.userProjects ??= [];
    s.tokens ??= {};
  },
} satisfies Area;
