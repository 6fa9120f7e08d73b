import { useQuery } from '@tanstack/react-query';
import { imageTypeQueries } from '@/api/resources/image-types';

/**
 * The rows for the filters set: filtering by virtualization type or OS type goes through the
 * platform's own filter endpoints (004 §1.5 items 4 and 5); with neither, the whole catalogue.
 */
export function useSource(virtType: string | undefined, osType: string | undefined) {
  const all = useQuery({ ...imageTypeQueries.list(), enabled: !virtType && !osType });
  const byVirt = useQuery({
    ...imageTypeQueries.byVirt(virtType ?? ''),
    enabled: Boolean(virtType),
  });
  const byOs = useQuery({
    ...imageTypeQueries.byOs(osType ?? ''),
    enabled: Boolean(osType) && !virtType,
  });
  if (virtType) {
    // Both filters: the platform filters by virtualization type, the OS type is applied here.
    return {
      query: byVirt,
      data: osType ? byVirt.data?.filter((x) => x.osType === osType) : byVirt.data,
    };
  }
  return osType ? { query: byOs, data: byOs.data } : { query: all, data: all.data };
}
