import { useQuery } from '@tanstack/react-query';
import { projectAzonesQuery } from '@/api/reference-queries';

/** The project's compute (nova) availability zones: where its servers may be placed. */
export function useZones(project: string) {
  return useQuery({
    ...projectAzonesQuery(project),
    select: (data) => data.assigments.map((a) => a.azone).filter((z) => z.resourceType === 'nova'),
  });
}
