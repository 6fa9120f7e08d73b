// The server lists (004:L5914, L6179): nova's filters, newest first, limit/marker paging with a
// `servers_links` next link; all projects for an administrator with `all_tenants`.
import { RE2JS } from 're2js';
import { caller, type OpCtx } from '../../area.ts';
import { badRequest, forbidden } from '../../errors.ts';
import type { Sim } from '../../sim.ts';
import type { ServerRec } from '../../state.ts';
import { serversById } from './indexes.ts';
import { field } from './lookup.ts';
import { links, serverWire } from './wire.ts';

type ListCtx = OpCtx<'listServers' | 'listServersDetail'>;

/**
 * nova matches `name` and `host` as regular expressions, case-insensitively, anywhere in the value.
 * RE2 runs in time linear in the input, so no pattern a tenant sends can stall the simulator
 * (a backtracking engine takes seconds on `(.*){16}!`); what RE2 cannot parse is a 400.
 */
function regex(value: string | undefined, name: 'name' | 'host'): RE2JS | null {
  if (value === undefined) return null;
  try {
    return RE2JS.compile(value, RE2JS.CASE_INSENSITIVE);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw badRequest(
      `${name} is not a valid regular expression: ${why}`,
      field(`query/${name}`, 'is not a valid regular expression'),
    );
  }
}

const TRUE = new Set(['1', 'true', 'True']);

const newestFirst = (a: ServerRec, b: ServerRec) => b.created - a.created || (a.id < b.id ? -1 : 1);

/**
 * The servers newest first. The order is by creation time and id, which no write changes, so it is
 * kept until a server is added or removed: a transition or an edit of a server (hundreds at once
 * when the seeded builds settle at `--scale 40`) costs no re-sort of the whole list before the
 * next page.
 */
const ordered = (sim: Sim): readonly ServerRec[] =>
  sim.derive('servers/newest-first', ['servers'], () => [...sim.state.servers].sort(newestFirst), {
    stable: true,
  });

/** Builds what a page of the server lists looks up (see the areas' `warm`). */
export function warmServerLists(sim: Sim) {
  ordered(sim);
  serversById(sim);
  serverWire({ sim, headers: {} });
}

/** A project's servers newest first: regrouped (no sort) after any change, a transfer included. */
const orderedOf = (sim: Sim, project: string): readonly ServerRec[] =>
  sim
    .derive('servers/newest-first/by-project', ['servers'], () => {
      const byProject = new Map<string, ServerRec[]>();
      for (const s of ordered(sim)) {
        const list = byProject.get(s.tenant_id);
        if (list) list.push(s);
        else byProject.set(s.tenant_id, [s]);
      }
      return byProject;
    })
    .get(project) ?? [];

/** Where `rec` stands in `list` (sorted newest first), by binary search; undefined if not in it. */
function positionIn(list: readonly ServerRec[], rec: ServerRec): number | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid];
    if (at && newestFirst(at, rec) < 0) lo = mid + 1;
    else hi = mid;
  }
  return list[lo]?.id === rec.id ? lo : undefined;
}

export function listServers(ctx: ListCtx, detail: boolean) {
  const auth = caller(ctx);
  const q = ctx.query;
  const all = q.all_tenants !== undefined && TRUE.has(q.all_tenants);
  if (all && !auth.isAdmin) throw forbidden('all_tenants is for cloud administrators only.');
  const name = regex(q.name, 'name');
  const host = regex(q.host, 'host');
  const since = q['changes-since'] !== undefined ? Date.parse(q['changes-since']) : null;
  const matches = (s: ServerRec) =>
    (!q.availability_zone || s.az === q.availability_zone) &&
    (!q.status || s.status === q.status) &&
    (!q.image || s.image_id === q.image) &&
    (!q.flavor || s.flavor_id === q.flavor) &&
    (since === null || s.updated >= since) &&
    (!name || name.test(s.name)) &&
    (!host || (s.host !== null && host.test(s.host)));

  const project = all ? q.tenant_id : ctx.params.tenant_id;
  const source = project === undefined ? ordered(ctx.sim) : orderedOf(ctx.sim, project);
  let from = 0;
  if (q.marker !== undefined) {
    const named = serversById(ctx.sim)(q.marker);
    const at = named ? positionIn(source, named) : undefined;
    const marker = at === undefined ? undefined : source[at];
    if (at === undefined || !marker || !matches(marker))
      throw badRequest(
        `marker [${q.marker}] not found`,
        field('query/marker', 'is not a server of the list'),
      );
    from = at + 1;
  }
  // One match past the page says whether there is a next page.
  const limit = q.limit;
  const page: ServerRec[] = [];
  let more = false;
  for (let i = from; i < source.length; i++) {
    const s = source[i];
    if (!s || !matches(s)) continue;
    if (limit && page.length === limit) {
      more = true;
      break;
    }
    page.push(s);
  }
  const wire = serverWire(ctx);
  const servers = page.map((s) =>
    detail ? wire(s) : { id: s.id, name: s.name, links: links(ctx, s.tenant_id, 'servers', s.id) },
  );
  const body: { servers: unknown[]; servers_links?: { href: string; rel: 'next' }[] } = { servers };
  const last = page.at(-1);
  if (more && last) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(q))
      if (k !== 'marker' && (typeof v === 'string' || typeof v === 'number'))
        params.set(k, String(v));
    params.set('marker', last.id);
    const hostName = ctx.headers.host ?? '127.0.0.1:11000';
    const path = `/os/compute/v1/v2/${ctx.params.tenant_id}/servers${detail ? '/detail' : ''}`;
    body.servers_links = [{ href: `http://${hostName}${path}?${params.toString()}`, rel: 'next' }];
  }
  return { status: 200, body };
}
