import type { Flavor, Server } from './types';

/** The image field: nova returns "" instead of a reference for a server booted from a volume. */
export function imageIdOf(s: Pick<Server, 'image'>): string {
  const image: unknown = s.image;
  if (typeof image === 'object' && image !== null && 'id' in image && typeof image.id === 'string')
    return image.id;
  return '';
}

export const flavorById = (flavors: readonly Flavor[] | undefined, id: string) =>
  flavors?.find((f) => f.id === id);
