// Keystone v3-style authentication and the caller's context (api-notes 3.3).
import { randomBytes } from 'node:crypto';
import { forbidden, unauthorized } from './errors.ts';
import type { Sim } from './sim.ts';
import { CLOUD_ADMIN_GROUP } from './constants.ts';
import type { ProjectRec, TokenRec, UserRec } from './state.ts';

export type AuthContext = {
  token: TokenRec;
  user: UserRec;
  project: ProjectRec;
  isAdmin: boolean;
};

export function isCloudAdmin(sim: Sim, userId: string): boolean {
  return sim.state.userProjects.some((a) => a.userId === userId && a.groupId === CLOUD_ADMIN_GROUP);
}

export function projectsOf(sim: Sim, userId: string): ProjectRec[] {
  const ids = new Set(
    sim.state.userProjects.filter((a) => a.userId === userId).map((a) => a.projectId),
  );
  return sim.state.projects.filter((p) => ids.has(p.id));
}

export function dropTokens(sim: Sim, which: (t: TokenRec) => boolean) {
  sim.state.tokens = Object.fromEntries(
    Object.entries(sim.state.tokens).filter(([, t]) => !which(t)),
  );
  sim.markDirty();
}

/** Resolves X-Auth-Token into the caller, or throws 401. Expired tokens are forgotten. */
export function authenticate(sim: Sim, tokenId: string | undefined): AuthContext {
  if (!tokenId) throw unauthorized();
  const token = sim.state.tokens[tokenId];
  if (!token)
    throw unauthorized('The request you have made requires authentication (invalid token).');
  if (token.expiresAt <= sim.now()) {
    dropTokens(sim, (t) => t.id === tokenId);
    throw unauthorized('The token has expired.');
  }
  const user = sim.state.users.find((u) => u.id === token.userId);
  const project = sim.state.projects.find((p) => p.id === token.projectId);
  if (!user?.enabled || !project?.enabled)
    throw unauthorized('The user or project of this token is disabled.');
  return { token, user, project, isAdmin: isCloudAdmin(sim, user.id) };
}

export function issueToken(
  sim: Sim,
  user: UserRec,
  project: ProjectRec,
  methods: string[],
): TokenRec {
  const now = sim.now();
  // Expired tokens are dropped here so the persisted state does not grow without bound.
  dropTokens(sim, (t) => t.expiresAt <= now);
  const token: TokenRec = {
    id: `gAAAAA${randomBytes(60).toString('base64url')}`,
    userId: user.id,
    projectId: project.id,
    methods,
    issuedAt: now,
    expiresAt: now + sim.opts.tokenTtlSec * 1000,
  };
  sim.state.tokens[token.id] = token;
  sim.markDirty();
  return token;
}

/** A `{tenant_id}` in a path must be the token's project unless the caller is an admin (403). */
export function requireProject(auth: AuthContext, projectId: string) {
  if (!auth.isAdmin && auth.token.projectId !== projectId) {
    throw forbidden(
      `Project ${projectId} is not the project of this token (${auth.token.projectId}).`,
    );
  }
}

export function requireAdmin(auth: AuthContext) {
  if (!auth.isAdmin) throw forbidden('This operation needs the cloud administrator role.');
}
