// Server templates (004 §1.11, kinton): presets of the server create flow owned by an
// organisation (`metadata.projectId`). Tenants see and change their organisation's; a cloud
// administrator sees every one. Writes check what the template points at (refs.ts); a stored
// template keeps its ids when the image or flavor is deleted later.
import { randomUUID } from 'node:crypto';
import { caller, defineHandlers, type Area } from '../../area.ts';
import type { AuthContext } from '../../auth.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { Schemas, ServerTemplateRec, State } from '../../state.ts';
import { checkRefs } from './refs.ts';
import { seedServerTemplates } from './seed.ts';

type Fields = Schemas['ServerTemplateFields'];
const LIST_CAP = 1000;
const collator = new Intl.Collator('zh-CN');

const wire = (t: ServerTemplateRec): Schemas['ServerTemplate'] => ({
  ...t,
  metadata: { ...t.metadata },
});

const mine = (auth: AuthContext) => (t: ServerTemplateRec) =>
  auth.isAdmin || t.metadata.projectId === auth.token.projectId;

function find(state: State, auth: AuthContext, uuid: string): ServerTemplateRec {
  const t = state.serverTemplates.find((x) => x.uuid === uuid && mine(auth)(x));
  if (!t) throw notFound(`Server template ${uuid} could not be found.`);
  return t;
}

function uniqueName(state: State, f: Fields, self?: string) {
  const clash = state.serverTemplates.find(
    (x) => x.name === f.name && x.metadata.projectId === f.metadata.projectId && x.uuid !== self,
  );
  if (clash) throw conflict(`A server template named ${f.name} already exists in this project.`);
}

function toRecord(f: Fields, uuid: string): ServerTemplateRec {
  const m = f.metadata;
  return {
    uuid,
    name: f.name,
    description: f.description ?? '',
    metadata: {
      normUuid: m.normUuid,
      storageType: m.storageType,
      imageSrc: m.imageSrc,
      storagePool: m.storagePool ?? '',
      projectId: m.projectId,
    },
    user_uuid: f.user_uuid,
    availability_zone: f.availability_zone,
    azone_uuid: f.azone_uuid,
    image_uuid: f.image_uuid,
    flavor_uuid: f.flavor_uuid,
  };
}

const handlers = defineHandlers({
  listServerTemplates: (ctx) => {
    const auth = caller(ctx);
    const list = ctx.sim.state.serverTemplates
      .filter(mine(auth))
      .sort((a, b) => collator.compare(a.name, b.name) || (a.uuid < b.uuid ? -1 : 1))
      .slice(0, LIST_CAP);
    return { status: 200, body: list.map(wire) };
  },
  getServerTemplate: (ctx) => {
    const auth = caller(ctx);
    return { status: 200, body: wire(find(ctx.sim.state, auth, ctx.params.template_id)) };
  },
  createServerTemplate: (ctx) => {
    const auth = caller(ctx);
    const state = ctx.sim.state;
    checkRefs(state, auth, ctx.body);
    uniqueName(state, ctx.body);
    state.serverTemplates.push(toRecord(ctx.body, randomUUID()));
    return { status: 200 };
  },
  updateServerTemplate: (ctx) => {
    const auth = caller(ctx);
    const state = ctx.sim.state;
    const current = find(state, auth, ctx.body.uuid);
    if (ctx.body.metadata.projectId !== current.metadata.projectId)
      throw badRequest(
        `A template cannot move to another project (it belongs to ${current.metadata.projectId}).`,
        [{ path: 'body/metadata/projectId', message: 'differs from the template’s project' }],
      );
    checkRefs(state, auth, ctx.body);
    uniqueName(state, ctx.body, current.uuid);
    Object.assign(current, toRecord(ctx.body, current.uuid));
    return { status: 200 };
  },
  deleteServerTemplate: (ctx) => {
    const auth = caller(ctx);
    const state = ctx.sim.state;
    const t = find(state, auth, ctx.params.template_id);
    state.serverTemplates = state.serverTemplates.filter((x) => x !== t);
    return { status: 200 };
  },
});

export const serverTemplatesArea = {
  handlers,
  // A state saved before templates existed gets the seeded ones.
  defaults: (s) => {
    if (s.serverTemplates) return;
    s.serverTemplates =
      s.projects && s.azones && s.azoneProjects && s.images && s.flavors && s.userProjects
        ? seedServerTemplates(
            {
              projects: s.projects,
              azones: s.azones,
              azoneProjects: s.azoneProjects,
              images: s.images,
              flavors: s.flavors,
              userProjects: s.userProjects,
            },
            s.scale ?? 1,
          )
        : [];
  },
} satisfies Area;
