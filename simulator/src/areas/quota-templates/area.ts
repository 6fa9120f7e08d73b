// Quota templates (004 §1.6 items 7–11, kinton `quotaMange` [sic]): named presets of an
// organisation's quota. No organisation refers to one (applying a template copies its values
// through os-quota-sets, api-notes 4.8), so any template may be changed or deleted. Cloud
// administrators only.
import { randomUUID } from 'node:crypto';
import { requireAdmin } from '../../auth.ts';
import { caller, defineHandlers, type Area } from '../../area.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { QuotaTemplateRec, Schemas, State } from '../../state.ts';
import { ALIASES, COUNTERS, toTemplate, type CounterKey } from './fields.ts';
import { seedQuotaTemplates } from './seed.ts';

type Fields = Schemas['QuotaTemplateFields'];
const LIST_CAP = 1000;
const collator = new Intl.Collator('zh-CN');

const wire = (q: QuotaTemplateRec): Schemas['QuotaTemplate'] => ({ ...q });

function find(state: State, uuid: string): QuotaTemplateRec {
  const q = state.quotaTemplates.find((x) => x.uuid === uuid);
  if (!q) throw notFound(`Quota template ${uuid} could not be found.`);
  return q;
}

function uniqueName(state: State, name: string, self?: string) {
  if (state.quotaTemplates.some((x) => x.name === name && x.uuid !== self))
    throw conflict(`A quota template named ${name} already exists.`);
}

/** The counters the body sets, under either spelling (both at once is 400). */
function counters(body: Fields): Partial<Record<CounterKey, number>> {
  const out: Partial<Record<CounterKey, number>> = {};
  const record: Record<string, unknown> = { ...body };
  for (const key of COUNTERS) {
    const alias = ALIASES[key];
    const own = record[key];
    const other = alias ? record[alias] : undefined;
    if (own !== undefined && other !== undefined)
      throw badRequest(`Send ${key} or ${alias ?? ''}, not both.`, [
        { path: `body/${alias ?? key}`, message: `duplicates ${key}` },
      ]);
    const value = own ?? other;
    if (value !== undefined) out[key] = Number(value);
  }
  return out;
}

const handlers = defineHandlers({
  listQuotaTemplates: (ctx) => {
    requireAdmin(caller(ctx));
    const quotas = ctx.sim.state.quotaTemplates
      .slice(-LIST_CAP)
      .sort((a, b) => collator.compare(a.name, b.name))
      .map(wire);
    return { status: 200, body: { quotas } };
  },
  getQuotaTemplate: (ctx) => {
    requireAdmin(caller(ctx));
    return { status: 200, body: wire(find(ctx.sim.state, ctx.params.quotaUuid)) };
  },
  createQuotaTemplate: (ctx) => {
    requireAdmin(caller(ctx));
    const { state } = ctx.sim;
    const { name } = ctx.body;
    uniqueName(state, name);
    const set = counters(ctx.body);
    const rec = toTemplate(randomUUID(), name, ctx.body.extra ?? '', (k) => set[k] ?? 0);
    state.quotaTemplates.push(rec);
    return { status: 200 };
  },
  updateQuotaTemplate: (ctx) => {
    requireAdmin(caller(ctx));
    const { state } = ctx.sim;
    const rec = find(state, ctx.body.uuid);
    if (ctx.body.name !== undefined) {
      uniqueName(state, ctx.body.name, rec.uuid);
      rec.name = ctx.body.name;
    }
    Object.assign(rec, counters(ctx.body));
    if (ctx.body.extra !== undefined) rec.extra = ctx.body.extra;
    return { status: 200 };
  },
  deleteQuotaTemplate: (ctx) => {
    requireAdmin(caller(ctx));
    const { state } = ctx.sim;
    const rec = find(state, ctx.params.quotaUuid);
    state.quotaTemplates = state.quotaTemplates.filter((x) => x !== rec);
    return { status: 200 };
  },
});

export const quotaTemplatesArea = {
  handlers,
  defaults: (s) => {
    s.quotaTemplates ??= seedQuotaTemplates(s.scale ?? 1);
  },
} satisfies Area;
