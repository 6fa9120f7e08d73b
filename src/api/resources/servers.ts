// Servers (nova): the detail list, one server, its console, and the writes. Every page that shows
// a server (its own pages, a server group's members) reads these entries.
import { queryOptions, useMutation, useQueryClient, type Register } from '@tanstack/react-query';
import type { components, paths } from '@contract/schema';
import { api, unwrap } from '../client';
import { compactQuery } from '../query-params';
import { rootKeys } from '../root-keys';

/** The detail list's query parameters, as the contract types them. */
export type ServerListParams = NonNullable<
  paths['/os/compute/v1/v2/{tenant_id}/servers/detail']['get']['parameters']['query']
>;
type ServerRef = { id: string; tenant_id: string };
type ServerActionBody = components['schemas']['ServerActionBody'];
type ServerCreateBody = components['schemas']['ServerCreate'];

// `scope` is the path's project: a tenant's servers, or the admin's own project (with
// `all_tenants` in the params for every project's).
export const serverKeys = {
  all: rootKeys.servers,
  lists: () => [...rootKeys.servers, 'list'] as const,
  list: (scope: string, params: ServerListParams) =>
    [...rootKeys.servers, 'list', scope, params] as const,
  /** The short list (id, name, links): counts of the overview. */
  summary: (scope: string, params: ServerListParams) =>
    [...rootKeys.servers, 'summary', scope, params] as const,
  details: () => [...rootKeys.servers, 'detail'] as const,
  detail: (project: string, id: string) => [...rootKeys.servers, 'detail', project, id] as const,
  console: (project: string, id: string, attempt: number) =>
    [...rootKeys.servers, 'detail', project, id, 'console', attempt] as const,
};

export const serverQueries = {
  /** A page of servers (nova's `limit`/`marker`); see serverNextCursor. */
  list: (scope: string, filters: ServerListParams) => {
    const query = compactQuery(filters);
    return queryOptions({
      queryKey: serverKeys.list(scope, query),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/servers/detail', {
            params: { path: { tenant_id: scope }, query },
            signal,
          }),
        ),
      enabled: scope !== '',
    });
  },
  /**
   * How many servers match, counted from one page of the short list (id, name, links; about a
   * fifth of the detail's bytes): nova gives no totals, so at most `limit` are counted and
   * `more` says a next page exists.
   */
  count: (scope: string, filters: ServerListParams) => {
    const query = compactQuery(filters);
    return queryOptions({
      queryKey: serverKeys.summary(scope, query),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/servers', {
            params: { path: { tenant_id: scope }, query },
            signal,
          }),
        );
        return {
          count: body.servers.length,
          more: body.servers_links?.some((l) => l.rel === 'next') ?? false,
        };
      },
      enabled: scope !== '',
    });
  },
  /**
   * One server, under `project` in the path: its own project, or (an administrator) any project
   * nova answers for.
   */
  detail: (project: string, id: string) =>
    queryOptions({
      queryKey: serverKeys.detail(project, id),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.GET('/os/compute/v1/v2/{tenant_id}/servers/{server_id}', {
            params: { path: { tenant_id: project, server_id: id } },
            signal,
          }),
        );
        return body.server;
      },
      enabled: project !== '' && id !== '',
    }),
  /**
   * A VNC console URL. Each one carries a short-lived token, so it is never cached: `attempt`
   * (bumped by "reconnect") makes a fresh request.
   */
  console: (project: string, id: string, attempt: number) =>
    queryOptions({
      queryKey: serverKeys.console(project, id, attempt),
      queryFn: async ({ signal }) => {
        const body = await unwrap(
          api.POST('/os/compute/v1/v2/{tenant_id}/servers/{server_id}/action', {
            params: { path: { tenant_id: project, server_id: id } },
            body: { 'os-getVNCConsole': { type: 'novnc' } },
            signal,
          }),
        );
        if (!body || !('console' in body)) throw new Error('no console in the response');
        return body.console;
      },
      staleTime: Infinity,
      gcTime: 0,
      retry: false,
    }),
};

