import { useQuery } from '@tanstack/react-query';
import { projectQueries } from '@/api/resources/projects';

/** The project's compute (nova) availability zones: where its servers may be placed. */
export function useZones(project: string) {
  return useQuery({
    ...projectQueries.azones(project),
    select: (data) => data.assigments.map((a) => a.azone).filter((z) => z.resourceType === 'nova'),
  });
}
