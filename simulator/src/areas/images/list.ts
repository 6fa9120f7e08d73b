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

/**
 * Every image in one sort order, kept until the images change: a page then costs one pass of
 * cheap filters (the total counts every match) instead of a sort of the whole catalogue.
 */
function sorted(ctx: OpCtx<'listImages'>, key: SortKey, dir: 1 | -1): readonly ImageRec[] {
  const sim = ctx.sim;
  return sim.derive(`images/sorted/${key}/${dir}`, ['images'], () =>
    [...sim.state.images].sort((a, b) => {
      const x = sortValue(a, key);
      const y = sortValue(b, key);
      return (x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1) * dir;
    }),
  );
}

export function listImages(ctx: OpCtx<'listImages'>) {
  const auth = caller(ctx);
  const q = ctx.query;
  const name = q.name?.toLowerCase();
  const matches = (i: ImageRec) =>
    visible(auth, i) &&
    (!q.owner || i.owner === q.owner) &&
    (!name || i.name.toLowerCase().includes(name)) &&
    (!q.status || i.status === q.status) &&
    (!q.visibility || i.visibility === q.visibility) &&
    (!q.virt_type || i.virt_type === q.virt_type) &&
    (!q.disk_format || i.disk_format === q.disk_format) &&
    (!q.image_type || (i.image_type ?? 'image') === q.image_type);
  const ordered = sorted(ctx, q.sort_key ?? 'created_at', q.sort_dir === 'asc' ? 1 : -1);
  const limit = q.limit ? Number(q.limit) : undefined;
  let total = 0;
  let seenMarker = !q.marker;
  let after = 0;
  const page: ImageRec[] = [];
  for (const img of ordered) {
    if (!matches(img)) continue;
    total++;
    if (!seenMarker) {
      if (img.id === q.marker) seenMarker = true;
      continue;
    }
    after++;
    if (limit === undefined || page.length < limit) page.push(img);
  }
  if (!seenMarker) throw badRequest(`marker ${q.marker} could not be found.`);
  const body: { images: Schemas['Image'][]; next?: string; total: number } = {
    images: page.map(toImage),
    total,
  };
  const last = page.at(-1);
  if (limit && after > limit && last) {
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