/** nova's cursor: the next page starts after the last server, when a `next` link says so. */
export const serverNextCursor = (
  page:
    { servers: readonly { id: string }[]; servers_links?: readonly { rel: string }[] } | undefined,
): string | undefined =>
  page?.servers_links?.some((l) => l.rel === 'next') ? page.servers.at(-1)?.id : undefined;

/** The path of a server: always its own project, so an administrator can act on any project's. */
const at = (s: ServerRef) => ({ path: { tenant_id: s.tenant_id, server_id: s.id } });

export const serverAction = (s: ServerRef, body: ServerActionBody) =>
  unwrap(
    api.POST('/os/compute/v1/v2/{tenant_id}/servers/{server_id}/action', { params: at(s), body }),
  );

export const deleteServer = (s: ServerRef) =>
  unwrap(api.DELETE('/os/compute/v1/v2/{tenant_id}/servers/{server_id}', { params: at(s) }));

export const renameServer = (s: ServerRef, name: string) =>
  unwrap(
    api.PUT('/os/compute/v1/v2/{tenant_id}/servers/{server_id}', {
      params: at(s),
      body: { server: { name } },
    }),
  );

/** Asset transfer (004:L7948): the server gets a new owner (and possibly organisation). */
export const transferServer = (s: Pick<ServerRef, 'id'>, userId: string) =>
  unwrap(
    api.POST('/os/compute/v1/cloudos/h3cloudos-servers/{server_id}/transfer', {
      params: { path: { server_id: s.id } },
      body: { transfer: { user_id: userId } },
    }),
  );

/** Shorten a lease (004:L10313); `endTime` as the platform writes it, "yyyy-MM-dd HH:mm:ss". */
export const shortenLease = (s: { id: string; name: string }, leaseId: string, endTime: string) =>
  unwrap(
    api.PUT('/os/compute/v1/tenancy/shortRestenancy', {
      body: { resourceTenancy: { uuid: leaseId, resName: s.name, resUuid: s.id, endTime } },
    }),
  );

/** Create one server (202: it is BUILD); returns its id and the admin password returned once. */
export const createServer = async (projectId: string, body: ServerCreateBody) =>
  (
    await unwrap(
      api.POST('/os/compute/v1/v2/{tenant_id}/servers', {
        params: { path: { tenant_id: projectId } },
        body,
      }),
    )
  ).server;

/**
 * A write to servers, refreshing every server entry (and `also`) once it settles. The refresh is
 * not awaited: a changed server is transitional, so its list and page poll until it settles, and
 * the drawer that asked need not wait for the refetch.
 */
function useServerMutation<A, R>(
  fn: (args: A) => Promise<R>,
  also: readonly (readonly string[])[] = [],
  meta?: Register['mutationMeta'],
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta,
    onSettled: () => {
      for (const queryKey of [serverKeys.all, ...also]) void qc.invalidateQueries({ queryKey });
    },
  });
}

export const useServerAction = () =>
  useServerMutation((a: { server: ServerRef; body: ServerActionBody }) =>
    serverAction(a.server, a.body),
  );
export const useRenameServer = () =>
  useServerMutation((a: { server: ServerRef; name: string }) => renameServer(a.server, a.name));
export const useTransferServer = () =>
  useServerMutation((a: { server: ServerRef; userId: string }) =>
    transferServer(a.server, a.userId),
  );
export const useShortenLease = () =>
  useServerMutation((a: { server: ServerRef & { name: string }; leaseId: string; end: string }) =>
    shortenLease(a.server, a.leaseId, a.end),
  );
/** Creating uses quota and, booting from a volume, the volume: both are refreshed too. */
export const useCreateServer = (projectId: string) =>
  useServerMutation(
    (body: ServerCreateBody) => createServer(projectId, body),
    [rootKeys.quotas, rootKeys.volumes],
    // The task centre follows the new server until it is ACTIVE or ERROR.
    { task: { kind: 'serverCreate', project: projectId } },
  );
