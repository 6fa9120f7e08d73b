// Finding what a server request names: the server of the path, a flavor the caller may use.
import { caller, type Ctx } from '../../area.ts';
import { badRequest, notFound, type ErrorDetail } from '../../errors.ts';
import type { FlavorRec, ServerRec } from '../../state.ts';
import { serversById } from './indexes.ts';

/** The 400 detail naming a request field. */
export const field = (path: string, message: string): ErrorDetail[] => [{ path, message }];

type PathCtx = Pick<Ctx, 'sim'> & {
  auth?: Ctx['auth'];
  params: { tenant_id: string; server_id: string };
};

/**
 * The server of the path, in the path's project. nova answers a cloud administrator for any
 * project's server under the administrator's own project in the path (the standard clients
 * address every server through the token's project), so an admin whose path names its token's
 * project finds any server; anyone else only the path's project's.
 */
export function findServer(ctx: PathCtx): ServerRec {
  const id = ctx.params.server_id;
  const tenant = ctx.params.tenant_id;
  const anyProject = ctx.auth?.isAdmin === true && ctx.auth.token.projectId === tenant;
  // Through the id index: a scan of the tracked list would wrap every server of the cloud in a
  // change-tracking proxy on each server request.
  const found = serversById(ctx.sim)(id);
  const s = found && (found.tenant_id === tenant || anyProject) ? found : undefined;
  if (!s) throw notFound(`Instance ${id} could not be found.`);
  return s;
}

/** A flavor the caller may boot or resize to (nova: tenants see public, enabled flavors). */
export function visibleFlavor(
  ctx: Pick<Ctx, 'sim' | 'auth' | 'op'>,
  id: string,
  path: string,
): FlavorRec {
  const admin = caller(ctx).isAdmin;
  const f = ctx.sim.state.flavors.find((x) => x.id === id);
  if (!f || (!admin && (!f.is_public || f.disabled)))
    throw badRequest(`Flavor ${id} could not be found.`, field(path, 'is not a known flavor'));
  return f;
}
