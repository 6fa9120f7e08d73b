// Quotas (004 §1.18 items 1, 2, 3, 5, 6; §1.10 items 13, 14): each organisation's limits and
// usage (api-notes 4.8), and their update (os-quota-sets, checked against the usage). Compute
// comes from the servers area (the numbers server create enforces); networks, subnets, NICs,
// volumes and security groups are counted from the state; the other counters are stored values
// until their areas exist.
import { projectsOf, requireAdmin } from '../../auth.ts';
import { caller, defineHandlers, type Area } from '../../area.ts';
import { forbidden, notFound } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { ProjectRec } from '../../state.ts';
import { absoluteLimits } from './limits.ts';
import { applyQuotaSets, quotaSetsOf } from './quota-sets.ts';

function wrap(sim: Sim, projects: readonly ProjectRec[]) {
  const limits = absoluteLimits(sim);
  return { all_limits: projects.map((p) => ({ rate: [], absolute: limits(p.id) })) };
}

const handlers = defineHandlers({
  listAllLimits: (ctx) => {
    requireAdmin(caller(ctx));
    return { status: 200, body: wrap(ctx.sim, ctx.sim.state.projects) };
  },
  getProjectLimits: (ctx) => {
    const auth = caller(ctx);
    const id = ctx.params.projectId;
    if (!auth.isAdmin && !projectsOf(ctx.sim, auth.user.id).some((p) => p.id === id))
      throw forbidden(`Project ${id} is not one of the organisations of user ${auth.user.name}.`);
    const project = ctx.sim.state.projects.find((p) => p.id === id);
    if (!project) throw notFound(`Project ${id} could not be found.`);
    return { status: 200, body: wrap(ctx.sim, [project]) };
  },
  updateQuotaSets: (ctx) => {
    const auth = caller(ctx);
    requireAdmin(auth);
    const { tenant_id: from, project_id: id } = ctx.params;
    if (!projectsOf(ctx.sim, auth.user.id).some((p) => p.id === from))
      throw forbidden(`Project ${from} is not one of the organisations of user ${auth.user.name}.`);
    if (!ctx.sim.state.projects.some((p) => p.id === id))
      throw notFound(`Project ${id} could not be found.`);
    applyQuotaSets(ctx.sim, id, ctx.body);
    return { status: 200, body: quotaSetsOf(ctx.sim, id) };
  },
});

export const quotasArea = {
  handlers,
  defaults: (s) => {
    s.projectLimits ??= {};
  },
} satisfies Area;
