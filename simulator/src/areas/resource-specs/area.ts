// Resource specs (004 §1.6 items 1–6): the service catalogue's services, their spec configurations
// and the single and combined specs of each norm. Anyone reads; cloud administrators add and
// delete. A combined spec is made of existing single specs, one per sub-type; a single spec a
// combined spec uses cannot be deleted.
import { randomUUID } from 'node:crypto';
import { requireAdmin } from '../../auth.ts';
import { caller, defineHandlers, type Area } from '../../area.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { NormConfigRec, NormRec, Schemas, State } from '../../state.ts';
import { HOST_SERVICE, seedResourceSpecs } from './seed.ts';

type SubType = Schemas['NormSubType'];
type Value = number | string;

// The platform's escaped strings, printed with their backslashes (004:L3268).
const LB = '\\u005b';
const RB = '\\u005d';
const LC = '\\u007b';
const RC = '\\u007d';

const configOf = (state: State, norm: NormRec) =>
  state.normConfigs.find((c) => c.normUuid === norm.uuid && c.serviceUuid === norm.serviceUuid);

function wire(state: State, norm: NormRec): Schemas['Norm'] {
  const subs = new Map(
    (configOf(state, norm)?.subTypes ?? []).map((t): [string, SubType] => [t.uuid, t]),
  );
  const kind = (id: string) => subs.get(id)?.types[0] ?? 'dispersed';
  return {
    uuid: norm.uuid,
    serviceUuid: norm.serviceUuid,
    normName: norm.normName,
    model: `${LB}${norm.models.map((m) => `'${m}'`).join(',')}${RB}`,
    description: norm.description,
    basics: norm.basics.map((b) => ({
      uuid: b.uuid,
      normUuid: norm.uuid,
      subNormUuid: b.subNormUuid,
      subNormType: `${LB}'${kind(b.subNormUuid)}'${RB}`,
      subNormName: subs.get(b.subNormUuid)?.name ?? '',
      subNormValue: `${LC}'valueType':'${kind(b.subNormUuid)}','normValue':'${b.value}'${RC}`,
      subNormContent: { valueType: kind(b.subNormUuid), normValue: b.value },
      unit: subs.get(b.subNormUuid)?.unit ?? '',
    })),
    advances: norm.advances.map((a) => ({
      uuid: a.uuid,
      normUuid: norm.uuid,
      normAdvContent: `${LB}${a.subNorms
        .map((x) => `${LC}'uuid':'${subs.get(x.uuid)?.name ?? x.uuid}','value':'${x.value}'${RC}`)
        .join(',')}${RB}`,
      subNorms: a.subNorms.map((x) => ({ uuid: x.uuid, value: x.value })),
      initPrice: a.initPrice,
      unitPrice: a.unitPrice,
    })),
    models: [...norm.models],
  };
}

function service(state: State, uuid: string) {
  const s = state.resourceServices.find((x) => x.uuid === uuid);
  if (!s) throw notFound(`Resource service ${uuid} could not be found.`);
  return s;
}

/** The value as the sub-type stores it, or a 400 that says why it does not fit. */
function normalise(sub: SubType, raw: Value, path: string): Value {
  const bad = (why: string) =>
    badRequest(`${sub.name} (${sub.uuid}): ${JSON.stringify(raw)} ${why}.`, [
      { path, message: why },
    ]);
  if (sub.extraInfos.length) {
    const v = String(raw);
    if (!sub.extraInfos.includes(v)) throw bad(`is not one of ${sub.extraInfos.join(', ')}`);
    return v;
  }
  const n = typeof raw === 'number' ? raw : /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(n) || n <= 0) throw bad('is not a positive number');
  if (sub.min != null && n < sub.min) throw bad(`is below the minimum ${sub.min}`);
  if (sub.max != null && n > sub.max) throw bad(`is above the maximum ${sub.max}`);
  if (
    sub.types[0] === 'continuous' &&
    sub.minMultiple &&
    (n - (sub.min ?? 0)) % sub.minMultiple !== 0
  )
    throw bad(`is not ${sub.min ?? 0} plus a multiple of ${sub.minMultiple}`);
  return n;
}

