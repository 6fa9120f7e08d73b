// The server lists (004:L5914, L6179): nova's filters, newest first, limit/marker paging with a
// `servers_links` next link; all projects for an administrator with `all_tenants`.
import { RE2JS } from 're2js';
import { caller, type OpCtx } from '../../area.ts';
import { badRequest, forbidden } from '../../errors.ts';
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

export function listServers(ctx: ListCtx, detail: boolean) {
  const auth = caller(ctx);
  const q = ctx.query;
  const all = q.all_tenants !== undefined && TRUE.has(q.all_tenants);
  if (all && !auth.isAdmin) throw forbidden('all_tenants is for cloud administrators only.');
  const name = regex(q.name, 'name');
  const host = regex(q.host, 'host');
  const since = q['changes-since'] !== undefined ? Date.parse(q['changes-since']) : null;
  let list = ctx.sim.state.servers
    .filter(
      (s) =>
        (all
          ? !q.tenant_id || s.tenant_id === q.tenant_id
          : s.tenant_id === ctx.params.tenant_id) &&
        (!q.availability_zone || s.az === q.availability_zone) &&
        (!q.status || s.status === q.status) &&
        (!q.image || s.image_id === q.image) &&
        (!q.flavor || s.flavor_id === q.flavor) &&
        (since === null || s.updated >= since) &&
        (!name || name.test(s.name)) &&
        (!host || (s.host !== null && host.test(s.host))),
    )
    .sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1));
  if (q.marker !== undefined) {
    const at = list.findIndex((s) => s.id === q.marker);
    if (at < 0)
      throw badRequest(
        `marker [${q.marker}] not found`,
        field('query/marker', 'is not a server of the list'),
      );
    list = list.slice(at + 1);
  }
  const limit = q.limit;
  const page = limit ? list.slice(0, limit) : list;
  const wire = serverWire(ctx);
  const servers = page.map((s) =>
    detail ? wire(s) : { id: s.id, name: s.name, links: links(ctx, s.tenant_id, 'servers', s.id) },
  );
  const body: { servers: unknown[]; servers_links?: { href: string; rel: 'next' }[] } = { servers };
  const last = page.at(-1);
  if (limit && list.length > limit && last) {
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
