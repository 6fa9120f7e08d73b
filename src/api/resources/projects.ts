// Projects (keystone) and what hangs off one: its availability zones and its users. Names of the
// owners other pages show come from the list entry here.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import { rootKeys } from '../root-keys';

export const projectKeys = {
  all: rootKeys.projects,
  list: () => [...rootKeys.projects, 'list'] as const,
  azones: (projectId: string) => [...rootKeys.projects, projectId, 'azones'] as const,
  assignments: (projectId: string) => [...rootKeys.projects, 'assignments', projectId] as const,
};

async function fetchAssignments(projectId: string, signal: AbortSignal) {
  const body = await unwrap(
    api.GET('/os/kinton/v1/keystone/types/UserProjectGroup/assigments', {
      params: { query: projectId === '' ? {} : { targets: projectId } },
      signal,
    }),
  );
  return body.assigments;
}

/** The distinct users of a list of assignments, by name. */
function usersOf(assigments: Awaited<ReturnType<typeof fetchAssignments>>) {
  const byId = new Map(assigments.map((a) => [a.user.id, a.user]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

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
  /**
   * User ↔ organisation ↔ role-group assignments: of one organisation, or every one the caller
   * may see with `''` (all of them for a cloud administrator).
   */
  assignments: (projectId: string) =>
    queryOptions({
      queryKey: projectKeys.assignments(projectId),
      queryFn: ({ signal }) => fetchAssignments(projectId, signal),
      staleTime: 5 * 60_000,
    }),
  /** The users assigned to an organisation (each once, whatever their role groups there). */
  users: (projectId: string) =>
    queryOptions({
      queryKey: projectKeys.assignments(projectId),
      queryFn: ({ signal }) => fetchAssignments(projectId, signal),
      select: usersOf,
      staleTime: 5 * 60_000,
      enabled: projectId !== '',
    }),
};

/** A project's name for an owner column; the id's start while the list loads or lacks it. */
export const projectNameOf = (
  projects: readonly { id: string; name: string }[] | undefined,
  id: string,
) => projects?.find((p) => p.id === id)?.name ?? id.slice(0, 8);
