// The image list (004 §1.3): glance's filters, sort and limit/marker paging, with the total.
import { caller, type OpCtx } from '../../area.ts';
import { badRequest } from '../../errors.ts';
import type { ImageRec, Schemas } from '../../state.ts';
import { toImage } from './record.ts';
import { visible } from './rules.ts';

type SortKey = NonNullable<OpCtx<'listImages'>['query']['sort_key']>;

function sortValue(img: ImageRec, key: SortKey): string | number {
  const v = img[key];
  return typeof v === 'number' ? v : typeof v === 'string' ? v.toLowerCase() : -1;
}

export function listImages(ctx: OpCtx<'listImages'>) {
  const auth = caller(ctx);
  const q = ctx.query;
  const name = q.name?.toLowerCase();
  let list = ctx.sim.state.images.filter(
    (i) =>
      visible(auth, i) &&
      (!q.owner || i.owner === q.owner) &&
      (!name || i.name.toLowerCase().includes(name)) &&
      (!q.status || i.status === q.status) &&
      (!q.visibility || i.visibility === q.visibility) &&
      (!q.virt_type || i.virt_type === q.virt_type) &&
      (!q.disk_format || i.disk_format === q.disk_format) &&
      (!q.image_type || (i.image_type ?? 'image') === q.image_type),
  );
  const key = q.sort_key ?? 'created_at';
  const dir = q.sort_dir === 'asc' ? 1 : -1;
  list = list.sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    return (x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1) * dir;
  });
  const total = list.length;
  if (q.marker) {
    const at = list.findIndex((i) => i.id === q.marker);
    if (at < 0) throw badRequest(`marker ${q.marker} could not be found.`);
    list = list.slice(at + 1);
  }
  const limit = q.limit ? Number(q.limit) : undefined;
  const page = limit ? list.slice(0, limit) : list;
  const body: { images: Schemas['Image'][]; next?: string; total: number } = {
    images: page.map(toImage),
    total,
  };
  const last = page.at(-1);
  if (limit && list.length > limit && last) {
    const params = new URLSearchParams(
      Object.entries(q).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'marker',
      ),
    );
    params.set('marker', last.id);
    body.next = `/os/image/v1/v2/images?${params.toString()}`;
  }
  return { status: 200, body };
}
