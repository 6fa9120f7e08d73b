// Volumes of a server (004 §1.9 items 7–9, 28): attach and detach change both sides — the volume's
// status and attachments, the server's volumes_attached — and run attaching/detaching as tasks.
import { badRequest, conflict, notFound } from '../../errors.ts';
import type { OpCtx } from '../../area.ts';
import type { Sim } from '../../sim.ts';
import type { Schemas, ServerRec, VolumeRec } from '../../state.ts';
import { volumesByProject, volumesByServer } from '../compute-reference/indexes.ts';
import { findServer } from '../servers/lookup.ts';

/** How long a volume stays attaching / detaching (ms). */
export const VOLUME_SETTLE_MS = 1200;

/** Server vm_states nova attaches and detaches in. */
const DEVICE_STATES = new Set(['active', 'stopped']);

export function assertDeviceState(s: ServerRec, what: string) {
  if (s.task_state !== null)
    throw conflict(`Cannot ${what} on instance ${s.id} while it is in task_state ${s.task_state}`);
  if (!DEVICE_STATES.has(s.vm_state))
    throw conflict(`Cannot ${what} on instance ${s.id} while it is in vm_state ${s.vm_state}`);
}

const wire = (v: VolumeRec, serverId: string): Schemas['VolumeAttachment'] | undefined => {
  const a = v.attachments.find((x) => x.server_id === serverId);
  return a && { device: a.device, id: v.id, serverId, volumeId: v.id };
};

/** The server's attachments, ordered by device (/dev/vda first). */
export function attachmentsOf(sim: Sim, serverId: string): Schemas['VolumeAttachment'][] {
  return (volumesByServer(sim).get(serverId) ?? [])
    .map((v) => wire(v, serverId))
    .filter((a): a is Schemas['VolumeAttachment'] => a !== undefined)
    .sort((a, b) => a.device.length - b.device.length || a.device.localeCompare(b.device));
}

/** The next free /dev/vdX of the server (vda is the system disk). */
function nextDevice(sim: Sim, serverId: string): string {
  const used = new Set(attachmentsOf(sim, serverId).map((a) => a.device));
  for (let i = 1; i < 26; i++) {
    const dev = `/dev/vd${String.fromCharCode(97 + i)}`;
    if (!used.has(dev)) return dev;
  }
  throw conflict(`Instance ${serverId} has no free device name left (at most 25 volumes).`);
}

export function attachServerVolume(ctx: OpCtx<'attachServerVolume'>) {
  const s = findServer(ctx);
  const id = ctx.body.volumeAttachment.volumeId;
  const v = ctx.sim.state.volumes.find((x) => x.id === id && x.tenant_id === s.tenant_id);
  if (!v) throw notFound(`Volume ${id} could not be found.`);
  assertDeviceState(s, 'attach a volume');
  if (v.attachments.some((a) => a.server_id === s.id))
    throw conflict(`Volume ${id} is already attached to instance ${s.id}.`);
  if (v.status !== 'available')
    throw conflict(`Invalid volume: volume ${id} status must be available, but it is ${v.status}.`);
  const device = nextDevice(ctx.sim, s.id);
  v.attachments = [
    ...v.attachments,
    { server_id: s.id, device, boot: false, delete_on_termination: false },
  ];
  v.status = 'attaching';
  ctx.sim.schedule('volume.settle', VOLUME_SETTLE_MS, v.id, { to: 'in-use' });
  return {
    status: 200,
    body: { volumeAttachment: { device, id: v.id, serverId: s.id, volumeId: v.id } },
  };
}

export function listServerVolumeAttachments(ctx: OpCtx<'listServerVolumeAttachments'>) {
  const s = findServer(ctx);
  return { status: 200, body: { volumeAttachments: attachmentsOf(ctx.sim, s.id) } };
}

