import { api, unwrap } from '@/api/client';
import type { ServerCreateBody } from '../model/create';
import type { Server, ServerActionBody } from '../model/types';

/** The path of a server: always its own project, so an administrator can act on any project's. */
const at = (s: Pick<Server, 'id' | 'tenant_id'>) => ({
  path: { tenant_id: s.tenant_id, server_id: s.id },
});

export const serverAction = (s: Pick<Server, 'id' | 'tenant_id'>, body: ServerActionBody) =>
  unwrap(
    api.POST('/os/compute/v1/v2/{tenant_id}/servers/{server_id}/action', {
      params: at(s),
      body,
    }),
  );

export const deleteServer = (s: Pick<Server, 'id' | 'tenant_id'>) =>
  unwrap(api.DELETE('/os/compute/v1/v2/{tenant_id}/servers/{server_id}', { params: at(s) }));

export const renameServer = (s: Pick<Server, 'id' | 'tenant_id'>, name: string) =>
  unwrap(
    api.PUT('/os/compute/v1/v2/{tenant_id}/servers/{server_id}', {
      params: at(s),
      body: { server: { name } },
    }),
  );

/** Asset transfer (004:L7948): the server gets a new owner (and possibly organisation). */
export const transferServer = (s: Pick<Server, 'id'>, userId: string) =>
  unwrap(
    api.POST('/os/compute/v1/cloudos/h3cloudos-servers/{server_id}/transfer', {
      params: { path: { server_id: s.id } },
      body: { transfer: { user_id: userId } },
    }),
  );

/** Shorten a lease (004:L10313); `endTime` as the platform writes it, "yyyy-MM-dd HH:mm:ss". */
export const shortenLease = (s: Pick<Server, 'id' | 'name'>, leaseId: string, endTime: string) =>
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
