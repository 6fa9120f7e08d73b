// Projects (keystone) and what hangs off one: its availability zones and its users. Names of the
// owners other pages show come from the list entry here.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

export const projectKeys = {
  all: rootKeys.projects,
  list: () => [...rootKeys.projects, 'list'] as const,
  azones: (projectId: string) => [...rootKeys.projects, projectId, 'azones'] as const,
  users: (projectId: string) => [...rootKeys.projects, projectId, 'users'] as const,
};

export const projectQueries = {
  /**
   * The projects the caller may see: every project for a cloud administrator, its own ones for a
   * tenant (the server decides; the same call serves both). Disabled projects stay in the data so
   * owners can still be named; pickers filter them out.
   */
  list: () =>
    queryOptions({
      queryKey: projectKeys.list(),
      queryFn: async ({ signal }) =>
        (await unwrap(api.GET('/os/kinton/v1/v3/projects', { signal }))).projects,
      staleTime: 5 * 60_000,
    }),
  /** The availability zones assigned to a project. */
  azones: (projectId: string) =>
    queryOptions({
      queryKey: projectKeys.azones(projectId),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/kinton/v1/keystone/types/AzoneProject/assigments', {
            params: { query: { targets: projectId } },
            signal,
          }),
        ),
      staleTime: 5 * 60_000,
      enabled: projectId !== '',
    }),
  /** The users assigned to an organisation (each once, whatever their role groups there). */
  users: (projectId: string) =>
    queryOptions({
      queryKey: projectKeys.users(projectId),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/kinton/v1/keystone/types/UserProjectGroup/assigments', {
            params: { query: { targets: projectId } },
            signal,
          }),
        );
        const byId = new Map(body.assigments.map((a) => [a.user.id, a.user]));
        return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
      },
      staleTime: 5 * 60_000,
      enabled: projectId !== '',
    }),
};

/** A project's name for an owner column; the id's start while the list loads or lacks it. */
export const projectNameOf = (
  projects: readonly { id: string; name: string }[] | undefined,
  id: string,
) => projects?.find((p) => p.id === id)?.name ?? id.slice(0, 8);