export function detachServerVolume(ctx: OpCtx<'detachServerVolume'>) {
  const s = findServer(ctx);
  const id = ctx.params.volume_id;
  const v = (volumesByServer(ctx.sim).get(s.id) ?? []).find((x) => x.id === id);
  const a = v?.attachments.find((x) => x.server_id === s.id);
  if (!v || !a) throw notFound(`Volume ${id} is not attached to instance ${s.id}.`);
  if (a.boot)
    throw conflict(`Volume ${id} is the system disk of instance ${s.id}; it cannot be detached.`);
  assertDeviceState(s, 'detach a volume');
  if (v.status === 'attaching' || v.status === 'detaching')
    throw conflict(`Volume ${id} is ${v.status}; try again when it has settled.`);
  v.attachments = v.attachments.filter((x) => x.server_id !== s.id);
  v.status = 'detaching';
  ctx.sim.schedule('volume.settle', VOLUME_SETTLE_MS, v.id, { to: 'available' });
  return { status: 200 };
}

const CST_MS = 8 * 3600 * 1000;
/** `yyyy-MM-dd HH:mm:ss` in China Standard Time, as os-volume_toLoad prints dates. */
export const cstDate = (ms: number) =>
  new Date(ms + CST_MS).toISOString().slice(0, 19).replace('T', ' ');

const HARD_CAP = 1000;

export function listServerAttachableVolumes(ctx: OpCtx<'listServerAttachableVolumes'>) {
  const s = findServer(ctx);
  const b = ctx.body;
  const f = b.filterMap ?? {};
  const name = f.diskName?.toLowerCase();
  const users = new Map(ctx.sim.state.users.map((u) => [u.id, u.name]));
  const zones = new Map(ctx.sim.state.azones.map((z) => [z.zone, z.id]));
  const host = (v: VolumeRec) => `cpn-${v.az}@cas_volume#${v.volume_type}`;
  let rows = (volumesByProject(ctx.sim).get(s.tenant_id) ?? []).filter(
    (v) =>
      v.status === 'available' &&
      v.attachments.length === 0 &&
      (name === undefined || v.name.toLowerCase().includes(name)) &&
      (f.host === undefined || f.host === '' || host(v).includes(f.host)) &&
      (f.virtType === undefined || f.virtType === '' || f.virtType.toUpperCase() === 'CAS') &&
      (f.userId === undefined || f.userId === '' || v.user_id === f.userId),
  );
  const key = b.order ?? 'createDate';
  const dir = (b.ascendingOrder ?? 'desc').toLowerCase() === 'asc' ? 1 : -1;
  const by: Record<string, (v: VolumeRec) => string | number> = {
    diskName: (v) => v.name,
    status: (v) => v.status,
    size: (v) => v.size,
    userName: (v) => users.get(v.user_id) ?? '',
    availabilityZone: (v) => v.az,
    createDate: (v) => v.created,
  };
  const get = by[key] ?? ((v: VolumeRec) => v.created);
  rows = [...rows].sort((x, y) => {
    const a = get(x);
    const c = get(y);
    return (a < c ? -1 : a > c ? 1 : x.id < y.id ? -1 : 1) * dir;
  });
  const count = rows.length;
  if (b.paging === true) {
    const start = b.startIndex ?? 0;
    rows = rows.slice(start, start + (b.length ?? 10));
  } else if (rows.length > HARD_CAP) {
    rows = rows.slice(0, HARD_CAP);
  }
  if (b.startIndex !== undefined && b.startIndex < 0) throw badRequest('startIndex must be ≥ 0.');
  const data: Schemas['AttachableVolume'][] = rows.map((v) => ({
    diskName: v.name,
    attachStatus: 'detached',
    virtType: 'CAS',
    description: v.description || null,
    replicationStatus: null,
    uuid: v.id,
    userId: v.user_id,
    bootable: v.bootable,
    size: v.size,
    readonly: false,
    storageTypeName: v.volume_type,
    host: host(v),
    tenantId: v.tenant_id,
    zoneId: zones.get(v.az) ?? null,
    storageTypeId: null,
    multiattach: false,
    status: v.status,
    createDate: cstDate(v.created),
  }));
  return { status: 200, body: { data, count } };
}
