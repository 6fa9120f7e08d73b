// 主机资产转移 (004:L7948): a server gets a new owner, and the owner's organisation when the server's
// is not one of theirs; its volumes and lease follow.
import { caller, type OpCtx } from '../../area.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { ProjectRec } from '../../state.ts';
import { leaseEmail } from './lease-fields.ts';
import { leasesByServer } from './indexes.ts';
import { field } from './lookup.ts';
import { checkQuota } from './quota.ts';
import { volumesOf } from './wire.ts';

export function transferServer(ctx: OpCtx<'transferServer'>) {
  const auth = caller(ctx);
  const state = ctx.sim.state;
  const id = ctx.params.server_id;
  const s = state.servers.find(
    (x) => x.id === id && (auth.isAdmin || x.tenant_id === auth.token.projectId),
  );
  if (!s) throw notFound(`Instance ${id} could not be found.`);
  const userId = ctx.body.transfer.user_id;
  const path = 'body/transfer/user_id';
  const user = state.users.find((u) => u.id === userId);
  if (!user)
    throw badRequest(`User ${userId} could not be found.`, field(path, 'is not a known user'));
  if (!user.enabled)
    throw badRequest(`User ${user.name} is disabled.`, field(path, 'is a disabled user'));
  if (user.id === s.user_id)
    throw badRequest(
      `Instance ${s.id} already belongs to user ${user.name}.`,
      field(path, 'is the current owner'),
    );
  const projects = new Map(state.projects.map((p): [string, ProjectRec] => [p.id, p]));
  const orgs = state.userProjects
    .filter((a) => a.userId === user.id)
    .flatMap((a) => {
      const p = projects.get(a.projectId);
      return p?.enabled ? [p] : [];
    });
  const target = orgs.some((p) => p.id === s.tenant_id) ? s.tenant_id : orgs[0]?.id;
  if (!target)
    throw badRequest(
      `User ${user.name} belongs to no enabled organisation.`,
      field(path, 'has no organisation to receive the server'),
    );
  if (s.task_state !== null)
    throw conflict(`Cannot 'transfer' instance ${s.id} while it is in task_state ${s.task_state}`);
  const moved = target !== s.tenant_id;
  if (moved) {
    const f = state.flavors.find((x) => x.id === s.flavor_id);
    checkQuota(ctx.sim, target, { instances: 1, cores: f?.vcpus ?? 0, ram: f?.ram ?? 0 });
    for (const g of state.serverGroups) g.members = g.members.filter((m) => m !== s.id);
  }
  for (const { v } of volumesOf(ctx.sim)(s.id)) {
    v.user_id = user.id;
    if (moved) v.tenant_id = target;
  }
  const lease = leasesByServer(ctx.sim)(s.id);
  if (lease) {
    lease.userUuid = user.id;
    lease.userName = user.name;
    lease.email = leaseEmail(user.name);
    lease.tenantId = target;
  }
  s.user_id = user.id;
  s.metadata.user_name = user.name;
  s.tenant_id = target;
  s.updated = ctx.sim.now();
  return { status: 202 };
}
