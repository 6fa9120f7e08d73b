// Reference data several features read (the image-type catalogue, a project's availability zones).
// Defined once here so every feature shares one cache entry; the feature that edits the data
// invalidates through rootKeys.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { rootKeys } from './root-keys';

export const referenceKeys = {
  imageTypes: () => [...rootKeys.imageTypes, 'list'] as const,
  projects: () => [...rootKeys.projects, 'list'] as const,
  projectAzones: (projectId: string) => [...rootKeys.projects, projectId, 'azones'] as const,
};

export const imageTypesQuery = () =>
  queryOptions({
    queryKey: referenceKeys.imageTypes(),
    queryFn: ({ signal }) => unwrap(api.GET('/os/kinton/v1/cloudos/imagetype', { signal })),
    staleTime: 5 * 60_000,
  });

export const projectAzonesQuery = (projectId: string) =>
  queryOptions({
    queryKey: referenceKeys.projectAzones(projectId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/os/kinton/v1/keystone/types/AzoneProject/assigments', {
          params: { query: { targets: projectId } },
          signal,
        }),
      ),
    staleTime: 5 * 60_000,
    enabled: projectId !== '',
  });

/**
 * The projects the caller may see: every project for a cloud administrator, its own ones for a
 * tenant (the server decides; the same call serves both). Disabled projects stay in the data so
 * owners can still be named; pickers filter them out.
 */
export const projectsQuery = () =>
  queryOptions({
    queryKey: referenceKeys.projects(),
    queryFn: ({ signal }) => unwrap(api.GET('/os/kinton/v1/v3/projects', { signal })),
    select: (data) => data.projects,
    staleTime: 5 * 60_000,
  });
