import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { projectNameOf, projectQueries } from '@/api/resources/projects';

/**
 * The projects the caller may see and a namer for owner columns, from the one shared project list.
 * `enabled: false` for pages that name projects only for an administrator.
 */
export function useProjectNames(enabled = true) {
  const query = useQuery({ ...projectQueries.list(), enabled });
  const projects = query.data;
  const projectName = useCallback((id: string) => projectNameOf(projects, id), [projects]);
  return { projects, projectName };
}
