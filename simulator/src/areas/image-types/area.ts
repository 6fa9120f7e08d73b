// Image types (004 §1.5): the guest-OS catalogue images refer to through cas_ostype/vmware_ostype.
import { randomUUID } from 'node:crypto';
import { requireAdmin } from '../../auth.ts';
import { caller, defineHandlers, type Area, type OpCtx } from '../../area.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import type { ImageTypeRec, Schemas, State } from '../../state.ts';

type Fields = Schemas['ImageTypeCreate'] & { uuid?: string };

function find(state: State, id: string | undefined): ImageTypeRec {
  const t = state.imageTypes.find((x) => x.uuid === id);
  if (!t) throw notFound(`Image type ${id ?? ''} could not be found.`);
  return t;
}

/** "In the hypervisor's format" (004:L2139): CAS family|name, VMware guest ids. */
function checkFormat(f: Fields) {
  if (f.virtType === 'CAS' && !/^[a-z]+\|.+$/.test(f.operatingSystem)) {
    throw badRequest(
      'operatingSystem of a CAS image type must look like "linux|CentOS 7(64-bit)".',
      [{ path: 'body/operatingSystem', message: 'must be <family>|<name> for CAS' }],
    );
  }
  if (f.virtType === 'VMware' && !/^[A-Za-z0-9_]+$/.test(f.operatingSystem)) {
    throw badRequest(
      'operatingSystem of a VMware image type must be a guest id such as "ubuntu64Guest".',
      [{ path: 'body/operatingSystem', message: 'must be a VMware guest id (letters, digits, _)' }],
    );
  }
}

function checkUnique(state: State, f: Fields) {
  const clash = state.imageTypes.find(
    (t) =>
      t.uuid !== f.uuid && t.virtType === f.virtType && t.operatingSystem === f.operatingSystem,
  );
  if (clash) {
    throw conflict(
      `An image type for ${f.virtType} "${f.operatingSystem}" already exists (${clash.imageTypeName}).`,
    );
  }
}

function toRecord(f: Fields, uuid: string, now: number): ImageTypeRec {
  return {
    uuid,
    imageTypeName: f.imageTypeName,
    description: f.description === undefined ? '' : String(f.description),
    virtType: f.virtType,
    osType: f.osType,
    operatingSystem: f.operatingSystem,
    addType: Number(f.addType) === 0 ? 0 : 1,
    updateTime: new Date(now).toISOString(),
  };
}

const sortedDistinct = (values: string[]) =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b));

function write(ctx: OpCtx<'createImageType' | 'updateImageType'>): Fields {
  requireAdmin(caller(ctx));
  const f = ctx.body;
  checkFormat(f);
  checkUnique(ctx.sim.state, f);
  return f;
}

const handlers = defineHandlers({
  createImageType: (ctx) => {
    const f = write(ctx);
    ctx.sim.state.imageTypes.push(toRecord(f, randomUUID(), ctx.sim.now()));
    return { status: 200 };
  },
  updateImageType: (ctx) => {
    const f = write(ctx);
    const current = find(ctx.sim.state, f.uuid);
    if (current.addType === 0)
      throw forbidden(
        `Image type ${current.imageTypeName} is a system type and cannot be changed.`,
      );
    Object.assign(current, toRecord(f, current.uuid, ctx.sim.now()));
    return { status: 200 };
  },
  listImageTypes: (ctx) => ({ status: 200, body: ctx.sim.state.imageTypes }),
  listImageTypesByVirtType: (ctx) => {
    const v = ctx.params.virtual_type.toLowerCase();
    return {
      status: 200,
      body: ctx.sim.state.imageTypes.filter((t) => t.virtType.toLowerCase() === v),
    };
  },
  listImageTypesByOsType: (ctx) => {
    const raw = ctx.params.os_type;
    const all = ctx.sim.state.imageTypes;
    const byOsType = all.filter((t) => t.osType.toLowerCase() === raw.toLowerCase());
    return {
      status: 200,
      body: byOsType.length ? byOsType : all.filter((t) => t.operatingSystem === raw),
    };
  },
  listImageTypeVirtTypes: (ctx) => ({
    status: 200,
    body: sortedDistinct(ctx.sim.state.imageTypes.map((t) => t.virtType)),
  }),
  listImageTypeOsTypes: (ctx) => ({
    status: 200,
    body: sortedDistinct(ctx.sim.state.imageTypes.map((t) => t.osType)),
  }),
  getImageType: (ctx) => ({ status: 200, body: find(ctx.sim.state, ctx.params.image_type_id) }),
  deleteImageType: (ctx) => {
    requireAdmin(caller(ctx));
    const t = find(ctx.sim.state, ctx.params.image_type_id);
    if (t.addType === 0)
      throw forbidden(`Image type ${t.imageTypeName} is a system type and cannot be deleted.`);
    const users = ctx.sim.state.images.filter(
      (i) => i.cas_ostype === t.operatingSystem || i.vmware_ostype === t.operatingSystem,
    );
    const sameOs = ctx.sim.state.imageTypes.filter((x) => x.operatingSystem === t.operatingSystem);
    if (users.length > 0 && sameOs.length === 1) {
      throw conflict(
        `Image type ${t.imageTypeName} is used by ${users.length} image(s), e.g. ${users[0]?.name ?? ''}.`,
      );
    }
    ctx.sim.state.imageTypes = ctx.sim.state.imageTypes.filter((x) => x.uuid !== t.uuid);
    return { status: 200 };
  },
});

export const imageTypesArea = {
  handlers,
  defaults: (s) => {
    s.imageTypes ??= [];
  },
} satisfies Area;
