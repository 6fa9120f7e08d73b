// Flavors (004 §1.16): nova flavors. Everyone reads; only a cloud administrator creates.
import { randomUUID } from 'node:crypto';
import { requireAdmin } from '../../auth.ts';
import { caller, defineHandlers, type Area, type Ctx } from '../../area.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { FlavorRec, Schemas } from '../../state.ts';

type LinkCtx = Pick<Ctx, 'headers' | 'sim'> & { params: { tenant_id: string } };

function links(ctx: LinkCtx, id: string): Schemas['FlavorLink'][] {
  const host = ctx.headers.host ?? '127.0.0.1:11000';
  const tail = `${encodeURIComponent(ctx.params.tenant_id)}/flavors/${encodeURIComponent(id)}`;
  return [
    { href: `http://${host}/os/compute/v1/v2/${tail}`, rel: 'self' },
    { href: `http://${host}/os/compute/v1/${tail}`, rel: 'bookmark' },
  ];
}

function wire(ctx: LinkCtx, f: FlavorRec): Schemas['Flavor'] {
  return {
    id: f.id,
    name: f.name,
    links: links(ctx, f.id),
    ram: f.ram,
    vcpus: f.vcpus,
    disk: f.disk,
    swap: f.swap,
    'OS-FLV-DISABLED:disabled': f.disabled,
    'os-flavor-access:is_public': f.is_public,
    rxtx_factor: f.rxtx_factor,
    'OS-FLV-EXT-DATA:ephemeral': f.ephemeral,
  };
}

/** Tenants see public, enabled flavors; administrators see all (nova). */
function visible(ctx: Pick<Ctx, 'sim' | 'auth' | 'op'>): FlavorRec[] {
  const admin = caller(ctx).isAdmin;
  return ctx.sim.state.flavors
    .filter((f) => admin || (f.is_public && !f.disabled))
    .sort((a, b) => a.ram - b.ram || a.vcpus - b.vcpus || a.name.localeCompare(b.name));
}

function count(value: number | string | undefined, field: string, min: number, dflt: number) {
  if (value === undefined) return dflt;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > 2147483647) {
    throw badRequest(`Invalid input for field/attribute ${field}: must be at least ${min}.`, [
      { path: `body/flavor/${field}`, message: `must be an integer ≥ ${min}` },
    ]);
  }
  return n;
}

const handlers = defineHandlers({
  listFlavors: (ctx) => ({
    status: 200,
    body: {
      flavors: visible(ctx).map((f) => ({ id: f.id, name: f.name, links: links(ctx, f.id) })),
    },
  }),
  listFlavorsDetail: (ctx) => ({
    status: 200,
    body: { flavors: visible(ctx).map((f) => wire(ctx, f)) },
  }),
  getFlavor: (ctx) => {
    const id = ctx.params.flavor_id;
    const f = ctx.sim.state.flavors.find((x) => x.id === id);
    if (!f) throw notFound(`Flavor ${id} could not be found.`);
    return { status: 200, body: { flavor: wire(ctx, f) } };
  },
  createFlavor: (ctx) => {
    requireAdmin(caller(ctx));
    const b = ctx.body.flavor;
    const rxtx = b.rxtx_factor === undefined ? 1.0 : Number(b.rxtx_factor);
    if (!(rxtx > 0) || !Number.isFinite(rxtx)) {
      throw badRequest('Invalid input for field/attribute rxtx_factor: must be greater than 0.', [
        { path: 'body/flavor/rxtx_factor', message: 'must be a number > 0' },
      ]);
    }
    const rec: FlavorRec = {
      id: b.id === undefined ? randomUUID() : String(b.id),
      name: b.name,
      ram: count(b.ram, 'ram', 1, 0),
      vcpus: count(b.vcpus, 'vcpus', 1, 0),
      disk: count(b.disk, 'disk', 0, 0),
      swap: count(b.swap, 'swap', 0, 0),
      ephemeral: count(b['OS-FLV-EXT-DATA:ephemeral'], 'OS-FLV-EXT-DATA:ephemeral', 0, 0),
      rxtx_factor: rxtx,
      is_public: b['os-flavor-access:is_public'] ?? true,
      disabled: false,
    };
    const list = ctx.sim.state.flavors;
    if (list.some((f) => f.id === rec.id))
      throw conflict(`Flavor with ID ${rec.id} already exists.`);
    if (list.some((f) => f.name === rec.name))
      throw conflict(`Flavor with name ${rec.name} already exists.`);
    list.push(rec);
    return { status: 200, body: { flavor: wire(ctx, rec) } };
  },
});

export const flavorsArea = {
  handlers,
  defaults: (s) => {
    s.flavors ??= [];
  },
} satisfies Area;
