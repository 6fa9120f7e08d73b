// Server monitoring (004 §1.9 items 26, 27, 29–31): the gnocchi resources of every server, its
// disks, NICs and GPUs, their deterministic measures and ceilometer samples, and the resource
// search. Nothing is stored: everything derives from the servers, volumes and flavors.
import { caller, defineHandlers, type Area } from '../../area.ts';
import { catalogue } from './catalogue.ts';
import { measureHandlers } from './measures.ts';
import { compileSearch } from './search.ts';

const handlers = defineHandlers({
  ...measureHandlers,
  searchServerMetricResources: (ctx) => {
    const auth = caller(ctx);
    const match = compileSearch(ctx.body);
    const limit = ctx.query.limit ?? 1000;
    const out = [];
    // The search only reads: the catalogue comes from a plain reader, so it stays cached across
    // searches (a POST otherwise runs as a unit of work, which derives everything afresh).
    for (const e of catalogue(ctx.sim.reader()).all) {
      if (!auth.isAdmin && e.server.tenant_id !== auth.token.projectId) continue;
      if (!match(e.res)) continue;
      out.push(e.res);
      if (out.length >= limit) break;
    }
    return { status: 200, body: out };
  },
});

export const serverMetricsArea = { handlers, defaults: () => {} } satisfies Area;
