// The create wizard opened from a server template (004 §1.11, `?drawer=create&template=<id>`):
// the template's image, flavor and zone become the wizard's first values. A template outlives what
// it names, so a reference no longer offered (image deleted or not active, flavor deleted or
// disabled, zone no longer the project's) is left empty and reported, never kept silently.
import type { components } from '@contract/schema';
import type { CreateValues } from './create';

type ServerTemplate = components['schemas']['ServerTemplate'];

export type TemplateRef = 'image' | 'flavor' | 'zone';

export type TemplatePrefill = {
  name: string;
  values: Partial<CreateValues>;
  /** The references the template names that the wizard cannot offer, with what they were. */
  gone: { ref: TemplateRef; value: string }[];
};

export function prefillFromTemplate(
  t: ServerTemplate,
  offered: {
    images: readonly { id: string; status?: string | null }[];
    flavors: readonly { id: string; 'OS-FLV-DISABLED:disabled'?: boolean }[];
    zones: readonly { zone: string }[];
  },
): TemplatePrefill {
  const image = offered.images.some((i) => i.id === t.image_uuid && i.status === 'active');
  const flavor = offered.flavors.some(
    (f) => f.id === t.flavor_uuid && f['OS-FLV-DISABLED:disabled'] !== true,
  );
  const zone = offered.zones.some((z) => z.zone === t.availability_zone);
  const gone: TemplatePrefill['gone'] = [];
  if (!image) gone.push({ ref: 'image', value: t.image_uuid });
  if (!flavor) gone.push({ ref: 'flavor', value: t.flavor_uuid });
  if (!zone) gone.push({ ref: 'zone', value: t.availability_zone });
  return {
    name: t.name,
    values: {
      source: 'image',
      ...(image ? { imageId: t.image_uuid } : {}),
      ...(flavor ? { flavorId: t.flavor_uuid } : {}),
      ...(zone ? { zone: t.availability_zone } : {}),
    },
    gone,
  };
}
