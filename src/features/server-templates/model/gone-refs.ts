// Which of a template's references are gone from the lists a form offers (deleted image or flavor,
// a zone no longer assigned). A list still loading (undefined) says nothing.
import type { ServerTemplate } from './server-template';

export type RefField = 'imageId' | 'flavorId' | 'zoneId';

export function goneRefs(
  t: Pick<ServerTemplate, 'image_uuid' | 'flavor_uuid' | 'azone_uuid'>,
  lists: {
    images: readonly string[] | undefined;
    flavors: readonly string[] | undefined;
    zones: readonly string[] | undefined;
  },
): RefField[] {
  const out: RefField[] = [];
  if (lists.images && !lists.images.includes(t.image_uuid)) out.push('imageId');
  if (lists.flavors && !lists.flavors.includes(t.flavor_uuid)) out.push('flavorId');
  if (lists.zones && !lists.zones.includes(t.azone_uuid)) out.push('zoneId');
  return out;
}
