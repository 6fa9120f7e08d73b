// Instance snapshots (004 §1.8 items 2–4): the glance images createImage made (image_type
// "snapshot"), shown through nova's images proxy with nova's field names and upper-case status.
import { conflict, notFound } from '../../errors.ts';
import type { OpCtx } from '../../area.ts';
import type { ImageRec, Schemas } from '../../state.ts';

const link = (tenant: string, kind: string, id: string) => [
  { href: `/v2/${tenant}/${kind}/${id}`, rel: 'self' },
];

const STATUS: Record<string, Schemas['InstanceSnapshot']['status']> = {
  queued: 'SAVING',
  saving: 'SAVING',
  active: 'ACTIVE',
  killed: 'ERROR',
  deleted: 'DELETED',
  pending_delete: 'DELETED',
  deactivated: 'ERROR',
};

export function snapshotWire(img: ImageRec): Schemas['InstanceSnapshot'] {
  const status = STATUS[img.status] ?? 'ERROR';
  const server = img.instance_uuid ?? '';
  const metadata: Record<string, string> = {
    image_type: 'snapshot',
    is_snapshot: 'snapshot',
    instance_uuid: server,
  };
  if (img.description) metadata.description = img.description;
  if (img.user_name) metadata.user_name = img.user_name;
  if (img.virt_type) metadata.virt_type = img.virt_type;
  if (img.cas_ostype) metadata.cas_ostype = img.cas_ostype;
  return {
    id: img.id,
    name: img.name ?? '',
    status,
    progress: status === 'ACTIVE' ? 100 : status === 'SAVING' ? 25 : 0,
    minDisk: img.min_disk ?? 0,
    minRam: img.min_ram ?? 0,
    'OS-EXT-IMG-SIZE:size': img.size ?? 0,
    server: { id: server, links: link(img.owner ?? '', 'servers', server) },
    metadata,
    created: img.created_at ?? '',
    updated: img.updated_at ?? img.created_at ?? '',
    links: link(img.owner ?? '', 'images', img.id),
  };
}

const isSnapshotOf = (img: ImageRec, tenant: string) =>
  img.image_type === 'snapshot' && img.owner === tenant;

function find(ctx: OpCtx<'getInstanceSnapshot' | 'deleteInstanceSnapshot'>): ImageRec {
  const id = ctx.params.snapshot_id;
  const img = ctx.sim.state.images.find(
    (i) => i.id === id && isSnapshotOf(i, ctx.params.tenant_id),
  );
  if (!img) throw notFound(`Image ${id} could not be found.`);
  return img;
}

const CAP = 1000;

export function listInstanceSnapshots(ctx: OpCtx<'listInstanceSnapshots'>) {
  const tenant = ctx.params.tenant_id;
  const images = ctx.sim.state.images
    .filter((i) => isSnapshotOf(i, tenant))
    .sort((a, b) =>
      a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : a.id < b.id ? -1 : 1,
    )
    .slice(0, CAP)
    .map(snapshotWire);
  return { status: 200, body: { images } };
}

export function getInstanceSnapshot(ctx: OpCtx<'getInstanceSnapshot'>) {
  return { status: 200, body: { image: snapshotWire(find(ctx)) } };
}

export function deleteInstanceSnapshot(ctx: OpCtx<'deleteInstanceSnapshot'>) {
  const img = find(ctx);
  if (img.status === 'saving' || img.status === 'queued')
    throw conflict(`Image ${img.id} is still being saved; delete it when it is active.`);
  if (img.protected) throw conflict(`Image ${img.id} is protected and cannot be deleted.`);
  ctx.sim.state.images = ctx.sim.state.images.filter((i) => i.id !== img.id);
  return { status: 204 };
}
