import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { components } from '@contract/schema';
import { osDisplayName, rawOsOf } from './os-name';
import { imageTypeQueries } from '@/api/resources/image-types';

type Image = components['schemas']['Image'];
export type OsImage = Pick<Image, 'cas_ostype' | 'vmware_ostype' | 'virt_type'>;

/**
 * `(image) => readable OS name`, from the image-type catalogue (every user may read it; one
 * shared cache entry) and, until it arrives or for values it lacks, from the value itself.
 */
export function useOsName(): (image: OsImage) => string {
  const types = useQuery(imageTypeQueries.list());
  return useCallback(
    (image: OsImage) => osDisplayName(rawOsOf(image), types.data, image.virt_type),
    [types.data],
  );
}
