// Identity: Keystone v3 login (undocumented, api-notes 3.3) and 004 §1.18 items 4, 7, 8, 9.
import type { components } from '../../../openapi/generated/schema.d.ts';
import {
  authenticate,
  dropTokens,
  isCloudAdmin,
  issueToken,
  projectsOf,
  requireAdmin,
  type AuthContext,
} from '../auth.ts';
import { caller, type Area, type Ctx } from '../area.ts';
import { forbidden, notFound, unauthorized } from '../errors.ts';
import type { Sim } from '../sim.ts';
import type { ProjectRec, TokenRec, UserRec } from '../state.ts';

type S = components['schemas'];

const DOMAIN = { id: 'default', name: 'Default' };
const KINTON = 'http://api-kinton-service.default.svc.cloudos:9000';

function tokenBody(sim: Sim, token: TokenRec): S['TokenResponse'] {
  const user = sim.state.users.find((u) => u.id === token.userId);
  const project = sim.state.projects.find((p) => p.id === token.projectId);
  if (!user || !project)
    throw notFound('The token refers to a user or project that no longer exists.');
  const admin = isCloudAdmin(sim, user.id);
  return {
    token: {
      methods: token.methods,
      expires_at: new Date(token.expiresAt).toISOString(),
      issued_at: new Date(token.issuedAt).toISOString(),
      user: {
        id: user.id,
        name: user.name,
        display_name: user.display_name ?? user.name,
        domain: DOMAIN,
      },
      project: { id: project.id, name: project.name, domain: DOMAIN },
      roles: [admin ? { id: 'role-admin', name: 'admin' } : { id: 'role-member', name: 'member' }],
      catalog: [],
    },
  };
}

export function toProject(p: ProjectRec): S['Project'] {
  return {
    id: p.id,
    name: p.name,
    description: p.description ?? '',
    enabled: p.enabled,
    status: p.status ?? 'project.status.normal',
    is_domain: p.is_domain ?? false,
    parent_id: p.parent_id ?? null,
    type: p.type ?? 'PUBLIC',
    domain_id: p.domain_id,
    checkedOrg: p.checkedOrg ?? false,
    links: { self: `${KINTON}/v3/projects/${p.id}` },
  };
}

const toProjectSummary = (p: ProjectRec): S['ProjectSummary'] => ({
  id: p.id,
  name: p.name,
  enabled: p.enabled,
  domain_id: p.domain_id,
  cloud: p.cloud,
  label: p.label,
  cbmsFlag: p.cbmsFlag,
});

const toUser = (u: UserRec): S['User'] => ({
  id: u.id,
  name: u.name,
  enabled: u.enabled,
  domain_id: u.domain_id,
  display_name: u.display_name ?? u.name,
});

/** Projects whose data the caller may read: all for an admin, its own otherwise. */
function visibleProjectIds(sim: Sim, auth: AuthContext): Set<string> {
  return new Set(
    (auth.isAdmin ? sim.state.projects : projectsOf(sim, auth.user.id)).map((p) => p.id),
  );
}

function login(ctx: Ctx) {
  const { sim } = ctx;
  const req = ctx.body as S['AuthRequest'];
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
  return { status: 201, body: tokenBody(sim, token), headers: { 'X-Subject-Token': token.id } };
}

function subjectToken(ctx: Ctx): TokenRec {
  const auth = caller(ctx);
  const id = ctx.headers['x-subject-token'] ?? '';
  const token = ctx.sim.state.tokens[id];
  if (!token || token.expiresAt <= ctx.sim.now())
    throw notFound('The subject token could not be found.');
  if (token.id !== auth.token.id && !auth.isAdmin)
    throw forbidden('Only an administrator may inspect another token.');
  return token;
}

export const identityArea: Area = {
  handlers: {
    createToken: login,
    validateToken: (ctx) => {
      const token = subjectToken(ctx);
      return {
        status: 200,
        body: tokenBody(ctx.sim, token),
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
      const target = String(ctx.query.targets);
      if (!visibleProjectIds(sim, auth).has(target) && !auth.isAdmin) {
        throw forbidden(`You may not read the availability zones of project ${target}.`);
      }
      const project = sim.state.projects.find((p) => p.id === target);
      const assigments = project
        ? sim.state.azoneProjects
            .filter((a) => a.projectId === target)
            .flatMap((a) => {
              const azone = sim.state.azones.find((z) => z.id === a.azoneId);
              return azone
                ? [
                    {
                      type: 'AzoneProject' as const,
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
      const target = typeof ctx.query.targets === 'string' ? ctx.query.targets : undefined;
      if (target && !visible.has(target) && !auth.isAdmin) {
        throw forbidden(`You may not read the members of project ${target}.`);
      }
      const assigments = sim.state.userProjects
        .filter((a) => visible.has(a.projectId) && (!target || a.projectId === target))
        .flatMap((a) => {
          const project = sim.state.projects.find((p) => p.id === a.projectId);
          const user = sim.state.users.find((u) => u.id === a.userId);
          const group = sim.state.roleGroups.find((g) => g.uuid === a.groupId);
          if (!project || !user || !group) return [];
          return [
            {
              type: 'UserProjectGroup' as const,
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
  },
};