const sameValue = (a: Value, b: Value) => String(a) === String(b);

const handlers = defineHandlers({
  listResourceServices: (ctx) => ({
    status: 200,
    body: [...ctx.sim.state.resourceServices].sort((a, b) =>
      a.serviceName.localeCompare(b.serviceName),
    ),
  }),
  listNormConfigs: (ctx) => {
    const q = ctx.query;
    const list = ctx.sim.state.normConfigs.filter(
      (c) =>
        (q.serviceUuid === undefined || c.serviceUuid === q.serviceUuid) &&
        (q.uuid === undefined || c.uuid === q.uuid) &&
        (q.normUuid === undefined || c.normUuid === q.normUuid),
    );
    return { status: 200, body: list };
  },
  getServiceNorm: (ctx) => {
    const state = ctx.sim.state;
    const svc = service(state, ctx.params.serviceUuid);
    const norms = state.norms.filter((n) => n.serviceUuid === svc.uuid);
    if (norms.length > 1)
      throw badRequest(
        `Service ${svc.serviceName} has one norm per host type; ask /norms/${svc.uuid}/{normUuid} with one of ${norms.map((n) => `${n.uuid} (${n.normName})`).join(', ')}.`,
        [{ path: 'path/serviceUuid', message: 'needs a normUuid' }],
      );
    const [norm] = norms;
    if (!norm) throw notFound(`Resource service ${svc.serviceName} has no specs.`);
    return { status: 200, body: wire(state, norm) };
  },
  getHostTypeNorm: (ctx) => {
    const state = ctx.sim.state;
    const svc = service(state, ctx.params.serviceUuid);
    const norm = state.norms.find(
      (n) => n.serviceUuid === svc.uuid && n.uuid === ctx.params.normUuid,
    );
    if (!norm)
      throw notFound(
        `Norm ${ctx.params.normUuid} of service ${svc.serviceName} could not be found.`,
      );
    return { status: 200, body: wire(state, norm) };
  },
  createNormSpecs: (ctx) => {
    requireAdmin(caller(ctx));
    const state = ctx.sim.state;
    const b = ctx.body;
    const svc = service(state, b.serviceUuid);
    const norms = state.norms.filter((n) => n.serviceUuid === svc.uuid);
    let norm: NormRec | undefined;
    if (b.uuid !== undefined) {
      norm = norms.find((n) => n.uuid === b.uuid);
      if (!norm)
        throw badRequest(`Norm ${b.uuid} is not a norm of service ${svc.serviceName}.`, [
          { path: 'body/uuid', message: 'is not a norm of the service' },
        ]);
    } else if (norms.length === 1 && svc.uuid !== HOST_SERVICE) {
      norm = norms[0];
    } else {
      throw badRequest(
        `Service ${svc.serviceName} needs uuid: the norm (host type) the specs belong to, one of ${norms.map((n) => `${n.uuid} (${n.normName})`).join(', ') || 'none'}.`,
        [{ path: 'body/uuid', message: 'is required for this service' }],
      );
    }
    if (!norm) throw notFound(`Resource service ${svc.serviceName} has no specs.`);
    if (!b.basics?.length && !b.advances?.length)
      throw badRequest('Give at least one single spec (basics) or combined spec (advances).', [
        { path: 'body', message: 'has neither basics nor advances' },
      ]);
    const config = configOf(state, norm) as NormConfigRec;
    const subs = new Map(config.subTypes.map((t): [string, SubType] => [t.uuid, t]));
    const subOf = (id: string, path: string) => {
      const t = subs.get(id);
      if (!t)
        throw badRequest(`${id} is not a sub-type of ${norm.normName}.`, [
          { path, message: 'is not a sub-type of the norm' },
        ]);
      return t;
    };
    // Validate everything first: all or nothing.
    const basics = (b.basics ?? []).map((x, i) => {
      const t = subOf(x.subNormUuid, `body/basics/${i}/subNormUuid`);
      const value = normalise(
        t,
        x.subNormContent.normValue,
        `body/basics/${i}/subNormContent/normValue`,
      );
      if (norm.basics.some((y) => y.subNormUuid === t.uuid && sameValue(y.value, value)))
        throw conflict(`${norm.normName} already has the single spec ${t.name} = ${value}.`);
      return { uuid: randomUUID(), subNormUuid: t.uuid, value };
    });
    const has = (sub: string, v: Value) =>
      [...norm.basics, ...basics].some((y) => y.subNormUuid === sub && sameValue(y.value, v));
    const advances = (b.advances ?? []).map((a, i) => {
      const given = new Map<string, Value>();
      a.subNorms.forEach((x, k) => {
        const path = `body/advances/${i}/subNorms/${k}`;
        const t = subOf(x.uuid, `${path}/uuid`);
        if (given.has(t.uuid))
          throw badRequest(`${t.name} is given twice.`, [
            { path: `${path}/uuid`, message: 'is given twice' },
          ]);
        const value = normalise(t, x.value, `${path}/value`);
        if (!has(t.uuid, value))
          throw badRequest(
            `${t.name} = ${value} is not a single spec of ${norm.normName}; add it first.`,
            [{ path: `${path}/value`, message: 'is not an existing single spec' }],
          );
        given.set(t.uuid, value);
      });
      const missing = config.subTypes.filter((t) => !given.has(t.uuid));
      if (missing.length)
        throw badRequest(
          `A combined spec gives a value for every sub-type of ${norm.normName}; missing ${missing.map((t) => `${t.name} (${t.uuid})`).join(', ')}.`,
          [{ path: `body/advances/${i}/subNorms`, message: 'misses sub-types' }],
        );
      const subNorms = config.subTypes.map((t) => ({
        uuid: t.uuid,
        value: given.get(t.uuid) ?? 0,
      }));
      const key = JSON.stringify(subNorms.map((x) => String(x.value)));
      if (norm.advances.some((y) => JSON.stringify(y.subNorms.map((x) => String(x.value))) === key))
        throw conflict(
          `${norm.normName} already has the combined spec ${subNorms.map((x) => x.value).join('/')}.`,
        );
      return {
        uuid: randomUUID(),
        subNorms,
        initPrice: a.initPrice ?? 0,
        unitPrice: a.unitPrice ?? 0,
      };
    });
    norm.basics = [...norm.basics, ...basics];
    norm.advances = [...norm.advances, ...advances];
    if (b.normName !== undefined) norm.normName = b.normName;
    if (b.models?.length) norm.models = [...b.models];
    return { status: 200 };
  },
  deleteNormBasic: (ctx) => {
    requireAdmin(caller(ctx));
    const state = ctx.sim.state;
    const id = ctx.params.normUuid;
    const norm = state.norms.find((n) => n.basics.some((x) => x.uuid === id));
    const basic = norm?.basics.find((x) => x.uuid === id);
    if (!norm || !basic) throw notFound(`Single spec ${id} could not be found.`);
    const user = norm.advances.find((a) =>
      a.subNorms.some((x) => x.uuid === basic.subNormUuid && sameValue(x.value, basic.value)),
    );
    if (user)
      throw conflict(
        `Single spec ${id} (${basic.value}) is part of combined spec ${user.uuid} (${user.subNorms.map((x) => x.value).join('/')}); delete that first.`,
      );
    norm.basics = norm.basics.filter((x) => x !== basic);
    return { status: 200 };
  },
  deleteNormAdvance: (ctx) => {
    requireAdmin(caller(ctx));
    const state = ctx.sim.state;
    const id = ctx.params.normUuid;
    const norm = state.norms.find((n) => n.advances.some((x) => x.uuid === id));
    if (!norm) throw notFound(`Combined spec ${id} could not be found.`);
    norm.advances = norm.advances.filter((x) => x.uuid !== id);
    return { status: 200 };
  },
});

export const resourceSpecsArea = {
  handlers,
  // A state saved before the catalogue existed gets the seeded one.
  defaults: (s) => {
    if (s.resourceServices && s.normConfigs && s.norms) return;
    const seeded = seedResourceSpecs();
    s.resourceServices ??= seeded.resourceServices;
    s.normConfigs ??= seeded.normConfigs;
    s.norms ??= seeded.norms;
  },
} satisfies Area;
